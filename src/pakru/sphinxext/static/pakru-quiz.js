/* In-page self-check for pakru quizzes. No network, no dependencies.
 *
 * Mirrors src/pakru/normalise.py, src/pakru/sealing.py and the partial credit of
 * src/pakru/quiz.py; the shared cases in tests/data/*-cases.json pin both sides
 * down. SHA-256 is implemented here because crypto.subtle is missing on
 * plain-HTTP pages served from a local network.
 *
 * Answers and verdicts are saved in this browser's localStorage only (one entry
 * per question, under the data-store key the {quiz} directive writes), so that a
 * reload restores them. Each entry records the digest of the question it answers
 * (data-digest, from pakru.quiz.Question.digest): when a question's text, options
 * or letters change, its old answer is dropped and the student told, never restored
 * onto options that now mean something else. Where storage is refused (some browsers on file://, private
 * modes), the quiz works without saving. Nothing is ever sent anywhere.
 *
 * Saved scores for every quiz show in any element div.pakru-quiz-progress[data-store]
 * holding li[data-quiz][data-points][data-questions] (written by {quiz-progress}),
 * each with a span.pakru-progress-score. */
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

  /* --- scores, kept in hundredths of a point so that sums stay exact --- */
  function formatHundredths(hundredths) {
    var whole = Math.floor(hundredths / 100);
    var rest = hundredths % 100;
    if (!rest) return String(whole);
    return whole + "." + ((rest < 10 ? "0" : "") + rest).replace(/0$/, "");
  }
  function pointsLabel(points) { return formatHundredths(points * 100) + " point" + (points === 1 ? "" : "s"); }

  /* Multiple-select credit, as PartialCredit in quiz.py: points x max(0, hits - wrongs) / correct,
   * rounded half-up to hundredths. Integers throughout, so 2 x 2/3 is 1.33 exactly as in Python. */
  function partialHundredths(points, correctCount, hits, wrongs) {
    var net = hits - wrongs;
    if (net <= 0 || correctCount <= 0) return 0;
    var numerator = points * 100 * net;
    return Math.floor((2 * numerator + correctCount) / (2 * correctCount));
  }
  function partialCredit(points, correctCount, hits, wrongs) {
    var hundredths = partialHundredths(points, correctCount, hits, wrongs);
    var wrongText = wrongs === 0 ? "no wrong ones" : wrongs === 1 ? "1 wrong one" : wrongs + " wrong ones";
    return { hundredths: hundredths, score: hundredths / 100,
      message: hits + " of " + correctCount + " correct choices and " + wrongText + ": " +
        formatHundredths(hundredths) + " of " + pointsLabel(points) };
  }

  /* --- reading and restoring a form's controls --- */
  function controls(form) { return Array.prototype.slice.call(form.querySelectorAll("input, select")); }
  function readControls(form) {
    var kind = form.getAttribute("data-kind");
    if (kind === "single" || kind === "multiple") {
      return controls(form).filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    }
    return controls(form).map(function (control) { return control.value; });
  }
  function restoreControls(form, values) {
    var kind = form.getAttribute("data-kind");
    controls(form).forEach(function (control, index) {
      if (kind === "single" || kind === "multiple") control.checked = values.indexOf(control.value) !== -1;
      else if (typeof values[index] === "string") control.value = values[index];
    });
  }

  function readAnswer(form) {
    var kind = form.getAttribute("data-kind");
    var values = readControls(form);
    if (kind === "single" || kind === "multiple") {
      return values.length ? { value: values.slice().sort().join(",") } : { empty: true };
    }
    if (kind === "number" || kind === "text") {
      var raw = values[0];
      if (!raw.trim()) return { empty: true };
      var value = kind === "number" ? normaliseNumber(raw) : normaliseText(raw);
      if (value === null) return { problem: "That is not a number: write digits only." };
      if (!value) return { problem: "The answer has no letters or digits." };
      return { value: value };
    }
    if (values.indexOf("") !== -1) return { problem: "Choose a letter in every box." };
    if (kind === "ordering" && new Set(values).size !== values.length) {
      return { problem: "Use each letter once." };
    }
    return { value: values.join(",") };
  }

  /* The verdict on one form's answer: status, score in hundredths and the text to show. */
  function verdict(form) {
    var seal = JSON.parse(form.getAttribute("data-seal"));
    var points = Number(form.getAttribute("data-points"));
    var answer = readAnswer(form);
    if (answer.empty) return { text: "Answer the question first." };
    if (answer.problem) return { text: answer.problem };
    // The page carries the first hash_chars hex digits of each hash (quiz.py's PAGE_HASH_CHARS).
    var key = answerKey(seal.salt, answer.value).slice(0, seal.hash_chars || 64);
    for (var i = 0; i < seal.keys.length; i++) {
      if (seal.keys[i][0] === key) {
        return { status: "correct", hundredths: 100 * points,
          text: "Correct. " + unlock(seal.salt, answer.value, seal.keys[i][1], seal.explanation) };
      }
    }
    // Seals made before partial credit was explained hold a bare fraction: those give none.
    var picks = seal.partial && Object.prototype.hasOwnProperty.call(seal.partial, key) ? seal.partial[key] : null;
    if (Array.isArray(picks) && seal.correct_count) {
      var credit = partialCredit(points, seal.correct_count, picks[0], picks[1]);
      if (credit.hundredths > 0) return { status: "partial", hundredths: credit.hundredths, text: credit.message };
    }
    return { status: "wrong", hundredths: 0, text: "Not accepted. Try again, or open the hint." };
  }

  function show(form, result) {
    form.classList.remove("pakru-correct", "pakru-partial", "pakru-wrong");
    if (result.status) form.classList.add("pakru-" + result.status);
    form.querySelector(".pakru-feedback").textContent = result.text;
  }

  /* --- saving, which must never stop the quiz from working --- */
  function openStorage() {
    try {
      var storage = window.localStorage;
      var probe = "pakru-quiz-probe";
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    } catch (error) {
      return null;  // file:// in some browsers, blocked cookies, a full quota
    }
  }
  var storage = null;
  function entryKey(store, quizId, questionId) { return store + "|" + quizId + "|" + questionId; }
  function loadEntry(key) {
    if (!storage) return null;
    try {
      var entry = JSON.parse(storage.getItem(key) || "null");
      return entry && Array.isArray(entry.answer) && typeof entry.hundredths === "number" ? entry : null;
    } catch (error) {
      return null;
    }
  }
  /* A saved answer counts only for the question it was given to. */
  function isCurrent(entry, digest) { return Boolean(entry) && entry.digest === digest; }
  var QUESTION_CHANGED = "This question has changed since you last answered it. Please answer it again.";
  function saveEntry(key, entry) {
    if (!storage) return;
    try { storage.setItem(key, JSON.stringify(entry)); } catch (error) { /* carry on unsaved */ }
  }
  function removeEntry(key) {
    if (!storage) return;
    try { storage.removeItem(key); } catch (error) { /* nothing saved to remove */ }
  }

  function tally(entries, totalPoints, questionCount) {
    var hundredths = 0;
    var answered = 0;
    entries.forEach(function (entry) {
      if (!entry) return;
      answered += 1;
      hundredths += entry.hundredths;
    });
    return { answered: answered, text: formatHundredths(hundredths) + " of " + pointsLabel(totalPoints) +
      " so far, " + answered + " of " + questionCount + " question" + (questionCount === 1 ? "" : "s") + " answered" };
  }

  var CONFIRM_CLEAR = "Clear your saved answers? This cannot be undone.";

  /* --- one lesson's quiz --- */
  function startQuiz(element) {
    var store = element.getAttribute("data-store");
    var quizId = element.getAttribute("data-quiz");
    var forms = Array.prototype.slice.call(element.querySelectorAll("form.pakru-question"));
    var totalPoints = forms.reduce(function (sum, form) { return sum + Number(form.getAttribute("data-points")); }, 0);
    var entries = {};
    var bar = element.querySelector(".pakru-quiz-progress-bar");
    var score = element.querySelector(".pakru-quiz-score");

    function key(form) { return entryKey(store, quizId, form.id.slice(quizId.length + 1)); }
    function update() {
      score.textContent = tally(forms.map(function (form) { return entries[form.id]; }), totalPoints, forms.length).text;
    }
    function check(form, save) {
      var result = verdict(form);
      show(form, result);
      if (!result.status) return;  // nothing gradable: keep what was saved before
      entries[form.id] = {
        answer: readControls(form), status: result.status, hundredths: result.hundredths,
        digest: form.getAttribute("data-digest")
      };
      if (save) saveEntry(key(form), entries[form.id]);
      update();
    }

    forms.forEach(function (form) {
      form.addEventListener("submit", function (event) { event.preventDefault(); check(form, true); });
      var saved = loadEntry(key(form));
      if (saved && !isCurrent(saved, form.getAttribute("data-digest"))) {
        removeEntry(key(form));
        show(form, { text: QUESTION_CHANGED });
      } else if (saved) {
        restoreControls(form, saved.answer);
        // Checked again rather than trusted, so a changed question never shows a stale verdict.
        check(form, true);
      }
    });
    element.querySelector(".pakru-clear").addEventListener("click", function () {
      if (!window.confirm(CONFIRM_CLEAR)) return;
      forms.forEach(function (form) {
        removeEntry(key(form));
        delete entries[form.id];
        form.reset();
        show(form, { text: "" });
      });
      update();
    });
    update();
    bar.hidden = false;
  }

  /* --- saved scores of every quiz, on a landing page --- */
  function startProgress(element) {
    element.hidden = false;
    if (!storage) {
      element.textContent = "This browser does not let the book save your answers, so it has no scores to show.";
      return;
    }
    var store = element.getAttribute("data-store");
    var rows = Array.prototype.slice.call(element.querySelectorAll("li[data-quiz]"));
    function questionKeys(row) {
      var quizId = row.getAttribute("data-quiz");
      return row.getAttribute("data-questions").split(" ").filter(Boolean).map(function (questionId) {
        return entryKey(store, quizId, questionId);
      });
    }
    function currentEntries(row) {
      var digests = row.getAttribute("data-digests").split(" ");
      return questionKeys(row).map(function (key, index) {
        var entry = loadEntry(key);
        return isCurrent(entry, digests[index]) ? entry : null;
      });
    }
    function update() {
      rows.forEach(function (row) {
        var keys = questionKeys(row);
        var result = tally(currentEntries(row), Number(row.getAttribute("data-points")), keys.length);
        row.querySelector(".pakru-progress-score").textContent = result.answered ? result.text : "not started";
      });
    }
    element.querySelector(".pakru-clear").addEventListener("click", function () {
      if (!window.confirm(CONFIRM_CLEAR)) return;
      rows.forEach(function (row) { questionKeys(row).forEach(removeEntry); });
      update();
    });
    update();
  }

  /* The theme's back-to-top button is fixed at 90 % of the window's height: watch that band
   * and let the stylesheet hide the button while any question is in it. */
  function keepBackToTopOffQuestions() {
    if (!("IntersectionObserver" in window)) return;
    var inBand = new Set();
    var observer = new IntersectionObserver(function (changes) {
      changes.forEach(function (change) {
        if (change.isIntersecting) inBand.add(change.target); else inBand.delete(change.target);
      });
      document.documentElement.classList.toggle("pakru-question-under-top-button", inBand.size > 0);
    }, { rootMargin: "-90% 0px 0px 0px" });
    Array.prototype.forEach.call(document.querySelectorAll("form.pakru-question"), function (form) {
      observer.observe(form);
    });
  }

  function start() {
    storage = openStorage();
    keepBackToTopOffQuestions();
    Array.prototype.forEach.call(document.querySelectorAll(".pakru-quiz[data-store]"), startQuiz);
    Array.prototype.forEach.call(document.querySelectorAll(".pakru-quiz-progress[data-store]"), startProgress);
  }

  window.pakruQuiz = { sha256: function (text) { return hex(sha256(utf8(text))); },
    normaliseText: normaliseText, normaliseNumber: normaliseNumber, answerKey: answerKey,
    partialCredit: partialCredit };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
