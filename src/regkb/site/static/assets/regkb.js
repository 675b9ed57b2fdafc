/* regkb site behaviour: copy citation, filters, graph. No network access beyond this site. */
(function () {
  "use strict";

  function copyText(text) {
    window.regkbLastCopied = text;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { fallbackCopy(text); });
    }
    fallbackCopy(text);
    return Promise.resolve();
  }

  function fallbackCopy(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to do */ }
    document.body.removeChild(ta);
  }

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest ? ev.target.closest(".regkb-cite") : null;
    if (btn) {
      ev.preventDefault();
      var text = btn.getAttribute("data-cite") || "";
      copyText(text).then(function () {
        btn.setAttribute("data-copied", "true");
        var old = btn.textContent;
        btn.textContent = btn.classList.contains("regkb-cite-small") ? "✓" : "Copied";
        setTimeout(function () { btn.textContent = old; btn.removeAttribute("data-copied"); }, 1500);
      });
      return;
    }
    var f = ev.target.closest ? ev.target.closest(".regkb-filter button") : null;
    if (f) {
      var kind = f.getAttribute("data-kind") || "";
      document.querySelectorAll(".regkb-filter button").forEach(function (b) {
        b.classList.toggle("md-button--primary", b === f);
      });
      document.querySelectorAll(".regkb-change").forEach(function (c) {
        c.hidden = kind !== "" && c.getAttribute("data-kind") !== kind;
      });
    }
  });

  function loadScript(src, done, fail) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    s.onerror = fail;
    document.head.appendChild(s);
  }

  /* The graph page only: its data and the drawing code arrive as scripts (fetch() is refused on file://). */
  function drawGraph() {
    var el = document.getElementById("regkb-graph");
    if (!el || el.getAttribute("data-ready")) return;
    el.setAttribute("data-ready", "loading");
    var here = window.location.href;
    var fail = function () {
      el.setAttribute("data-ready", "error");
      el.textContent = "The graph could not be drawn (a script of this site did not load); the same data is in the downloads below.";
    };
    el.setAttribute("data-base", here);
    var draw = function () { window.regkbDrawGraph(el); };
    var lib = function () {
      if (window.regkbDrawGraph) draw(); else loadScript(new URL(el.getAttribute("data-lib"), here).href, draw, fail);
    };
    loadScript(new URL(el.getAttribute("data-data"), here).href, lib, fail);
  }

  /* The page's address in the footer of every printed page (known only in the browser). */
  function cssString(text) {
    return '"' + text.replace(/[^A-Za-z0-9 ,.;:()\/_#?=&%~+-]/g, function (c) {
      return "\\" + c.charCodeAt(0).toString(16) + " ";
    }) + '"';
  }

  function printAddress() {
    if (!document.querySelector(".regkb-print-style")) return;
    var st = document.getElementById("regkb-print-url");
    if (!st) {
      st = document.createElement("style");
      st.id = "regkb-print-url";
      st.media = "print";
      document.head.appendChild(st);
    }
    st.textContent = "@page { @bottom-center { content: " + cssString(window.location.href.split("#")[0]) + "; } }";
  }

  /* Checklist ticks and notes, kept in this browser (localStorage), per page and duty. */
  function store() { try { return window.localStorage; } catch (e) { return null; } }

  function checklist() {
    var ls = store(), duties = document.querySelectorAll("li.regkb-duty");
    if (!duties.length) return;
    var key = "regkb:" + window.location.pathname.replace(/^.*\/(actors\/)/, "$1");
    var saved = {};
    try { saved = JSON.parse((ls && ls.getItem(key)) || "{}"); } catch (e) { saved = {}; }
    var save = function () {
      var out = {};
      duties.forEach(function (li) {
        var box = li.querySelector("input[type=checkbox]"), note = li.querySelector(".regkb-duty-note");
        if (box.checked || (note && note.value)) out[li.id] = { done: box.checked, note: note ? note.value : "" };
      });
      if (ls) ls.setItem(key, JSON.stringify(out));
    };
    duties.forEach(function (li) {
      var box = li.querySelector("input[type=checkbox]");
      if (!box || li.querySelector(".regkb-duty-note")) return;
      var note = document.createElement("textarea");
      note.className = "regkb-duty-note";
      note.rows = 1;
      note.placeholder = "Note, owner or evidence (kept in this browser)";
      note.setAttribute("aria-label", "Note for this duty");
      li.appendChild(note);
      var s = saved[li.id];
      if (s) { box.checked = !!s.done; note.value = s.note || ""; }
      box.addEventListener("change", save);
      note.addEventListener("input", save);
    });
  }

  function onPage() { printAddress(); drawGraph(); checklist(); }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(onPage);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", onPage);
  } else {
    onPage();
  }
})();
