// The map page: event locations from /api/map, clustered by zoom, coloured by event type.
// Offline: the base map is the bundled world-atlas country shapes, not a tile server.
// Every string from the store goes into the page through textContent, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var status = document.getElementById("map-status");
  var colors = JSON.parse(el.dataset.colors);
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");

  // A ring that crosses the antimeridian jumps from +180 to -180; drawn as is, it strikes a
  // stripe across the whole map. Unwrap it: carry on past 180 (or -180) instead of jumping.
  function unwrapRing(ring) {
    var shift = 0;
    return ring.map(function (pt, i) {
      if (i > 0) {
        var d = pt[0] - ring[i - 1][0];
        if (d > 180) { shift -= 360; } else if (d < -180) { shift += 360; }
      }
      return [pt[0] + shift, pt[1]];
    });
  }
  function unwrap(geometry) {
    if (!geometry) { return geometry; }
    if (geometry.type === "Polygon") {
      geometry.coordinates = geometry.coordinates.map(unwrapRing);
    } else if (geometry.type === "MultiPolygon") {
      geometry.coordinates = geometry.coordinates.map(function (poly) { return poly.map(unwrapRing); });
    }
    return geometry;
  }

  fetch(el.dataset.world).then(function (r) { return r.json(); }).then(function (topo) {
    var land = topojson.feature(topo, topo.objects.countries);
    land.features.forEach(function (f) { unwrap(f.geometry); });
    el.ewLand = land; // for checks: the shapes as drawn
    el.dataset.land = String(land.features.length);
    L.geoJSON(land, {
      style: { color: "#9aa6b8", weight: 0.6, fillColor: "#f3f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map).bringToBack();
  });

  function dot(color, label, size, extra) {
    var div = document.createElement("div");
    div.className = "ew-marker " + (extra || "");
    div.style.background = color;
    div.style.width = div.style.height = size + "px";
    div.textContent = label;
    return L.divIcon({ html: div, className: "", iconSize: [size, size] });
  }

  function eventsLink(p) {
    // a tiny box around the point selects exactly the events placed there
    var e = 0.0005;
    var bbox = [p.lon - e, p.lat - e, p.lon + e, p.lat + e].map(function (v) { return v.toFixed(5); });
    var url = new URL(el.dataset.events, window.location.href);
    url.searchParams.set("bbox", bbox.join(","));
    url.searchParams.delete("type");
    url.searchParams.append("type", p.event);
    return url.pathname + url.search;
  }

  function popup(p) {
    var box = document.createElement("div");
    var title = document.createElement("strong");
    title.textContent = (p.name || "unnamed place") + (p.country ? " (" + p.country + ")" : "");
    var what = document.createElement("div");
    what.textContent = p.n + " " + p.event + " event" + (p.n === 1 ? "" : "s");
    var link = document.createElement("a");
    link.className = "ew-events-link";
    link.href = eventsLink(p);
    link.textContent = "show the events →";
    box.appendChild(title); box.appendChild(what); box.appendChild(link);
    return box;
  }

  var clusters = L.markerClusterGroup({
    maxClusterRadius: 45,
    iconCreateFunction: function (cluster) {
      var total = 0, byType = {};
      cluster.getAllChildMarkers().forEach(function (m) {
        total += m.options.n;
        byType[m.options.event] = (byType[m.options.event] || 0) + m.options.n;
      });
      var top = Object.keys(byType).sort(function (a, b) { return byType[b] - byType[a]; })[0];
      var size = Math.min(56, 24 + Math.round(Math.log10(total + 1) * 9));
      return dot(colors[top] || "#666", String(total), size, "ew-cluster");
    },
  });

  fetch(el.dataset.points).then(function (r) {
    if (!r.ok) { throw new Error("HTTP " + r.status); }
    return r.json();
  }).then(function (data) {
    var markers = data.points.map(function (p) {
      var size = Math.min(34, 14 + Math.round(Math.log10(p.n + 1) * 8));
      var m = L.marker([p.lat, p.lon], {
        icon: dot(colors[p.event] || "#666", p.n > 1 ? String(p.n) : "", size),
        n: p.n, event: p.event, title: (p.name || "") + " · " + p.event,
      });
      m.bindPopup(function () { return popup(p); });
      return m;
    });
    clusters.addLayers(markers);
    map.addLayer(clusters);
    var n = data.points.reduce(function (s, p) { return s + p.n; }, 0);
    status.textContent = n + " located event(s) at " + data.points.length + " place/type point(s)" +
      (data.truncated ? " (the busiest points only)" : "") + ". Click a cluster to zoom, a point for its events.";
    var un = document.getElementById("map-unlocated");
    un.textContent = data.unlocated + " matching event(s) have no location and are not on the map.";
    un.dataset.count = String(data.unlocated);
    un.hidden = false;
    if (markers.length) { map.fitBounds(clusters.getBounds().pad(0.2), { maxZoom: 6 }); }
  }).catch(function (err) {
    status.textContent = "Could not load the points: " + err.message;
  });
})();
