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
      applyFilter(kind);
      try {  // the filter is part of the address: it can be bookmarked and shared
        var u = new URL(window.location.href);
        if (kind) u.searchParams.set("kind", kind); else u.searchParams.delete("kind");
        history.replaceState(history.state, "", u.href);
      } catch (e) { /* file:// in some browsers: the filter still works */ }
    }
  });

  function applyFilter(kind) {
    var found = false;
    document.querySelectorAll(".regkb-filter button").forEach(function (b) {
      var on = (b.getAttribute("data-kind") || "") === kind;
      found = found || on;
      b.classList.toggle("md-button--primary", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
    if (!found) kind = "";
    document.querySelectorAll(".regkb-change, .regkb-change-summary tr[data-kind]").forEach(function (c) {
      c.hidden = kind !== "" && c.getAttribute("data-kind") !== kind;
    });
  }

  function filterFromAddress() {
    if (!document.querySelector(".regkb-filter")) return;
    var kind = "";
    try { kind = new URL(window.location.href).searchParams.get("kind") || ""; } catch (e) { kind = ""; }
    applyFilter(kind);
  }

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

  /* Defined terms: a pop-up with the definition (shortened) and a link to the full one. Opened by
     hover, focus, click or tap; a first tap or click opens it instead of leaving the page. */
  var pop = null, popFor = null, hideTimer = null, quiet = false;
  var MAX_WORDS = 45;

  function popover() {
    if (pop) return pop;
    pop = document.createElement("div");
    pop.className = "regkb-pop";
    pop.id = "regkb-pop";
    pop.setAttribute("role", "tooltip");
    pop.hidden = true;
    pop.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    pop.addEventListener("mouseleave", function () { hideLater(); });
    document.body.appendChild(pop);
    return pop;
  }

  function showPop(a) {
    var p = popover();
    clearTimeout(hideTimer);
    if (popFor === a && !p.hidden) return;
    var words = (a.getAttribute("data-def") || "").split(/\s+/);
    var short = words.length > MAX_WORDS ? words.slice(0, MAX_WORDS).join(" ") + " …" : words.join(" ");
    p.textContent = "";
    var head = document.createElement("p");
    head.className = "regkb-pop-term";
    head.textContent = a.getAttribute("data-term") || a.textContent;
    var body = document.createElement("p");
    body.textContent = short;
    var foot = document.createElement("p");
    foot.className = "regkb-pop-foot";
    var full = document.createElement("a");
    full.href = a.href;
    full.textContent = "Full definition";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "regkb-pop-close";
    close.setAttribute("aria-label", "Close");
    close.textContent = "×";
    close.addEventListener("click", function () { hidePop(true); });
    foot.appendChild(full);
    p.appendChild(close); p.appendChild(head); p.appendChild(body); p.appendChild(foot);
    p.hidden = false;
    popFor = a;
    a.setAttribute("aria-describedby", "regkb-pop");
    a.setAttribute("aria-expanded", "true");
    var r = a.getBoundingClientRect(), w = Math.min(360, document.documentElement.clientWidth - 16);
    p.style.width = w + "px";
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - w - 8));
    p.style.left = left + "px";
    p.style.top = (r.bottom + window.scrollY + 6) + "px";
  }

  function hidePop(refocus) {
    if (!pop || pop.hidden) return;
    pop.hidden = true;
    if (popFor) {
      popFor.removeAttribute("aria-describedby");
      popFor.setAttribute("aria-expanded", "false");
      if (refocus) { quiet = true; popFor.focus(); quiet = false; }  // focus back, without reopening
    }
    popFor = null;
  }

  function hideLater() { clearTimeout(hideTimer); hideTimer = setTimeout(function () { hidePop(false); }, 300); }

  function termOf(ev) { return ev.target.closest ? ev.target.closest("a.regkb-term[data-def]") : null; }

  document.addEventListener("mouseover", function (ev) { var a = termOf(ev); if (a) showPop(a); });
  document.addEventListener("mouseout", function (ev) { if (termOf(ev)) hideLater(); });
  document.addEventListener("focusin", function (ev) {
    var a = termOf(ev);
    if (a) { if (!quiet) showPop(a); } else if (pop && !pop.contains(ev.target)) hidePop(false);
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hidePop(true); });
  // Was the pop-up of this term already open when the press began? (A touch's compatibility
  // mouseover opens it in the same gesture, so the state at the click alone would not tell.)
  var openAtDown = null;
  document.addEventListener("pointerdown", function (ev) {
    var a = termOf(ev);
    openAtDown = a ? (popFor === a && pop && !pop.hidden) : null;
  }, true);
  document.addEventListener("click", function (ev) {
    var a = termOf(ev);
    if (a) {
      var wasOpen = openAtDown === null ? (popFor === a && pop && !pop.hidden) : openAtDown;
      openAtDown = null;
      if (!wasOpen) {
        ev.preventDefault();  // the first tap or click shows the definition; the next follows the link
        ev.stopPropagation();  // (instant loading would otherwise follow it)
        showPop(a);
      }
      return;
    }
    openAtDown = null;
    if (pop && !pop.hidden && !pop.contains(ev.target)) hidePop(false);
    // A link to another provision of this same page ("the preceding paragraph"): plain in-page
    // navigation, so the provision lands at the top of the window (the theme's instant loading
    // re-rendered the page and sometimes scrolled past it).
    var link = ev.target.closest ? ev.target.closest("a[href*='#']") : null;
    if (link && !ev.defaultPrevented && ev.button === 0 && !ev.metaKey && !ev.ctrlKey && !ev.shiftKey) {
      var to = new URL(link.href, window.location.href), here = new URL(window.location.href);
      if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search && to.hash &&
          document.getElementById(decodeURIComponent(to.hash.slice(1)))) {
        ev.preventDefault();
        ev.stopPropagation();
        window.location.hash = to.hash;
      }
    }
  }, true);

  /* Search (regkb.site.search): a box in the page header (the theme's header if there is one, else the
     top of the content) that leads to the search page. The search code and its index are scripts, so
     they load from file:// too, and only on first use: focus on a search box, or the search page. */
  var ROOT = (function () {
    var src = document.currentScript && document.currentScript.src;
    try { return new URL(src ? "../" : "./", src || window.location.href).href; } catch (e) { return ""; }
  })();
  var searchState = "", searchWaiting = [];

  function loadSearch(done, fail) {
    if (searchState === "ready") { done(); return; }
    searchWaiting.push([done, fail]);
    if (searchState === "loading") return;
    searchState = "loading";
    var left = 2;
    var finish = function (ok) {
      var waiting = searchWaiting;
      searchWaiting = [];
      if (ok) { window.regkbSearch.ready(window.regkbSearchData); searchState = "ready"; } else { searchState = ""; }
      waiting.forEach(function (w) { if (ok) w[0](); else if (w[1]) w[1](); });
    };
    var one = function () { left -= 1; if (left === 0) finish(!!(window.regkbSearch && window.regkbSearchData)); };
    var bad = function () { left = -1; finish(false); };
    loadScript(ROOT + "assets/search.js", one, bad);
    loadScript(ROOT + "search/index.js", one, bad);
  }

  var GLASS = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" ' +
    'd="M9.5 3a6.5 6.5 0 0 1 5.25 10.34l5.46 5.45-1.42 1.42-5.45-5.46A6.5 6.5 0 1 1 9.5 3m0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z"/></svg>';

  function headerSearch() {
    if (document.getElementById("regkb-header-search") || !ROOT) return;
    var form = document.createElement("form");
    form.id = "regkb-header-search";
    form.className = "regkb-header-search";
    form.setAttribute("role", "search");
    form.action = ROOT + "search.html";
    form.method = "get";
    form.innerHTML = '<label for="regkb-header-q" class="regkb-sr-only">Search the site</label>' +
      '<input id="regkb-header-q" name="q" type="search" placeholder="Search" autocomplete="off" spellcheck="false" ' +
      'aria-keyshortcuts="/" enterkeyhint="search"><button type="submit" aria-label="Search">' + GLASS + "</button>";
    var host = document.querySelector(".md-header__inner") || document.querySelector("header");
    if (host) {
      host.insertBefore(form, host.querySelector(".md-header__source"));
    } else {
      var main = document.querySelector("main") || document.body;
      main.insertBefore(form, main.firstChild);
    }
    form.querySelector("input").addEventListener("focus", function () { loadSearch(function () {}); });
  }

  function searchPage() {
    var el = document.querySelector(".regkb-search-page");
    if (!el || el.getAttribute("data-ready")) return;
    el.setAttribute("data-ready", "loading");
    var status = el.querySelector(".regkb-search-status");
    status.textContent = "Loading the search index\u2026";
    loadSearch(function () {
      el.setAttribute("data-ready", "yes");
      window.regkbSearch.page(el, ROOT);
    }, function () {
      el.setAttribute("data-ready", "error");
      status.textContent = "The search index could not be loaded (" + ROOT + "search/index.js). " +
        "Rebuild the site with regkb build, or browse the texts from the navigation.";
    });
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var t = ev.target, tag = t && t.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
    var box = document.getElementById("regkb-search-q") || document.getElementById("regkb-header-q");
    if (box && box.offsetParent !== null) { ev.preventDefault(); box.focus(); }
  });

  function csvCell(v) {
    v = String(v).replace(/\s+/g, " ").trim();
    if (/^[=+\-@]/.test(v)) v = "'" + v;  // never a formula in a spreadsheet
    return /[",\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest ? ev.target.closest(".regkb-export") : null;
    if (!btn) return;
    var rows = [["citation", "modality", "action", "link", "status", "note"]];
    document.querySelectorAll("li.regkb-duty").forEach(function (li) {
      var where = li.querySelector(".regkb-where"), box = li.querySelector("input[type=checkbox]");
      var note = li.querySelector(".regkb-duty-note");
      rows.push([where ? where.textContent : "", li.getAttribute("data-modality") || "",
                 li.getAttribute("data-action") || "",
                 where ? where.href : "", box && box.checked ? "done" : "open", note ? note.value : ""]);
    });
    var text = "\ufeff" + rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    a.download = btn.getAttribute("data-name") || "checklist.csv";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  });

  function onPage() { filterFromAddress(); hidePop(false); printAddress(); drawGraph(); checklist(); headerSearch(); searchPage(); }

  // Every step is idempotent: run at load (the theme's document$ does not emit on file://) and again
  // after each instant navigation.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", onPage);
  } else {
    onPage();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(onPage);
  }
})();
