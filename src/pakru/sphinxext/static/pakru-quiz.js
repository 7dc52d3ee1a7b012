/* In-page self-check for pakru quizzes. No network, no dependencies.
 *
 * Mirrors src/pakru/normalise.py and src/pakru/sealing.py; the shared cases in
 * normalisation-cases.json pin both down. SHA-256 is implemented here because
 * crypto.subtle is missing on plain-HTTP pages served from a local network. */
(function () {
  "use strict";

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  function sha256(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Array(64);
    for (var offset = 0; offset < padded.length; offset += 64) {
      for (var i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i);
      for (i = 16; i < 64; i++) {
        var s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        var s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    var out = new Uint8Array(32);
    var outView = new DataView(out.buffer);
    for (i = 0; i < 8; i++) outView.setUint32(4 * i, h[i]);
    return out;
  }

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }
  function utf8(text) { return new TextEncoder().encode(text); }
  function hex(bytes) {
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function fromHex(text) {
    var out = new Uint8Array(text.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(text.substr(2 * i, 2), 16);
    return out;
  }
  function xor(left, right) {
    var out = new Uint8Array(left.length);
    for (var i = 0; i < left.length; i++) out[i] = left[i] ^ right[i];
    return out;
  }
  function concat(left, right) {
    var out = new Uint8Array(left.length + right.length);
    out.set(left);
    out.set(right, left.length);
    return out;
  }

  /* --- normalisation (see normalise.py) --- */
  var LEADING_ARTICLES = ["the", "a", "an"];
  function stripMarks(text) { return text.normalize("NFKD").replace(/\p{Mn}/gu, ""); }
  function normaliseText(text) {
    var folded = stripMarks(stripMarks(text).toLowerCase()).replace(/[.'\u2018\u2019\u02bc]/g, "");
    var words = folded.split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
    while (words.length > 1 && LEADING_ARTICLES.indexOf(words[0]) >= 0) { words.shift(); }
    return words.join(" ");
  }
  function normaliseNumber(text) {
    var cleaned = stripMarks(text).replace(/[\s,_\u2009\u202f]/g, "");
    var match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(cleaned);
    if (!match) return null;
    var whole = match[2].replace(/^0+(?=\d)/, "");
    var fraction = (match[3] || "").replace(/0+$/, "");
    var negative = match[1] === "-" && (whole !== "0" || fraction !== "");
    return (negative ? "-" : "") + whole + (fraction ? "." + fraction : "");
  }

  /* --- keys and sealed explanations (see sealing.py) --- */
  function answerKey(salt, answer) { return hex(sha256(utf8(salt + answer))); }
  function unlock(salt, answer, wrap, sealed) {
    var contentKey = xor(fromHex(wrap), sha256(utf8("wrap:" + salt + answer)));
    var cipher = Uint8Array.from(atob(sealed), function (c) { return c.charCodeAt(0); });
    var stream = new Uint8Array(0);
    for (var block = 0; stream.length < cipher.length; block++) {
      var counter = new Uint8Array([block >>> 24, (block >>> 16) & 255, (block >>> 8) & 255, block & 255]);
      stream = concat(stream, sha256(concat(contentKey, counter)));
    }
    return new TextDecoder().decode(xor(cipher, stream.subarray(0, cipher.length)));
  }

  function readAnswer(form) {
    var kind = form.getAttribute("data-kind");
    if (kind === "single" || kind === "multiple") {
      var picked = Array.prototype.filter.call(form.querySelectorAll("input"), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      return picked.length ? { value: picked.sort().join(",") } : { empty: true };
    }
    if (kind === "number" || kind === "text") {
      var raw = form.querySelector("input").value;
      if (!raw.trim()) return { empty: true };
      var value = kind === "number" ? normaliseNumber(raw) : normaliseText(raw);
      if (value === null) return { problem: "That is not a number: write digits only." };
      if (!value) return { problem: "The answer has no letters or digits." };
      return { value: value };
    }
    var letters = Array.prototype.map.call(form.querySelectorAll("select"), function (select) { return select.value; });
    if (letters.indexOf("") !== -1) return { problem: "Choose a letter in every box." };
    if (kind === "ordering" && new Set(letters).size !== letters.length) {
      return { problem: "Use each letter once." };
    }
    return { value: letters.join(",") };
  }

  function check(form) {
    var seal = JSON.parse(form.getAttribute("data-seal"));
    var feedback = form.querySelector(".pakru-feedback");
    var answer = readAnswer(form);
    form.classList.remove("pakru-correct", "pakru-wrong");
    if (answer.empty) { feedback.textContent = "Answer the question first."; return; }
    if (answer.problem) { feedback.textContent = answer.problem; return; }
    var key = answerKey(seal.salt, answer.value);
    for (var i = 0; i < seal.keys.length; i++) {
      if (seal.keys[i][0] === key) {
        form.classList.add("pakru-correct");
        feedback.textContent = "Correct. " + unlock(seal.salt, answer.value, seal.keys[i][1], seal.explanation);
        return;
      }
    }
    form.classList.add("pakru-wrong");
    feedback.textContent = "Not accepted. Try again, or open the hint.";
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.pakru-question"), function (form) {
      form.addEventListener("submit", function (event) { event.preventDefault(); check(form); });
    });
  }

  window.pakruQuiz = { sha256: function (text) { return hex(sha256(utf8(text))); },
    normaliseText: normaliseText, normaliseNumber: normaliseNumber, answerKey: answerKey };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
