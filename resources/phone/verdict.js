/* The phone page's Test: say why a test failed, and never blame trust for a network problem.
   ES5 so old iOS Safari runs it (fetch and Promise exist from iOS 10.3). Words come from the page's
   text table (config.text); server reasons come from the computer. Text goes in with textContent.

   Three requests run side by side, each with the page's timeout:
     probe  https://host:httpsPort/probe   succeeds only when this device trusts the CA
     reach  http://host:httpsPort/reach    plain HTTP on the same port: is the port open at all?
     alive  /alive on this page's own server: is the computer still there?
   probe ok -> trusted; else reach ok -> untrusted; else alive ok -> blocked; else unreachable.
   Every request carries the page's token (?id=), so the computer knows which phone it was. */
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;

  function token() {
    var meta = doc.querySelector('meta[name="trustanchor-id"]');
    return meta ? meta.getAttribute("content") || "" : "";
  }

  function withId(url) {
    var id = token();
    if (!id) { return url; }
    return url + (url.indexOf("?") < 0 ? "?" : "&") + "id=" + encodeURIComponent(id);
  }

  // Resolves true when `url` answered as wanted within `ms`, false otherwise; never rejects.
  function attempt(url, options, ms, accept) {
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve(false); }, ms);
      fetch(url, options).then(function (response) {
        clearTimeout(timer);
        resolve(accept(response));
      }, function () {
        clearTimeout(timer);
        resolve(false);
      });
    });
  }

  function ok(response) { return response.ok; }
  function any() { return true; }  // a no-cors answer is opaque: that it came is the news

  function decide(probeOk, reachOk, aliveOk) {
    if (probeOk) { return "trusted"; }
    if (reachOk) { return "untrusted"; }
    return aliveOk ? "blocked" : "unreachable";
  }

  function probeUrl(config) {
    return config.probeUrl || ("https://" + location.hostname + ":" + config.httpsPort + "/probe");
  }

  function reachUrl(config) {
    // The probe's host and port, spoken in plain HTTP (the listener tells the two apart).
    var match = /^https:\/\/([^\/]+)\//.exec(probeUrl(config));
    var hostPort = match ? match[1] : (location.hostname + ":" + config.httpsPort);
    return "http://" + hostPort + "/reach";
  }

  function testCa(config) {
    var ms = config.timeoutMs;
    var cors = { mode: "cors", cache: "no-store", credentials: "omit" };
    return Promise.all([
      attempt(withId(probeUrl(config)), cors, ms, ok),
      attempt(withId(reachUrl(config)), cors, ms, ok),
      attempt("/alive", { cache: "no-store", credentials: "omit" }, ms, ok)
    ]).then(function (r) { return decide(r[0], r[1], r[2]); });
  }

  function report(verdict) {
    // "trusted" is said by the probe itself; "unreachable" cannot be said to anyone.
    if (verdict !== "untrusted" && verdict !== "blocked") { return; }
    fetch(withId("/report?verdict=" + verdict), { cache: "no-store" })["catch"](
      function () { return null; });
  }

  function platformKey() {
    var platform = root.getAttribute("data-platform") || "";
    if (platform === "iphone" || platform === "ipad") { return "ios"; }
    return platform === "android" ? "android" : "other";
  }

  function nextStep(text, verdict) {
    if (verdict === "untrusted") { return text["next_untrusted_" + platformKey()]; }
    return verdict === "trusted" ? "" : text["next_" + verdict];
  }

  function verdictLine(text, verdict) {
    return { trusted: text.trusted, untrusted: text.not_yet, blocked: text.verdict_blocked,
             unreachable: text.verdict_unreachable }[verdict];
  }

  function showNext(words, verdict) {
    var box = doc.getElementById("ta-result");
    var next = doc.getElementById("ta-next");
    if (!next) {
      next = doc.createElement("p");
      next.id = "ta-next";
      next.className = "result-next";
      box.appendChild(next);
    }
    next.textContent = words || "";
    next.hidden = !words;
    box.setAttribute("data-verdict", verdict);
    root.setAttribute("data-verdict", verdict);
    // The platform hints are about installing and trusting: only a trust failure needs them.
    var hints = box.querySelectorAll(".hints");
    for (var i = 0; i < hints.length; i += 1) {
      hints[i].style.display = verdict === "untrusted" ? "" : "none";
    }
  }

  // ------------------------------------------------------------ the user's own servers

  function testServer(index, url, caVerdict, ms) {
    // A no-cors fetch resolves only after a TLS handshake this device trusts; it cannot say
    // why it failed, so the computer, which checked the same URL itself, says which.
    return attempt(url, { mode: "no-cors", cache: "no-store", credentials: "omit" }, ms, any)
      .then(function (reached) {
        var query = "/report?server=" + index + "&reached=" + (reached ? "1" : "0") +
          "&ca=" + (caVerdict === "trusted" ? "trusted" : (caVerdict === "blocked" ? "blocked" :
            "untrusted"));
        return fetch(withId(query), { cache: "no-store" }).then(function (response) {
          return response.ok ? response.json() : null;
        })["catch"](function () { return null; }).then(function (answer) {
          if (answer && answer.verdict) { return answer; }
          return { verdict: reached ? "trusted" : "unreachable", reason: "" };
        });
      });
  }

  function serverRows(config) {
    var list = doc.getElementById("ta-servers-list");
    if (list || !config.testServers || !config.testServers.length) { return list; }
    var section = doc.createElement("div");
    section.id = "ta-servers";
    section.className = "servers";
    var title = doc.createElement("h3");
    title.textContent = config.text.servers_title;
    list = doc.createElement("ul");
    list.id = "ta-servers-list";
    for (var i = 0; i < config.testServers.length; i += 1) {
      var row = doc.createElement("li");
      row.setAttribute("data-server", String(i));
      var url = doc.createElement("span");
      url.className = "server-url";
      url.textContent = config.testServers[i];
      var button = doc.createElement("button");
      button.type = "button";
      button.className = "button secondary server-test";
      button.textContent = config.text.server_test;
      var result = doc.createElement("p");
      result.className = "server-result";
      row.appendChild(url);
      row.appendChild(button);
      row.appendChild(result);
      list.appendChild(row);
    }
    section.appendChild(title);
    section.appendChild(list);
    doc.getElementById("ta-test-section").appendChild(section);
    return list;
  }

  function showServer(config, index, answer) {
    var row = doc.querySelector('#ta-servers-list li[data-server="' + index + '"]');
    if (!row) { return; }
    row.setAttribute("data-verdict", answer.verdict);
    var words = config.text["server_" + answer.verdict] || answer.verdict;
    row.querySelector(".server-result").textContent =
      answer.reason ? words + ": " + answer.reason : words;
  }

  function runServer(config, index, caVerdict) {
    var row = doc.querySelector('#ta-servers-list li[data-server="' + index + '"]');
    row.setAttribute("data-verdict", "testing");
    row.querySelector(".server-result").textContent = config.text.testing;
    return testServer(index, config.testServers[index], caVerdict, config.timeoutMs)
      .then(function (answer) { showServer(config, index, answer); });
  }

  // ------------------------------------------------------------ the Test button

  var last = { verdict: "" };

  function run(config, showResult, button) {
    button.disabled = true;
    showResult("testing", config.text.testing);
    return testCa(config).then(function (verdict) {
      last.verdict = verdict;
      button.disabled = false;
      showResult(verdict === "trusted" ? "trusted" : "failed", verdictLine(config.text, verdict));
      showNext(nextStep(config.text, verdict), verdict);
      report(verdict);
      if (verdict === "unreachable" || !serverRows(config)) { return verdict; }
      var runs = [];
      for (var i = 0; i < config.testServers.length; i += 1) {
        runs.push(runServer(config, i, verdict));
      }
      return Promise.all(runs).then(function () { return verdict; });
    });
  }

  function setUp(config) {
    // Downloads carry the token too, so the computer knows which phone took the file.
    var links = doc.querySelectorAll("a[download]");
    for (var i = 0; i < links.length; i += 1) {
      var href = links[i].getAttribute("href") || "";
      if (href.charAt(0) === "/" && href.indexOf("id=") < 0) {
        links[i].setAttribute("href", withId(href));
      }
    }
    var list = serverRows(config);
    if (!list) { return; }
    list.addEventListener("click", function (event) {
      var target = event.target;
      if (!target || !/server-test/.test(target.className)) { return; }
      var index = parseInt(target.parentNode.getAttribute("data-server"), 10);
      var ready = last.verdict ? Promise.resolve(last.verdict) : testCa(config);
      ready.then(function (verdict) {
        last.verdict = verdict;
        return runServer(config, index, verdict);
      });
    });
  }

  window.TrustAnchorVerdict = { run: run, setUp: setUp, decide: decide, testCa: testCa,
                                withId: withId };
}());
