/* regkb graph view: a force-directed drawing in SVG, loaded only by the graph page.
   No library: the data comes from graph-data.js (window.regkbGraphData), so it also works from file://.
   The layout starts from positions derived from the node ids and runs a fixed number of steps, so one
   graph is always drawn the same way. Nodes are SVG links: Tab reaches them, Enter opens their page. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLORS = {
    actor: "#1565c0", article: "#616161", law: "#7b1fa2", definition: "#00796b",
    obligation: "#c62828", prohibition: "#4e342e", permission: "#2e7d32", encouragement: "#a84300"
  };
  var SIZE = { actor: 9, law: 9, article: 6, definition: 6 };

  function hash(s) {  // FNV-1a: a stable number per node id
    var h = 2166136261;
    for (var i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
    return (h >>> 0) / 4294967296;
  }

  function layout(nodes, edges) {
    var n = nodes.length, i, j, k;
    var x = new Float64Array(n), y = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
    var R = 40 * Math.sqrt(n + 1);
    for (i = 0; i < n; i++) {
      var a = 2 * Math.PI * hash(nodes[i].id), r = R * Math.sqrt(hash(nodes[i].id + "#"));
      x[i] = r * Math.cos(a); y[i] = r * Math.sin(a);
    }
    var ideal = 45, steps = Math.max(40, Math.min(300, Math.floor(4e7 / ((n * n) + 1))));
    var t = R / 4;
    for (k = 0; k < steps; k++) {
      dx.fill(0); dy.fill(0);
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var ex = x[i] - x[j], ey = y[i] - y[j], d2 = ex * ex + ey * ey + 0.01;
          if (d2 > 90000) continue;
          var f = ideal * ideal / d2;
          dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
        }
      }
      for (var e = 0; e < edges.length; e++) {
        var s = edges[e].s, o = edges[e].t, fx = x[s] - x[o], fy = y[s] - y[o];
        var d = Math.sqrt(fx * fx + fy * fy) + 0.01, g = d / ideal;
        dx[s] -= fx * g; dy[s] -= fy * g; dx[o] += fx * g; dy[o] += fy * g;
      }
      for (i = 0; i < n; i++) {
        dx[i] -= x[i] * 0.01; dy[i] -= y[i] * 0.01;  // a weak pull to the centre keeps parts together
        var m = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 1e-9, step = Math.min(m, t);
        x[i] += dx[i] / m * step; y[i] += dy[i] / m * step;
      }
      t = Math.max(1, t * 0.97);
    }
    return { x: x, y: y };
  }

  function el(name, attrs) {
    var e = document.createElementNS(SVG, name);
    for (var a in attrs) { if (Object.prototype.hasOwnProperty.call(attrs, a)) e.setAttribute(a, attrs[a]); }
    return e;
  }

  function draw(box, data) {
    var index = {}, nodes = data.nodes, edges = [];
    nodes.forEach(function (nd, i) { index[nd.id] = i; });
    data.edges.forEach(function (e) {
      if (e.source in index && e.target in index) edges.push({ s: index[e.source], t: index[e.target], label: e.label });
    });
    var pos = layout(nodes, edges);
    var minx = Infinity, miny = Infinity, maxx = -Infinity, maxy = -Infinity;
    for (var i = 0; i < nodes.length; i++) {
      minx = Math.min(minx, pos.x[i]); maxx = Math.max(maxx, pos.x[i]);
      miny = Math.min(miny, pos.y[i]); maxy = Math.max(maxy, pos.y[i]);
    }
    if (!nodes.length) { minx = miny = 0; maxx = maxy = 100; }
    var pad = 60, view = [minx - pad, miny - pad, maxx - minx + 2 * pad, maxy - miny + 2 * pad];
    var svg = el("svg", { viewBox: view.join(" "), "class": "regkb-graph-svg", role: "group",
                          "aria-label": nodes.length + " nodes, " + edges.length + " edges" });
    var defs = el("defs", {});
    var marker = el("marker", { id: "regkb-arrow", viewBox: "0 0 10 10", refX: "16", refY: "5",
                                markerWidth: "5", markerHeight: "5", orient: "auto" });
    marker.appendChild(el("path", { d: "M0,0 L10,5 L0,10 z", "class": "regkb-g-arrow" }));
    defs.appendChild(marker); svg.appendChild(defs);
    var gEdges = el("g", { "class": "regkb-g-edges" }), gNodes = el("g", { "class": "regkb-g-nodes" });
    edges.forEach(function (e) {
      var line = el("line", { x1: pos.x[e.s].toFixed(1), y1: pos.y[e.s].toFixed(1), x2: pos.x[e.t].toFixed(1),
                              y2: pos.y[e.t].toFixed(1), "marker-end": "url(#regkb-arrow)",
                              "data-source": nodes[e.s].type, "data-target": nodes[e.t].type });
      gEdges.appendChild(line);
    });
    nodes.forEach(function (nd, i) {
      var a = el("a", { "class": "regkb-g-node", "data-type": nd.type });
      if (nd.url) a.setAttribute("href", new URL(nd.url, box.getAttribute("data-base") || window.location.href).href);
      var t = el("title", {}); t.textContent = nd.label + " (" + nd.type + ")"; a.appendChild(t);
      a.appendChild(el("circle", { cx: pos.x[i].toFixed(1), cy: pos.y[i].toFixed(1), r: SIZE[nd.type] || 4,
                                   fill: COLORS[nd.type] || "#757575" }));
      if (SIZE[nd.type]) {
        var label = el("text", { x: (pos.x[i] + (SIZE[nd.type] + 3)).toFixed(1), y: (pos.y[i] + 4).toFixed(1) });
        label.textContent = nd.label.length > 40 ? nd.label.slice(0, 39) + "…" : nd.label;
        a.appendChild(label);
      }
      gNodes.appendChild(a);
    });
    svg.appendChild(gEdges); svg.appendChild(gNodes);
    box.textContent = "";
    box.appendChild(svg);
    panZoom(svg, view);
    return { svg: svg, nodes: nodes.length, edges: edges.length };
  }

  function panZoom(svg, view) {
    var v = view.slice(), drag = null;
    function apply() { svg.setAttribute("viewBox", v.map(function (n) { return n.toFixed(1); }).join(" ")); }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      var r = svg.getBoundingClientRect(), k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
      var px = v[0] + (ev.clientX - r.left) / r.width * v[2], py = v[1] + (ev.clientY - r.top) / r.height * v[3];
      v = [px - (px - v[0]) * k, py - (py - v[1]) * k, v[2] * k, v[3] * k]; apply();
    }, { passive: false });
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.target.closest && ev.target.closest("a")) return;
      drag = { x: ev.clientX, y: ev.clientY, v: v.slice() };
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!drag) return;
      var r = svg.getBoundingClientRect();
      v[0] = drag.v[0] - (ev.clientX - drag.x) / r.width * v[2];
      v[1] = drag.v[1] - (ev.clientY - drag.y) / r.height * v[3]; apply();
    });
    svg.addEventListener("pointerup", function () { drag = null; });
  }

  window.regkbDrawGraph = function (box) {
    var data = window.regkbGraphData;
    if (!data) {
      box.setAttribute("data-ready", "error");
      box.textContent = "The graph data (graph-data.js) could not be loaded; the same data is in the downloads below.";
      return;
    }
    var g = draw(box, data);
    document.querySelectorAll(".regkb-graph-filter input").forEach(function (c) {
      c.addEventListener("change", function () {
        g.svg.classList.toggle("regkb-hide-" + c.value, !c.checked);
      });
    });
    window.regkbGraph = g;
    box.setAttribute("data-nodes", String(g.nodes));
    box.setAttribute("data-ready", "true");
  };
})();
