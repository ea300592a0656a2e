/*
 * Verifies, in the browser and without trusting the portal, that a newer checkpoint of the DataDeed log extends an
 * older one (nothing in the older tree was changed, removed or reordered; ledger/FORMAT.md §3.2):
 *   1. each checkpoint is signed by the log's key and cosigned by the regulator's witness (proof.js);
 *   2. each checkpoint is of the size asked for;
 *   3. the RFC 6962 / RFC 9162 §2.1.4.2 consistency proof leads from the older root to the newer one.
 *
 *   DataDeedConsistency.verifyProof(m, n, path, first, second) resolves to true or false (hashes as Uint8Arrays);
 *   DataDeedConsistency.verify({fromSize, toSize, fromCheckpoint, toCheckpoint, path, origin, logKey, witnessKey})
 *     resolves to [{check, ok, detail}] (ok is null when the browser cannot check Ed25519).
 * Needs proof.js first.
 */
(function (global) {
  'use strict';

  var P = global.DataDeedProof;

  function node(left, right) {
    return P.sha256(P.concat(new Uint8Array([1]), left, right));
  }

  function isPowerOfTwo(x) {
    return x > 0 && (x & (x - 1)) === 0;
  }

  /** RFC 9162 §2.1.4.2, as in FORMAT.md §3.2; sizes up to 2^53 (JavaScript numbers), so no bit operators on them. */
  function verifyProof(m, n, path, first, second) {
    if (m > n || m < 0) { return Promise.resolve(false); }
    if (m === n) { return Promise.resolve(path.length === 0 && P.equal(first, second)); }
    if (m === 0) { return Promise.resolve(false); } // the empty tree: nothing to prove against a checkpoint
    if (path.length === 0) { return Promise.resolve(false); }
    var proof = isPowerOfTwo(m) ? [first].concat(path) : path.slice();
    var fn = m - 1, sn = n - 1;
    while (fn % 2 === 1) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
    var state = Promise.resolve({ fr: proof[0], sr: proof[0] });
    var failed = false;
    proof.slice(1).forEach(function (c) {
      state = state.then(function (s) {
        if (failed || sn === 0) { failed = true; return s; }
        var next;
        if (fn % 2 === 1 || fn === sn) {
          next = Promise.all([node(c, s.fr), node(c, s.sr)]).then(function (h) { return { fr: h[0], sr: h[1] }; });
          if (fn % 2 === 0) {
            while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
          }
        } else {
          next = node(s.sr, c).then(function (h) { return { fr: s.fr, sr: h }; });
        }
        fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
        return next;
      });
    });
    return state.then(function (s) { return !failed && sn === 0 && P.equal(s.fr, first) && P.equal(s.sr, second); });
  }

  function verify(data) {
    var results = [];
    function checkpoint(name, text, size) {
      return P.verifyNote(text, data.origin, data.logKey, data.witnessKey).then(function (signed) {
        var ok = signed.note.size !== size ? false : (signed.log === null || signed.witness === null ? null : signed.log && signed.witness);
        if (signed.log === false || signed.witness === false) { ok = false; }
        results.push({ check: name, ok: ok, detail: signed.note.origin + ' ' + signed.note.size + ' / root ' + P.hex(signed.note.root)
          + ' / log ' + signed.log + ' / witness ' + signed.witness });
        return signed.note;
      });
    }
    return checkpoint('fromCheckpoint', data.fromCheckpoint, data.fromSize).then(function (older) {
      return checkpoint('toCheckpoint', data.toCheckpoint, data.toSize).then(function (newer) {
        var path = (data.path || []).map(P.fromHex);
        return verifyProof(older.size, newer.size, path, older.root, newer.root).then(function (consistent) {
          results.push({ check: 'consistency', ok: consistent,
            detail: older.size + ' → ' + newer.size + ' / ' + path.length + ' hashes' });
          return results;
        });
      });
    });
  }

  global.DataDeedConsistency = { verify: verify, verifyProof: verifyProof };

  // the consistency page: a button that checks the proof as the page holds it at the moment of the click
  var button = document.querySelector('[data-verify-consistency]');
  if (button) {
    P.wire(button, document.querySelector('[data-consistency-results]'), document.querySelector('[data-consistency-summary]'),
      function () { return verify(JSON.parse(document.getElementById('consistency-data').textContent)); });
  }
}(window));
