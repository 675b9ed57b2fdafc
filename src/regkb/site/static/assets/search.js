/* regkb site search. Loaded on first use only (focus on a search box, or the search page), with
   its index search/index.js (window.regkbSearchData, written by regkb.site.search). The analysis is
   the whoosh index's: the same tokens, lower case, stop words, Porter stems, the same synonym and
   relative table, field and kind weights and BM25F scores. No request leaves the site. */
(function () {
  "use strict";

  /* --- Porter stemmer, as whoosh.lang.porter has it (including its start-anchored matches) --- */
  var STEP2 = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize", bli: "ble", alli: "al",
    entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate", ator: "ate", alism: "al", iveness: "ive",
    fulness: "ful", ousness: "ous", aliti: "al", iviti: "ive", biliti: "ble", logi: "log" };
  var STEP3 = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };
  var CS = "[^aeiouy]+", VS = "[aeiou]+";
  var MGR0 = new RegExp("^(" + CS + ")?" + VS + CS);
  var MEQ1 = new RegExp("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  var MGR1 = new RegExp("^(" + CS + ")?" + VS + CS + VS + CS);
  var SV = new RegExp("^(" + CS + ")?[aeiouy]");
  var CV = new RegExp("^" + CS + "[aeiouy][^aeiouwxy]$");
  var ED_ING = /^(.*)(ed|ing)$/;
  var AT_BL_IZ = /^(at|bl|iz)$/;
  var DOUBLE = /^([^aeiouylsz])\1$/;
  var S2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var S3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var S4A = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var S4B = /^(.+?)(s|t)(ion)$/;
  var S5 = /^(.+?)e$/;

  function stem(w) {
    if (w.length < 3) return w;
    var firstY = w.charAt(0) === "y", m, s;
    if (firstY) w = "Y" + w.slice(1);
    if (w.slice(-1) === "s") {
      if (w.slice(-4) === "sses" || w.slice(-3) === "ies") w = w.slice(0, -2);
      else if (w.charAt(w.length - 2) !== "s") w = w.slice(0, -1);
    }
    if (w.slice(-3) === "eed") {
      if (MGR0.test(w.slice(0, -3))) w = w.slice(0, -1);
    } else {
      m = ED_ING.exec(w);
      if (m && SV.test(m[1])) {
        w = m[1];
        if (AT_BL_IZ.test(w)) w += "e";
        else if (DOUBLE.test(w)) w = w.slice(0, -1);
        else if (CV.test(w)) w += "e";
      }
    }
    if (w.slice(-1) === "y" && SV.test(w.slice(0, -1))) w = w.slice(0, -1) + "i";
    m = S2.exec(w);
    if (m && MGR0.test(m[1])) w = m[1] + STEP2[m[2]];
    m = S3.exec(w);
    if (m && MGR0.test(m[1])) w = m[1] + STEP3[m[2]];
    m = S4A.exec(w);
    if (m) {
      if (MGR1.test(m[1])) w = m[1];
    } else {
      m = S4B.exec(w);
      if (m && MGR1.test(m[1] + m[2])) w = m[1] + m[2];
    }
    m = S5.exec(w);
    if (m) {
      s = m[1];
      if (MGR1.test(s) || (MEQ1.test(s) && !CV.test(s))) w = s;
    }
    if (w.slice(-2) === "ll" && MGR1.test(w)) w = w.slice(0, -1);
    if (firstY) w = "y" + w.slice(1);
    return w;
  }

  /* --- analysis: whoosh's StemmingAnalyzer ([\w*]+(\.?[\w*]+)*, lower case, stop words, min. 2 letters, stem) --- */
  var TOKEN = /[\p{L}\p{N}_*]+(?:\.?[\p{L}\p{N}_*]+)*/gu;  // whoosh-reloaded counts "*" as a word character
  var WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu;  // a query word (regkb.index._WORD)
  var D = null, STOP = null;

  function tokens(text) {  // [{stem, start, end}] of the words that count
    var out = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      var low = m[0].toLowerCase();
      if (low.length < 2 || STOP.has(low)) continue;
      out.push({ stem: stem(low), start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  function analyse(text) { return tokens(text).map(function (t) { return t.stem; }); }

  /* --- the index, built in memory from the records on first use --- */
  var FIELDS = ["title", "text", "term", "name"];
  var IX = null;

  function build(data) {
    D = data;
    STOP = new Set(data.stopWords);
    var recs = data.records, n = 0, post = new Map(), lens = new Float64Array(recs.length * 4);
    recs.forEach(function (r) {  // shared text and actor numbers spelled out (regkb.site.search.expand)
      if (r.xr) { r.x = recs[r.xr[0]].x.slice(r.xr[1], r.xr[2]); delete r.xr; }
      if (r.a) r.a = r.a.map(function (k) { return typeof k === "number" ? data.actorIds[k] : k; });
    });
    var total = [0, 0, 0, 0];
    recs.forEach(function (r, i) {
      // the collection statistics (record count, document frequencies, average lengths) are the whoosh
      // index's: records of the site only (the developer guides) are searched but do not count in them
      var counts = data.siteOnly.indexOf(r.k) < 0;
      if (counts) n += 1;
      var docBoost = r.b != null ? r.b : (data.kindBoost[r.k] != null ? data.kindBoost[r.k] : 1);
      var perField = data.kindFieldBoost[r.k] || {};
      FIELDS.forEach(function (f, fi) {
        var text = r[data.fields[f]];
        if (!text) return;
        var stems = analyse(text), tf = new Map();
        stems.forEach(function (s) { tf.set(s, (tf.get(s) || 0) + 1); });
        lens[i * 4 + fi] = stems.length;
        if (counts) total[fi] += stems.length;
        var boost = data.fieldBoost[f] * (perField[f] != null ? perField[f] : docBoost);
        tf.forEach(function (count, s) {
          var p = post.get(s);
          if (!p) { p = { list: [[], [], [], []], df: [0, 0, 0, 0] }; post.set(s, p); }
          p.list[fi].push(i, count * boost);
          if (counts) p.df[fi] += 1;
        });
      });
    });
    IX = { n: n || 1, post: post, lens: lens, avg: total.map(function (t) { return (t / n) || 1; }) };
    return IX;
  }

  function idf(df) { return Math.log(IX.n / (df + 1)) + 1; }

  function bm25(idfv, tf, fl, avg) {
    var B = 0.75, K1 = 1.2;
    return idfv * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avg)));
  }

  /* The words of a query as whoosh's "plain words" parser takes them: operators and question words
     dropped (unless nothing else is left), at most maxWords, each analysed. */
  function queryTerms(q) {
    var words = (q.match(WORD) || []).filter(function (w) { return D.operators.indexOf(w) < 0; });
    var qw = new Set(D.questionWords);
    var content = words.filter(function (w) { return !qw.has(w.toLowerCase()); });
    words = (content.length ? content : words).slice(0, D.maxWords);
    var out = [];
    words.forEach(function (w) { analyse(w).forEach(function (s) { if (out.indexOf(s) < 0) out.push(s); }); });
    return out;
  }

  /* record index -> score, for one query stem (with its synonyms and relatives, weighed as one word) */
  function termScores(t) {
    var exp = [[t, 1]].concat(D.relatives[t] || []), scores = new Map();
    for (var fi = 0; fi < 4; fi++) {
      var df = 0, any = false;
      exp.forEach(function (e) { var p = IX.post.get(e[0]); if (p && p.list[fi].length) { any = true; df += p.df[fi]; } });
      if (!any) continue;
      var g = idf(df);
      exp.forEach(function (e) {
        var p = IX.post.get(e[0]);
        if (!p) return;
        var list = p.list[fi];
        for (var j = 0; j < list.length; j += 2) {
          var i = list[j];
          var s = e[1] * bm25(g, list[j + 1], IX.lens[i * 4 + fi], IX.avg[fi]);
          scores.set(i, (scores.get(i) || 0) + s);
        }
      });
    }
    return scores;
  }

  function matches(q) {
    var terms = queryTerms(q), per = terms.map(termScores), mode = "all", total = new Map();
    if (!terms.length) return { terms: terms, hits: [], mode: mode };
    per[0].forEach(function (s, i) {
      var sum = s;
      for (var k = 1; k < per.length; k++) { var v = per[k].get(i); if (v === undefined) return; sum += v; }
      total.set(i, sum);
    });
    if (!total.size && per.length > 1) {  // nothing has every word: any word
      mode = "any";
      per.forEach(function (m) { m.forEach(function (s, i) { total.set(i, (total.get(i) || 0) + s); }); });
    }
    var named = analyse(q).join(" "), hits = [];
    total.forEach(function (s, i) {
      var r = D.records[i];
      if (r.k === "law" && (r.ln || []).indexOf(named) < 0) s *= D.unnamedLawFactor;
      hits.push({ i: i, score: s });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.i - b.i; });
    return { terms: terms, hits: hits, mode: mode };
  }

  /* --- filters (facets) and the list shown --- */
  var FACETS = [["kind", "Kind"], ["document", "Document"], ["actor", "Actor"], ["modality", "Modality"]];

  function values(r, facet) {
    if (facet === "kind") return [D.facetKind[r.k] || r.k];
    if (facet === "document") return r.d ? [r.d] : [];
    if (facet === "actor") return r.a || [];
    return r.o || [];
  }

  function nested(a, b) { return a === b || a.indexOf(b + "__") === 0 || b.indexOf(a + "__") === 0; }

  /* The hits that pass the filters, without repeating a provision that holds (or is held by) one
     already listed; with a kind other than article text chosen, every record of it is listed. */
  function select(hits, filters) {
    var collapse = !filters.kind || filters.kind === "article", kept = [], out = [];
    hits.forEach(function (h) {
      var r = D.records[h.i];
      for (var f in filters) { if (filters[f] && values(r, f).indexOf(filters[f]) < 0) return; }
      if (collapse) {
        var locus = D.notNested.indexOf(r.k) >= 0 ? r.id : (r.p || r.id);
        for (var j = 0; j < kept.length; j++) { if (nested(locus, kept[j])) return; }
        kept.push(locus);
      }
      out.push(h);
    });
    return out;
  }

  function facetCounts(hits, filters) {  // facet -> [[value, count]]: how many a click would list
    var out = {};
    FACETS.forEach(function (fd) {
      var f = fd[0], seen = new Set();
      hits.forEach(function (h) { values(D.records[h.i], f).forEach(function (v) { seen.add(v); }); });
      var rows = [];
      seen.forEach(function (v) {
        var with_ = Object.assign({}, filters);
        with_[f] = v;
        var c = select(hits, with_).length;
        if (c || filters[f] === v) rows.push([v, c]);
      });
      var order = f === "kind" ? D.kindOrder : [];  // kinds in a fixed order: the law first
      rows.sort(function (a, b) {
        var ka = order.indexOf(a[0]), kb = order.indexOf(b[0]);
        if (f === "kind" && ka !== kb) return (ka < 0 ? 99 : ka) - (kb < 0 ? 99 : kb);
        return b[1] - a[1] || label(f, a[0]).localeCompare(label(f, b[0]));
      });
      out[f] = rows;
    });
    return out;
  }

  function label(facet, v) {
    if (facet === "kind") return D.kindLabel[v] || v;
    if (facet === "document") return D.documents[v] || v;
    if (facet === "actor") return D.actors[v] || v;
    return v;
  }

  function search(q, filters) {
    var m = matches(q), list = select(m.hits, filters || {});
    return { terms: m.terms, mode: m.mode, matched: m.hits, hits: list, facets: facetCounts(m.hits, filters || {}) };
  }

  /* --- snippets: the record's text as printed, the matched words marked --- */
  function esc(s) {
    return s.replace(/[&<>"']/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }

  function snippet(r, terms) {
    var text = r.x || "", want = new Set();
    terms.forEach(function (t) { want.add(t); (D.relatives[t] || []).forEach(function (e) { want.add(e[0]); }); });
    var toks = tokens(text).filter(function (t) { return want.has(t.stem); });
    var start = 0, max = 240;
    if (toks.length && toks[0].start > 60) {
      start = text.lastIndexOf(" ", toks[0].start - 60) + 1;
    }
    var end = Math.min(text.length, start + max);
    if (end < text.length) { var sp = text.lastIndexOf(" ", end); if (sp > start) end = sp; }
    var out = start > 0 ? "… " : "", pos = start;
    toks.forEach(function (t) {
      if (t.start < start || t.end > end) return;
      out += esc(text.slice(pos, t.start)) + "<mark>" + esc(text.slice(t.start, t.end)) + "</mark>";
      pos = t.end;
    });
    return out + esc(text.slice(pos, end)) + (end < text.length ? " …" : "");
  }

  /* --- the search page --- */
  var PAGE = 50;

  function readAddress() {
    var u = new URL(window.location.href), f = {};
    FACETS.forEach(function (fd) { var v = u.searchParams.get(fd[0]); if (v) f[fd[0]] = v; });
    return { q: u.searchParams.get("q") || "", filters: f };
  }

  function address(q, filters) {
    var u = new URL(window.location.href);
    u.search = "";
    if (q) u.searchParams.set("q", q);
    FACETS.forEach(function (fd) { if (filters[fd[0]]) u.searchParams.set(fd[0], filters[fd[0]]); });
    u.hash = "";
    return u.href;
  }

  function remember(url, push) {
    if (url === window.location.href) return;
    try {
      if (push) history.pushState({ regkbSearch: true }, "", url); else history.replaceState({ regkbSearch: true }, "", url);
    } catch (e) { /* some browsers refuse history on file://: the search still works */ }
  }

  function page(root, base) {
    var box = root.querySelector("#regkb-search-q"), form = root.querySelector("form");
    var facetsEl = root.querySelector(".regkb-search-facets"), status = root.querySelector(".regkb-search-status");
    var list = root.querySelector(".regkb-search-results");
    var state = readAddress(), shown = PAGE, timer = null;
    var filtersBox = root.querySelector(".regkb-search-filters");
    box.value = state.q;
    // on a narrow screen the filters start folded (the results come first), unless one is in use
    if (filtersBox && window.matchMedia && window.matchMedia("(max-width: 44.9375em)").matches &&
        !Object.keys(state.filters).length) filtersBox.open = false;

    function render() {
      list.textContent = "";
      facetsEl.textContent = "";
      var q = state.q.trim();
      if (!q) { status.textContent = "Type words to search for."; return; }
      var res = search(q, state.filters), hits = res.hits;
      var what = "\u201c" + q + "\u201d", active = Object.keys(state.filters).filter(function (f) { return state.filters[f]; });
      status.textContent = (hits.length ? hits.length + (hits.length === 1 ? " result" : " results") : "No result") +
        " for " + what + (res.mode === "any" && hits.length ? " (no text has every word: results with any of them)" : "") +
        (active.length ? ", filtered by " + active.map(function (f) { return label(f, state.filters[f]); }).join(", ") : "") + ".";
      FACETS.forEach(function (fd) {
        var rows = res.facets[fd[0]];
        if (!rows.length) return;
        var group = document.createElement("div");
        group.className = "regkb-facet";
        group.setAttribute("role", "group");
        var head = document.createElement("span");
        head.className = "regkb-facet-name";
        head.id = "regkb-facet-" + fd[0];
        head.textContent = fd[1];
        group.setAttribute("aria-labelledby", head.id);
        group.appendChild(head);
        rows.forEach(function (row) {
          var b = document.createElement("button");
          b.type = "button";
          b.className = "regkb-facet-value";
          var on = state.filters[fd[0]] === row[0];
          b.setAttribute("aria-pressed", on ? "true" : "false");
          b.setAttribute("data-facet", fd[0]);
          b.setAttribute("data-value", row[0]);
          b.textContent = label(fd[0], row[0]) + " (" + row[1] + ")";
          group.appendChild(b);
        });
        facetsEl.appendChild(group);
      });
      hits.slice(0, shown).forEach(function (h) {
        var r = D.records[h.i], li = document.createElement("li");
        li.className = "regkb-hit";
        li.setAttribute("data-kind", D.facetKind[r.k] || r.k);
        var a = document.createElement("a");
        a.className = "regkb-hit-title";
        a.href = new URL(r.u || "index.html", base).href;
        a.textContent = r.t;
        var meta = document.createElement("span");
        meta.className = "regkb-hit-meta";
        meta.textContent = label("kind", D.facetKind[r.k] || r.k) + (r.d ? " \u00b7 " + label("document", r.d) : "");
        var p = document.createElement("p");
        p.className = "regkb-hit-snippet";
        p.innerHTML = snippet(r, res.terms);
        li.appendChild(a); li.appendChild(meta); li.appendChild(p);
        list.appendChild(li);
      });
      if (hits.length > shown) {
        var li = document.createElement("li"), more = document.createElement("button");
        li.className = "regkb-hit-more";
        more.type = "button";
        more.className = "md-button";
        more.textContent = "Show " + Math.min(PAGE, hits.length - shown) + " more";
        more.addEventListener("click", function () {
          var next = shown;
          shown += PAGE;
          render();
          var first = list.querySelectorAll("a.regkb-hit-title")[next];
          if (first) first.focus();
        });
        li.appendChild(more);
        list.appendChild(li);
      }
    }

    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        state.q = box.value;
        shown = PAGE;
        remember(address(state.q, state.filters), false);
        render();
      }, 120);
    });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      clearTimeout(timer);
      state.q = box.value;
      shown = PAGE;
      remember(address(state.q, state.filters), true);
      render();
    });
    facetsEl.addEventListener("click", function (ev) {
      var b = ev.target.closest ? ev.target.closest("button[data-facet]") : null;
      if (!b) return;
      var f = b.getAttribute("data-facet"), v = b.getAttribute("data-value");
      if (state.filters[f] === v) delete state.filters[f]; else state.filters[f] = v;
      shown = PAGE;
      remember(address(state.q, state.filters), true);
      render();
      var again = facetsEl.querySelector('button[data-facet="' + f + '"][data-value="' + CSS.escape(v) + '"]');
      if (again) again.focus();
    });
    window.addEventListener("popstate", function () {
      if (!document.body.contains(root)) return;
      state = readAddress();
      box.value = state.q;
      shown = PAGE;
      render();
    });
    render();
    if (!state.q) box.focus();
  }

  window.regkbSearch = {
    stem: stem,
    analyse: function (text) { return analyse(text); },
    ready: function (data) { if (!IX || D !== data) build(data); },
    search: function (q, filters) { return search(q, filters); },
    record: function (i) { return D.records[i]; },
    page: page
  };
})();
