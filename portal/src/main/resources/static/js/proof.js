/*
 * Verifies, in the browser and without trusting the portal, that an event is in the DataDeed log (ledger/FORMAT.md):
 *   1. the leaf hash is SHA-256(0x00 || leaf);
 *   2. the checkpoint is a C2SP signed note for the expected origin, signed by the log's key (Ed25519);
 *   3. the regulator witness's cosignature/v1 on it verifies (Ed25519);
 *   4. the RFC 6962 / RFC 9162 inclusion proof leads from the leaf hash to the checkpoint's root.
 * WebCrypto does the hashing and, where the browser supports it, Ed25519; otherwise the page says so.
 *
 *   DataDeedProof.verify({leaf, leafHash, logIndex, treeSize, inclusionPath, checkpoint, origin, logKey, witnessKey})
 *     resolves to [{check, ok, detail}], one entry per check above (ok is null when the browser cannot check it).
 *   DataDeedProof.verifyNote(checkpoint, origin, logKey, witnessKey) checks 2 and 3 alone.
 */
(function (global) {
  'use strict';

  var encoder = new TextEncoder();

  function hex(bytes) {
    return Array.prototype.map.call(new Uint8Array(bytes), function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }

  function fromHex(text) {
    if (!/^([0-9a-f]{2})*$/.test(text)) { throw new Error('not lowercase hex: ' + text); }
    var out = new Uint8Array(text.length / 2);
    for (var i = 0; i < out.length; i++) { out[i] = parseInt(text.substr(2 * i, 2), 16); }
    return out;
  }

  function fromBase64(text) {
    var binary = atob(text);
    var out = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { out[i] = binary.charCodeAt(i); }
    if (btoa(binary) !== text) { throw new Error('not canonical base64'); }
    return out;
  }

  function concat() {
    var length = 0, i;
    for (i = 0; i < arguments.length; i++) { length += arguments[i].length; }
    var out = new Uint8Array(length), offset = 0;
    for (i = 0; i < arguments.length; i++) { out.set(arguments[i], offset); offset += arguments[i].length; }
    return out;
  }

  function sha256(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(function (d) { return new Uint8Array(d); });
  }

  function equal(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) { if (a[i] !== b[i]) { return false; } }
    return true;
  }

  /** A C2SP verifier key: name+keyid+base64(type || 32-byte key); the key id is checked. */
  function parseVerifierKey(vkey) {
    // name+keyid+key: names never contain '+', the base64 key may
    var parts = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+\/=]+)$/.exec(vkey);
    if (!parts) { return Promise.reject(new Error('malformed verifier key')); }
    parts = parts.slice(1);
    var body = fromBase64(parts[2]);
    var name = parts[0];
    return sha256(concat(encoder.encode(name + '\n'), body)).then(function (digest) {
      if (hex(digest.slice(0, 4)) !== parts[1]) { throw new Error('key id does not match the key'); }
      return { name: name, id: parts[1], type: body[0], key: body.slice(1) };
    });
  }

  /** A signed note: its text (up to the last blank line) and its signature lines. */
  function parseNote(note) {
    var split = note.lastIndexOf('\n\n');
    if (split < 0 || note.charAt(note.length - 1) !== '\n') { throw new Error('malformed note'); }
    var text = note.substring(0, split + 1);
    var signatures = note.substring(split + 2, note.length - 1).split('\n').map(function (line) {
      var match = /^\u2014 (\S+) (\S+)$/.exec(line);
      if (!match) { throw new Error('malformed signature line'); }
      var bytes = fromBase64(match[2]);
      return { name: match[1], id: hex(bytes.slice(0, 4)), bytes: bytes.slice(4) };
    });
    var lines = text.split('\n');
    return { text: text, signatures: signatures, origin: lines[0], size: Number(lines[1]), root: fromBase64(lines[2]) };
  }

  var ed25519Support = null;

  function ed25519Verify(publicKey, signature, message) {
    return crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify'])
      .then(function (key) { return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message); })
      .then(function (ok) { ed25519Support = true; return ok; }, function (error) {
        if (error && (error.name === 'NotSupportedError' || error.name === 'SyntaxError')) { ed25519Support = false; return null; }
        throw error;
      });
  }

  function signatureBy(note, key) {
    return note.signatures.filter(function (s) { return s.name === key.name && s.id === key.id; })[0];
  }

  /** RFC 9162 §2.1.3.2, as in FORMAT.md §3.1. */
  function verifyInclusion(index, size, leafHash, path, root) {
    if (index >= size) { return Promise.resolve(false); }
    var fn = index, sn = size - 1, r = Promise.resolve(leafHash);
    var failed = false;
    path.forEach(function (p) {
      r = r.then(function (current) {
        if (failed || sn === 0) { failed = true; return current; }
        var next;
        if (fn % 2 === 1 || fn === sn) {
          next = sha256(concat(new Uint8Array([1]), p, current));
          if (fn % 2 === 0) {
            while (fn % 2 === 0 && fn !== 0) { fn = Math.floor(fn / 2); sn = Math.floor(sn / 2); }
          }
        } else {
          next = sha256(concat(new Uint8Array([1]), current, p));
        }
        fn = Math.floor(fn / 2); sn = Math.floor(sn / 2);
        return next;
      });
    });
    return r.then(function (result) { return !failed && sn === 0 && equal(result, root); });
  }

  /**
   * Checks a checkpoint (a C2SP signed note): the log's signature for the expected origin, and the witness's
   * cosignature/v1. Resolves to {note, log, witness}; log and witness are true, false, or null when the browser
   * cannot check Ed25519.
   */
  function verifyNote(checkpoint, origin, logKeyText, witnessKeyText) {
    var note = parseNote(checkpoint);
    return Promise.all([parseVerifierKey(logKeyText), witnessKeyText ? parseVerifierKey(witnessKeyText) : null])
      .then(function (keys) {
        var logKey = keys[0], witnessKey = keys[1];
        var text = encoder.encode(note.text);
        var logSignature = signatureBy(note, logKey);
        var checkLog = note.origin !== origin || logKey.name !== origin || !logSignature
          ? Promise.resolve(false)
          : ed25519Verify(logKey.key, logSignature.bytes, text);
        var checkWitness;
        var cosignature = witnessKey && signatureBy(note, witnessKey);
        if (!cosignature || cosignature.bytes.length !== 72) {
          checkWitness = Promise.resolve(false);
        } else {
          var time = 0;
          for (var i = 0; i < 8; i++) { time = time * 256 + cosignature.bytes[i]; }
          var message = concat(encoder.encode('cosignature/v1\ntime ' + time + '\n'), text);
          checkWitness = ed25519Verify(witnessKey.key, cosignature.bytes.slice(8), message);
        }
        return Promise.all([checkLog, checkWitness]).then(function (signed) {
          return { note: note, log: signed[0], witness: signed[1], witnessName: witnessKey ? witnessKey.name : '' };
        });
      });
  }

  function verify(proof) {
    var results = [];
    var leafBytes = encoder.encode(proof.leaf);
    return sha256(concat(new Uint8Array([0]), leafBytes)).then(function (leafHash) {
      results.push({ check: 'leafHash', ok: hex(leafHash) === proof.leafHash, detail: hex(leafHash) });
      var checked;
      try {
        checked = verifyNote(proof.checkpoint, proof.origin, proof.logKey, proof.witnessKey);
      } catch (e) {
        results.push({ check: 'checkpoint', ok: false, detail: e.message });
        return results;
      }
      return checked.then(function (signed) {
        var note = signed.note;
        results.push({ check: 'logSignature', ok: signed.log, detail: note.origin + ' ' + note.size });
        results.push({ check: 'witnessSignature', ok: signed.witness, detail: signed.witnessName });
        var path = (proof.inclusionPath || []).map(fromHex);
        var sizeMatches = note.size === proof.treeSize;
        return verifyInclusion(proof.logIndex, note.size, leafHash, path, note.root).then(function (included) {
          results.push({ check: 'inclusion', ok: included && sizeMatches,
            detail: 'index ' + proof.logIndex + ' / size ' + note.size + ' / root ' + hex(note.root) });
          return results;
        });
      });
    });
  }

  global.DataDeedProof = { verify: verify, verifyNote: verifyNote, ed25519Supported: function () { return ed25519Support; },
    // the hashing helpers, for the other checks of the log (consistency.js)
    hex: hex, fromHex: fromHex, concat: concat, sha256: sha256, equal: equal };

  /**
   * Runs checks when the button is clicked and lists their results: each check passed, failed, or could not be
   * checked here, and a summary (the button's data-* attributes hold the words, in the page's language).
   */
  function wire(button, out, summary, checks) {
    button.addEventListener('click', function () {
      button.disabled = true;
      out.setAttribute('aria-busy', 'true');
      summary.textContent = button.dataset.running;
      summary.className = '';
      out.innerHTML = '';
      Promise.resolve().then(checks).then(function (results) {
        var allOk = true, unsupported = false;
        results.forEach(function (r) {
          var item = document.createElement('li');
          item.dataset.check = r.check;
          item.className = r.ok === true ? 'ok' : (r.ok === null ? 'unknown' : 'failed');
          var verdict = r.ok === true ? button.dataset.ok : (r.ok === null ? button.dataset.unsupported : button.dataset.failed);
          item.textContent = button.dataset['label' + r.check.charAt(0).toUpperCase() + r.check.slice(1)] + ': ' + verdict;
          var detail = document.createElement('span');
          detail.className = 'small hash';
          detail.textContent = ' ' + r.detail;
          item.appendChild(detail);
          out.appendChild(item);
          if (r.ok === null) { unsupported = true; } else if (!r.ok) { allOk = false; }
        });
        summary.textContent = !allOk ? button.dataset.summaryFailed : (unsupported ? button.dataset.summaryPartial : button.dataset.summaryOk);
        summary.className = !allOk ? 'failed' : (unsupported ? 'unknown' : 'ok');
      }).catch(function (error) {
        summary.textContent = button.dataset.summaryFailed + ' ' + error.message;
        summary.className = 'failed';
      }).finally(function () {
        button.disabled = false;
        out.removeAttribute('aria-busy');
      });
    });
  }

  global.DataDeedProof.wire = wire;

  // the event page: a button that runs the checks on the embedded proof and lists the results
  var button = document.querySelector('[data-verify-proof]');
  if (button) {
    var data = JSON.parse(document.getElementById('proof-data').textContent);
    wire(button, document.querySelector('[data-proof-results]'), document.querySelector('[data-proof-summary]'),
      function () { return verify(data); });
  }
}(window));
