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

  var COLORS = {
    actor: "#1e88e5", article: "#757575", law: "#8e24aa", definition: "#00897b",
    obligation: "#e53935", prohibition: "#6d4c41", permission: "#43a047", encouragement: "#fb8c00"
  };

  function drawGraph() {
    var el = document.getElementById("regkb-graph");
    if (!el || el.getAttribute("data-ready")) return;
    if (typeof window.cytoscape !== "function") {
      el.setAttribute("data-ready", "unavailable");
      el.textContent = "The interactive graph is not part of this build (its library could not be installed); " +
        "the same data is in the downloads below.";
      return;
    }
    el.setAttribute("data-ready", "loading");
    var url = new URL(el.getAttribute("data-src"), window.location.href);
    fetch(url).then(function (r) { return r.json(); }).then(function (data) {
      var elements = [];
      data.nodes.forEach(function (n) {
        elements.push({ group: "nodes", data: { id: n.id, label: n.label, type: n.type, url: n.url } });
      });
      data.edges.forEach(function (e, i) {
        elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, label: e.label } });
      });
      var fg = getComputedStyle(el).color || "#333";
      var cy = window.cytoscape({
        container: el,
        elements: elements,
        style: [
          { selector: "node", style: {
            "background-color": function (n) { return COLORS[n.data("type")] || "#999"; },
            "label": "data(label)", "font-size": 9, "color": fg.trim() || "#333",
            "text-wrap": "ellipsis", "text-max-width": 120, "width": 14, "height": 14 } },
          { selector: "node[type = 'obligation'], node[type = 'prohibition'], node[type = 'permission'], node[type = 'encouragement']",
            style: { "min-zoomed-font-size": 10, "width": 10, "height": 10 } },
          { selector: "node[type = 'actor'], node[type = 'law']", style: { "width": 24, "height": 24, "font-size": 11 } },
          { selector: "edge", style: { "width": 1, "line-color": "#bbb", "curve-style": "bezier",
            "target-arrow-shape": "triangle", "target-arrow-color": "#bbb", "arrow-scale": 0.6 } },
          { selector: ".regkb-hidden", style: { "display": "none" } }
        ],
        layout: { name: "cose", animate: false, nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 60; } }
      });
      cy.on("tap", "node", function (ev) {
        var u = ev.target.data("url");
        if (u) window.location.href = new URL(u, window.location.href).href;
      });
      document.querySelectorAll(".regkb-graph-filter input").forEach(function (box) {
        box.addEventListener("change", function () {
          cy.nodes("[type = '" + box.value + "']").toggleClass("regkb-hidden", !box.checked);
        });
      });
      window.regkbGraph = cy;
      el.setAttribute("data-nodes", String(cy.nodes().length));
      el.setAttribute("data-ready", "true");
    }).catch(function (err) {
      el.setAttribute("data-ready", "error");
      el.textContent = "The graph could not be drawn: " + err;
    });
  }

  function onPage() { drawGraph(); }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(onPage);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", onPage);
  } else {
    onPage();
  }
})();
