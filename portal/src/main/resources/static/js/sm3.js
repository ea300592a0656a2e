/*
 * SM3 (GB/T 32905-2016, ISO/IEC 10118-3:2018) in plain JavaScript, incremental so that a large file can be hashed
 * chunk by chunk with progress. Checked against the standard's examples ("abc" and "abcd" x 16) and against
 * BouncyCastle by the portal's browser tests.
 *
 *   const sm3 = new DataDeedSm3(); sm3.update(bytes); ...; sm3.hex()   or   DataDeedSm3.hex(bytes)
 */
(function (global) {
  'use strict';

  var IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

  function rotl(x, n) {
    n = n % 32;
    return n === 0 ? x >>> 0 : ((x << n) | (x >>> (32 - n))) >>> 0;
  }

  function p0(x) { return (x ^ rotl(x, 9) ^ rotl(x, 17)) >>> 0; }

  function p1(x) { return (x ^ rotl(x, 15) ^ rotl(x, 23)) >>> 0; }

  function Sm3() {
    this.state = IV.slice();
    this.block = new Uint8Array(64);
    this.blockLength = 0;
    this.byteLength = 0;
    this.w = new Uint32Array(68);
    this.w1 = new Uint32Array(64);
  }

  Sm3.prototype.compress = function (bytes, offset) {
    var w = this.w, w1 = this.w1, j;
    for (j = 0; j < 16; j++) {
      var i = offset + 4 * j;
      w[j] = ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    }
    for (j = 16; j < 68; j++) {
      w[j] = (p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6]) >>> 0;
    }
    for (j = 0; j < 64; j++) {
      w1[j] = (w[j] ^ w[j + 4]) >>> 0;
    }
    var v = this.state;
    var a = v[0], b = v[1], c = v[2], d = v[3], e = v[4], f = v[5], g = v[6], h = v[7];
    for (j = 0; j < 64; j++) {
      var t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
      var a12 = rotl(a, 12);
      var ss1 = rotl((a12 + e + rotl(t, j)) >>> 0, 7);
      var ss2 = (ss1 ^ a12) >>> 0;
      var ff = j < 16 ? (a ^ b ^ c) : ((a & b) | (a & c) | (b & c));
      var gg = j < 16 ? (e ^ f ^ g) : ((e & f) | (~e & g));
      var tt1 = ((ff >>> 0) + d + ss2 + w1[j]) >>> 0;
      var tt2 = ((gg >>> 0) + h + ss1 + w[j]) >>> 0;
      d = c;
      c = rotl(b, 9);
      b = a;
      a = tt1;
      h = g;
      g = rotl(f, 19);
      f = e;
      e = p0(tt2);
    }
    v[0] = (v[0] ^ a) >>> 0; v[1] = (v[1] ^ b) >>> 0; v[2] = (v[2] ^ c) >>> 0; v[3] = (v[3] ^ d) >>> 0;
    v[4] = (v[4] ^ e) >>> 0; v[5] = (v[5] ^ f) >>> 0; v[6] = (v[6] ^ g) >>> 0; v[7] = (v[7] ^ h) >>> 0;
  };

  /** Adds bytes (a Uint8Array) to the message. */
  Sm3.prototype.update = function (bytes) {
    var offset = 0;
    this.byteLength += bytes.length;
    if (this.blockLength > 0) {
      var take = Math.min(64 - this.blockLength, bytes.length);
      this.block.set(bytes.subarray(0, take), this.blockLength);
      this.blockLength += take;
      offset = take;
      if (this.blockLength < 64) {
        return this;
      }
      this.compress(this.block, 0);
      this.blockLength = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) {
      this.compress(bytes, offset);
    }
    if (offset < bytes.length) {
      this.block.set(bytes.subarray(offset), 0);
      this.blockLength = bytes.length - offset;
    }
    return this;
  };

  /** The digest as 32 bytes; the hash cannot be updated afterwards. */
  Sm3.prototype.digest = function () {
    var bits = this.byteLength * 8;
    var padLength = (this.blockLength < 56 ? 56 : 120) - this.blockLength;
    var pad = new Uint8Array(padLength + 8);
    pad[0] = 0x80;
    var high = Math.floor(bits / 4294967296), low = bits >>> 0;
    pad[padLength] = high >>> 24; pad[padLength + 1] = (high >>> 16) & 0xff;
    pad[padLength + 2] = (high >>> 8) & 0xff; pad[padLength + 3] = high & 0xff;
    pad[padLength + 4] = low >>> 24; pad[padLength + 5] = (low >>> 16) & 0xff;
    pad[padLength + 6] = (low >>> 8) & 0xff; pad[padLength + 7] = low & 0xff;
    var length = this.byteLength;
    this.update(pad);
    this.byteLength = length;
    var out = new Uint8Array(32);
    for (var i = 0; i < 8; i++) {
      out[4 * i] = this.state[i] >>> 24;
      out[4 * i + 1] = (this.state[i] >>> 16) & 0xff;
      out[4 * i + 2] = (this.state[i] >>> 8) & 0xff;
      out[4 * i + 3] = this.state[i] & 0xff;
    }
    return out;
  };

  Sm3.prototype.hex = function () {
    return Array.prototype.map.call(this.digest(), function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  };

  /** The SM3 of bytes (a Uint8Array), as lowercase hex. */
  Sm3.hex = function (bytes) {
    return new Sm3().update(bytes).hex();
  };

  global.DataDeedSm3 = Sm3;
}(window));
