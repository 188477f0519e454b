// newsgraph report page: the date-range and text filters, and the link from a graph node to the
// timeline rows that name it. The project's own code, inlined by the report writer and allowed
// by the page's Content-Security-Policy through its SHA-256 hash; it adds no markup from text.
(function () {
  "use strict";
  var root = document.documentElement;
  // What went wrong is recorded on <html> so that a headless browser's DOM dump shows it.
  window.addEventListener("error", function (e) {
    root.setAttribute("data-script-errors", String(e.message || "error"));
  });
  document.addEventListener("securitypolicyviolation", function (e) {
    var n = Number(root.getAttribute("data-csp-violations") || "0") + 1;
    root.setAttribute("data-csp-violations", String(n));
    root.setAttribute("data-csp-last", e.violatedDirective + " " + (e.blockedURI || ""));
  });

  var from = document.getElementById("from");
  var to = document.getElementById("to");
  var text = document.getElementById("q");
  var count = document.getElementById("shown");
  var rows = Array.prototype.slice.call(document.querySelectorAll(".row"));
  var months = Array.prototype.slice.call(document.querySelectorAll(".month"));
  // Lower-cased text of each row, read once.
  var haystacks = rows.map(function (r) { return r.textContent.toLowerCase(); });

  function apply() {
    var lo = from.value, hi = to.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (r, i) {
      // A row holds its time as an interval [data-start, data-end] (a month or a year is coarse):
      // it is shown when the interval meets the chosen range.
      var ok = (!lo || r.getAttribute("data-end") >= lo) && (!hi || r.getAttribute("data-start") <= hi) &&
               (!q || haystacks[i].indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) shown++;
    });
    months.forEach(function (m) { m.hidden = !m.querySelector(".row:not([hidden])"); });
    count.textContent = shown + " of " + rows.length + " entries shown";
    root.setAttribute("data-shown", String(shown));
  }

  // "#q=Lisbon&from=2025-10-01&to=2025-10-31" sets the filters: graph nodes link here, and a
  // filtered view can be bookmarked or opened by a test without a server.
  function fromHash() {
    var h = window.location.hash.replace(/^#/, "");
    if (h.indexOf("=") < 0) return;
    h.split("&").forEach(function (part) {
      var kv = part.split("=");
      var v = decodeURIComponent((kv[1] || "").replace(/\+/g, " "));
      if (kv[0] === "q") text.value = v;
      else if (kv[0] === "from") from.value = v;
      else if (kv[0] === "to") to.value = v;
    });
    apply();
  }

  [from, to, text].forEach(function (el) { el.addEventListener("input", apply); });
  document.getElementById("clear").addEventListener("click", function () {
    from.value = to.value = text.value = "";
    apply();
  });
  window.addEventListener("hashchange", fromHash);
  apply();
  fromHash();
  root.setAttribute("data-ready", "1");
})();
