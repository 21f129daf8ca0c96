// The network page: actors as nodes, actor -> recipient links as edges (from /api/network),
// drawn with the bundled Cytoscape.js. Clicking a node opens its actor page; clicking an
// edge lists the events between the two. Store strings reach the page as data, never HTML.
(function () {
  "use strict";
  var el = document.getElementById("network");
  var status = document.getElementById("network-status");
  var colors = JSON.parse(el.dataset.colors);

  function eventsUrl(params) {
    var url = new URL(el.dataset.events, window.location.href);
    Object.keys(params).forEach(function (k) { url.searchParams.set(k, params[k]); });
    return url.pathname + url.search;
  }

  fetch(el.dataset.src).then(function (r) {
    if (!r.ok) { throw new Error("HTTP " + r.status); }
    return r.json();
  }).then(function (data) {
    var top = data.edges.reduce(function (m, e) { return Math.max(m, e.count); }, 1);
    var elements = data.nodes.map(function (n) {
      return { data: { id: n.id, label: n.id, name: n.name || "", size: 10 + 8 * Math.log10(1 + n.events) } };
    }).concat(data.edges.map(function (e, i) {
      var main = Object.keys(e.by_type)[0];
      return { data: { id: "e" + i, source: e.source, target: e.target, count: e.count,
        width: 1 + 5 * e.count / top, color: colors[main] || "#888",
        title: e.source + " → " + e.target + ": " + Object.keys(e.by_type).map(function (t) {
          return t + " " + e.by_type[t];
        }).join(", ") } };
    }));
    var cy = cytoscape({
      container: el,
      elements: elements,
      style: [
        { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
          "background-color": "#1d2330", "color": "#1d2330", "font-size": 11, "text-valign": "bottom",
          "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
          "text-margin-y": 3 } },
        { selector: "edge", style: { "width": "data(width)", "line-color": "data(color)",
          "target-arrow-color": "data(color)", "target-arrow-shape": "triangle",
          "curve-style": "bezier", "opacity": 0.8 } },
      ],
      // a dense web reads best on a circle; a sparse one, force-directed
      layout: { name: data.edges.length > 2 * data.nodes.length || data.nodes.length > 60 ?
        "circle" : "cose", animate: false, padding: 30 },
      wheelSensitivity: 0.3,
    });
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); } // a small graph: keep labels readable
    cy.on("tap", "node", function (evt) {
      window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
    });
    cy.on("tap", "edge", function (evt) {
      var d = evt.target.data();
      window.location.href = eventsUrl({ actor: d.source, recipient: d.target });
    });
    cy.on("mouseover", "edge", function (evt) { status.textContent = evt.target.data("title"); });
    cy.on("mouseover", "node", function (evt) {
      status.textContent = evt.target.id() + (evt.target.data("name") ? " · " + evt.target.data("name") : "");
    });
    el.dataset.nodes = String(data.nodes.length);
    el.dataset.edges = String(data.edges.length);
    status.textContent = data.nodes.length + " actor(s), " + data.edges.length + " link(s)" +
      (data.truncated ? " (the strongest links only)" : "") +
      ". Click an actor for its page, a link for its events.";
  }).catch(function (err) {
    status.textContent = "Could not load the network: " + err.message;
  });
})();
