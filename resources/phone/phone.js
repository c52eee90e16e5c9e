/* The phone page's script: correct the platform the server guessed (iPadOS Safari says "Mac"),
   copy the link, and run the trust test (verdict.js). Written in ES5 so old iOS Safari runs it.
   Every word it shows comes from the page (the server's text table); it inserts text only with
   textContent. */
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;
  var config = JSON.parse(doc.getElementById("ta-config").textContent);
  var ua = navigator.userAgent || "";
  var touch = navigator.maxTouchPoints || 0;

  // iPadOS 13+ Safari sends a Mac User-Agent; only an iPad has a touch screen among "Macs".
  function detectPlatform() {
    if (/iPad/.test(ua) || (/Macintosh/.test(ua) && touch > 1)) { return "ipad"; }
    if (/iPhone|iPod/.test(ua)) { return "iphone"; }
    if (/Android/.test(ua)) { return "android"; }
    if (/Windows NT|Windows Phone/.test(ua)) { return "windows"; }
    if (/Macintosh|Mac OS X/.test(ua)) { return "mac"; }
    if (/Linux|X11|CrOS/.test(ua)) { return "linux"; }
    return config.platform;
  }

  // The Safari version follows the iOS version, also when iPadOS pretends to be a Mac.
  function iosVariant(current) {
    var match = /Version\/(\d+)/.exec(ua);
    if (config.platform === "ipad" || config.platform === "iphone" || !match) { return current; }
    var major = parseInt(match[1], 10);
    return major >= 15 ? "ios15" : (major >= 13 ? "ios12" : current);
  }

  function isIosSafari() {
    return /Version\/[\d.]+.*Safari\//.test(ua) &&
      !/CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|DuckDuckGo|Ddg\/|GSA\/|Instagram|FBAN|FBAV/.test(ua);
  }

  function keyOf(platform) {
    if (platform === "iphone" || platform === "ipad") { return "ios"; }
    return platform === "unknown" ? "" : platform;
  }

  function each(list, fn) { for (var i = 0; i < list.length; i += 1) { fn(list[i]); } }

  function showPlatform(platform) {
    var key = keyOf(platform);
    root.setAttribute("data-platform", platform);
    if (!key) { return; }
    var section = doc.getElementById("ta-p-" + key);
    var primary = doc.getElementById("ta-primary");
    if (!section || section.parentNode === primary) { return; }
    var others = doc.getElementById("ta-others");
    each(primary.querySelectorAll("details.platform"), function (old) {
      if (old.getAttribute("data-key") !== "firefox") {
        old.removeAttribute("open");
        others.insertBefore(old, others.firstChild);
      }
    });
    section.setAttribute("open", "");
    primary.insertBefore(section, primary.firstChild);
    each(doc.querySelectorAll(".hints"), function (list) {
      var k = list.getAttribute("data-key");
      list.hidden = !(k === key || (k === "firefox" && primary.querySelector("#ta-p-firefox")));
    });
  }

  function showIosVariant(variant) {
    root.setAttribute("data-ios", variant);
    each(doc.querySelectorAll("ol[data-ios]"), function (list) {
      list.hidden = list.getAttribute("data-ios") !== variant;
    });
  }

  function setUp() {
    var platform = detectPlatform();
    showPlatform(platform);
    if (keyOf(platform) === "ios") {
      showIosVariant(iosVariant(root.getAttribute("data-ios")));
      if (!isIosSafari()) { doc.getElementById("ta-safari").hidden = false; }
    }
    var url = doc.getElementById("ta-url");
    if (url && !url.value) { url.value = location.href; }
  }

  function copyLink() {
    var input = doc.getElementById("ta-url");
    var button = doc.getElementById("ta-copy");
    var done = function (ok) { button.textContent = ok ? config.text.copied : config.text.copy_failed; };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(function () { done(true); },
        function () { done(false); });
      return;
    }
    // A plain-HTTP page is not a secure context, so the Clipboard API is missing: select and copy.
    input.focus();
    input.setSelectionRange(0, input.value.length);
    var ok = false;
    try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
    done(ok);
  }

  function showResult(state, words) {
    var box = doc.getElementById("ta-result");
    box.setAttribute("data-state", state);
    doc.getElementById("ta-result-line").textContent = words;
    box.hidden = false;
    root.setAttribute("data-test", state);
  }

  // The test itself (three requests, four verdicts, the user's servers) is in verdict.js.
  function runTest() {
    window.TrustAnchorVerdict.run(config, showResult, doc.getElementById("ta-test"));
  }

  setUp();
  if (window.TrustAnchorVerdict) { window.TrustAnchorVerdict.setUp(config); }
  doc.getElementById("ta-test").addEventListener("click", runTest);
  var copy = doc.getElementById("ta-copy");
  if (copy) { copy.addEventListener("click", copyLink); }
}());
