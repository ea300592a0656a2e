/*
 * The fingerprint of a dataset, computed in the browser: SHA-256 (WebCrypto) and SM3 (sm3.js) of the file's bytes.
 * The file is read locally and never uploaded: the file input has no name, so no form ever sends it.
 *
 * Any element with data-fingerprint holds: a file input [data-fingerprint-file], a <progress>
 * [data-fingerprint-progress], a status line [data-fingerprint-status], and the fields that receive the hashes
 * [data-fingerprint-sha256], [data-fingerprint-sm3]. The script element carries the status texts.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var CHUNK = 4 * 1024 * 1024;

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }

  /** Resolves to {sha256, sm3} of a File or Blob, reporting progress (0..1) as it reads. */
  function fingerprint(file, onProgress) {
    var sm3 = new window.DataDeedSm3();
    var parts = [];
    var offset = 0;
    function next() {
      if (offset >= file.size) {
        return new Blob(parts).arrayBuffer()
          .then(function (all) { return crypto.subtle.digest('SHA-256', all); })
          .then(function (sha) { return { sha256: hex(sha), sm3: sm3.hex() }; });
      }
      var slice = file.slice(offset, offset + CHUNK);
      return slice.arrayBuffer().then(function (buffer) {
        sm3.update(new Uint8Array(buffer));
        parts.push(slice);
        offset += buffer.byteLength;
        if (onProgress) { onProgress(file.size === 0 ? 1 : offset / file.size); }
        return next();
      });
    }
    return next();
  }

  window.DataDeedFingerprint = { of: fingerprint };

  document.querySelectorAll('[data-fingerprint]').forEach(function (box) {
    var input = box.querySelector('[data-fingerprint-file]');
    var progress = box.querySelector('[data-fingerprint-progress]');
    var status = box.querySelector('[data-fingerprint-status]');
    var sha256 = box.querySelector('[data-fingerprint-sha256]');
    var sm3 = box.querySelector('[data-fingerprint-sm3]');
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) { return; }
      progress.hidden = false;
      progress.value = 0;
      box.setAttribute('aria-busy', 'true');
      status.textContent = script.dataset.computing;
      fingerprint(file, function (done) { progress.value = Math.round(done * 100); })
        .then(function (result) {
          if (sha256) { sha256.value = result.sha256; }
          if (sm3) { sm3.value = result.sm3; }
          status.textContent = script.dataset.done;
          box.dispatchEvent(new CustomEvent('fingerprinted', { detail: result, bubbles: true }));
        })
        .catch(function (error) { status.textContent = script.dataset.failed + ' ' + error; })
        .finally(function () { box.removeAttribute('aria-busy'); });
    });
  });
}());
