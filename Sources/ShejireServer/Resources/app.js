// Shejire graph browser: search, neighbourhood graph (d3 3.5 force layout), filters,
// entity details with evidence, and downloads of the current view. No network beyond this server.
(function () {
  "use strict";

  var TYPE_COLOURS = {
    person: "#1f77b4", organisation: "#ff7f0e", place: "#2ca02c",
    event: "#9467bd", position: "#8c564b", date: "#7f7f7f"
  };
  function colour(type) { return TYPE_COLOURS[type] || "#17becf"; }

  // The current view: nodes and links by id/key, and which types and predicates are hidden.
  var state = { nodes: {}, links: {}, center: null, selected: null, hiddenTypes: {}, hiddenPredicates: {} };

  var svg = d3.select("#graph");
  var defs = svg.append("defs");
  defs.append("marker").attr("id", "arrow").attr("viewBox", "0 -5 10 10").attr("refX", 18).attr("refY", 0)
    .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", "#999");
  var canvas = svg.append("g").attr("class", "canvas");
  var linkLayer = canvas.append("g").attr("class", "links");
  var labelLayer = canvas.append("g").attr("class", "link-labels");
  var nodeLayer = canvas.append("g").attr("class", "nodes");
  var zoom = d3.behavior.zoom().scaleExtent([0.1, 8]).on("zoom", function () {
    canvas.attr("transform", "translate(" + d3.event.translate + ")scale(" + d3.event.scale + ")");
  });
  svg.call(zoom).on("dblclick.zoom", null);
  var force = d3.layout.force().charge(-900).linkDistance(170).gravity(0.05);

  function setStatus(stateName, text) {
    var visible = visibleGraph();
    d3.select("#status").attr("data-state", stateName)
      .attr("data-nodes", visible.nodes.length).attr("data-edges", visible.links.length)
      .text(text || (visible.nodes.length + " entities, " + visible.links.length + " relations"));
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { throw new Error(body && body.error ? body.error.message : response.statusText); }
        return body;
      });
    });
  }

  function escapeHTML(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // ---- search ----
  function search(text) {
    setStatus("loading", "searching…");
    return getJSON("entities?limit=20&q=" + encodeURIComponent(text)).then(function (body) {
      var items = d3.select("#results").selectAll("li").data(body.results, function (d) { return d.id; });
      items.enter().append("li");
      items.exit().remove();
      items.html(function (d) {
        return escapeHTML(d.name) + ' <span class="type" style="background:' + colour(d.type) + '">' + escapeHTML(d.type) + "</span>";
      }).attr("data-id", function (d) { return d.id; }).on("click", function (d) { open(d.id, true); });
      if (body.results.length === 0) { setStatus("ready", "nothing found for “" + text + "”"); return null; }
      return open(body.results[0].id, true);
    }).catch(function (error) { setStatus("error", String(error.message || error)); });
  }

  // ---- graph data ----
  function addNeighbourhood(body) {
    body.entities.forEach(function (e) {
      if (!state.nodes[e.id]) {
        state.nodes[e.id] = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, entity: e };
      }
    });
    body.relations.forEach(function (r) {
      if (!state.links[r.key]) { state.links[r.key] = { key: r.key, source: r.subject, target: r.object, predicate: r.predicate, relation: r }; }
    });
  }

  function expand(id) {
    setStatus("loading", "loading neighbours…");
    return getJSON("entities/" + encodeURIComponent(id) + "/neighbors?depth=1").then(function (body) {
      addNeighbourhood(body);
      render();
    });
  }

  function open(id, asCenter) {
    if (asCenter) { state.nodes = {}; state.links = {}; state.center = id; }
    state.selected = id;
    window.history.replaceState(null, "", "#entity=" + encodeURIComponent(id));
    return Promise.all([expand(id), showDetails(id)]).then(function () { setStatus("ready"); })
      .catch(function (error) { setStatus("error", String(error.message || error)); });
  }

  function visibleGraph() {
    var nodes = Object.keys(state.nodes).map(function (k) { return state.nodes[k]; })
      .filter(function (n) { return !state.hiddenTypes[n.type]; });
    var shown = {};
    nodes.forEach(function (n) { shown[n.id] = n; });
    var links = Object.keys(state.links).map(function (k) { return state.links[k]; }).filter(function (l) {
      var s = typeof l.source === "object" ? l.source.id : l.source, t = typeof l.target === "object" ? l.target.id : l.target;
      return shown[s] && shown[t] && !state.hiddenPredicates[l.predicate];
    });
    return { nodes: nodes, links: links, byId: shown };
  }

  // ---- filters ----
  function renderFilters() {
    var types = {}, predicates = {};
    Object.keys(state.nodes).forEach(function (k) { types[state.nodes[k].type] = true; });
    Object.keys(state.links).forEach(function (k) { predicates[state.links[k].predicate] = true; });
    function checkboxes(selector, values, hidden, kind) {
      var labels = d3.select(selector).selectAll("label").data(Object.keys(values).sort(), function (d) { return d; });
      var entered = labels.enter().append("label");
      entered.append("input").attr("type", "checkbox").attr("data-" + kind, function (d) { return d; });
      entered.append("span");
      labels.exit().remove();
      labels.order();
      labels.select("input").property("checked", function (d) { return !hidden[d]; }).on("change", function (d) {
        hidden[d] = !this.checked;
        render();
        setStatus("ready");
      });
      labels.select("span").html(function (d) {
        return kind === "type" ? ' <i style="display:inline-block;width:9px;height:9px;border-radius:5px;background:' + colour(d) + '"></i> ' + escapeHTML(d) : " " + escapeHTML(d.replace(/_/g, " "));
      });
    }
    checkboxes("#type-filters", types, state.hiddenTypes, "type");
    checkboxes("#predicate-filters", predicates, state.hiddenPredicates, "predicate");
    var legend = d3.select("#legend").selectAll("span").data(Object.keys(types).sort(), function (d) { return d; });
    legend.enter().append("span");
    legend.exit().remove();
    legend.order().html(function (d) { return '<i style="background:' + colour(d) + '"></i>' + escapeHTML(d); });
  }

  // ---- drawing ----
  function render() {
    renderFilters();
    var view = visibleGraph();
    var box = svg.node().getBoundingClientRect();
    var width = box.width || 800, height = box.height || 600;
    view.links.forEach(function (l) {
      if (typeof l.source !== "object") { l.source = state.nodes[l.source]; }
      if (typeof l.target !== "object") { l.target = state.nodes[l.target]; }
    });
    view.nodes.forEach(function (n, i) {
      if (n.x === undefined) {
        var angle = 2 * Math.PI * i / Math.max(1, view.nodes.length);
        n.x = width / 2 + 120 * Math.cos(angle); n.y = height / 2 + 120 * Math.sin(angle);
      }
    });
    force.size([width, height]).nodes(view.nodes).links(view.links);
    // Lay out synchronously so the drawing is final at once (and in headless browsers).
    force.start();
    for (var i = 0; i < 250; i++) { force.tick(); }
    force.stop();

    var links = linkLayer.selectAll("line.link").data(view.links, function (d) { return d.key; });
    links.enter().append("line").attr("class", "link").attr("marker-end", "url(#arrow)")
      .append("title");
    links.exit().remove();
    links.attr("data-source", function (d) { return d.source.id; })
      .attr("data-target", function (d) { return d.target.id; })
      .attr("data-predicate", function (d) { return d.predicate; })
      .attr("stroke-width", function (d) { return 1 + Math.min(4, (d.relation.evidence_count || 1) - 1); });
    links.select("title").text(function (d) { return d.source.name + " — " + d.predicate.replace(/_/g, " ") + " — " + d.target.name; });

    var labels = labelLayer.selectAll("text.link-label").data(view.links, function (d) { return d.key; });
    labels.enter().append("text").attr("class", "link-label").attr("text-anchor", "middle");
    labels.exit().remove();
    labels.text(function (d) { return d.predicate.replace(/_/g, " "); });

    var nodes = nodeLayer.selectAll("g.node").data(view.nodes, function (d) { return d.id; });
    var entered = nodes.enter().append("g").attr("class", "node");
    entered.append("circle");
    entered.append("text").attr("dx", 12).attr("dy", 4);
    entered.append("title");
    nodes.exit().remove();
    nodes.attr("data-id", function (d) { return d.id; }).attr("data-type", function (d) { return d.type; })
      .classed("center", function (d) { return d.id === state.center; })
      .classed("selected", function (d) { return d.id === state.selected; })
      .on("click", function (d) {
        if (d3.event.defaultPrevented) { return; }
        state.selected = d.id;
        Promise.all([expand(d.id), showDetails(d.id)]).then(function () { setStatus("ready"); })
          .catch(function (error) { setStatus("error", String(error.message || error)); });
      })
      .call(d3.behavior.drag().origin(function (d) { return d; }).on("dragstart", function () {
        d3.event.sourceEvent.stopPropagation();
      }).on("drag", function (d) {
        d.x = d3.event.x; d.y = d3.event.y; d.px = d.x; d.py = d.y; d.fixed = true;
        position();
      }));
    nodes.select("circle").attr("r", function (d) { return d.id === state.center ? 11 : 8; }).attr("fill", function (d) { return colour(d.type); });
    nodes.select("text").text(function (d) { return d.name; });
    nodes.select("title").text(function (d) { return d.name + " (" + d.type + ")" + (d.aliases && d.aliases.length ? "\nalso: " + d.aliases.slice(0, 6).join("; ") : ""); });
    position();
  }

  function position() {
    linkLayer.selectAll("line.link").attr("x1", function (d) { return d.source.x; }).attr("y1", function (d) { return d.source.y; })
      .attr("x2", function (d) { return d.target.x; }).attr("y2", function (d) { return d.target.y; });
    labelLayer.selectAll("text.link-label").attr("x", function (d) { return (d.source.x + d.target.x) / 2; })
      .attr("y", function (d) { return (d.source.y + d.target.y) / 2 - 3; });
    nodeLayer.selectAll("g.node").attr("transform", function (d) { return "translate(" + d.x + "," + d.y + ")"; });
  }

  // ---- details panel ----
  function highlight(sentence, mentions, focus) {
    // Offsets are Unicode code points; index by code point, not UTF-16 unit.
    var chars = Array.from(sentence), out = "", at = 0;
    (mentions || []).slice().sort(function (a, b) { return a.start - b.start; }).forEach(function (m) {
      if (m.start < at || m.end > chars.length) { return; }
      out += escapeHTML(chars.slice(at, m.start).join(""));
      out += '<mark class="' + (m.entity === focus ? "focus" : "other") + '" data-entity="' + escapeHTML(m.entity) + '">' +
        escapeHTML(chars.slice(m.start, m.end).join("")) + "</mark>";
      at = m.end;
    });
    return out + escapeHTML(chars.slice(at).join(""));
  }

  function showDetails(id) {
    return getJSON("entities/" + encodeURIComponent(id) + "?evidence=3").then(function (body) {
      var e = body.entity, html = "";
      html += "<h1>" + escapeHTML(e.name) + "</h1>";
      html += '<span class="type-tag" style="background:' + colour(e.type) + '">' + escapeHTML(e.type) + '</span> <span class="id">' + escapeHTML(e.id) + "</span>";
      html += "<p>" + e.mention_count + " mention(s) in " + e.document_count + " document(s)</p>";
      if (e.aliases.length) { html += "<h2>Aliases</h2><ul class=\"aliases\">" + e.aliases.map(function (a) { return "<li>" + escapeHTML(a) + "</li>"; }).join("") + "</ul>"; }
      var ids = Object.keys(e.external_ids);
      if (ids.length) { html += "<h2>External ids</h2><ul>" + ids.map(function (k) { return "<li>" + escapeHTML(k) + ": " + escapeHTML(e.external_ids[k]) + "</li>"; }).join("") + "</ul>"; }
      html += "<h2>Relations and evidence</h2>";
      body.relations.forEach(function (r) {
        html += '<div class="relation"><strong>' + escapeHTML(r.subject_name) + "</strong> " + escapeHTML(r.predicate.replace(/_/g, " ")) +
          " <strong>" + escapeHTML(r.object_name) + "</strong>";
        var q = Object.keys(r.qualifiers || {});
        if (q.length) { html += " <em>(" + q.map(function (k) { return escapeHTML(k + ": " + r.qualifiers[k]); }).join(", ") + ")</em>"; }
        (r.evidence || []).forEach(function (ev) {
          html += '<div class="evidence">' + highlight(ev.sentence, ev.mentions, e.id) +
            '<span class="source">' + escapeHTML(ev.document) + (ev.date ? " · " + escapeHTML(ev.date) : "") + " · " + escapeHTML(ev.rule) + "</span></div>";
        });
        html += "</div>";
      });
      if (body.truncated) { html += '<p class="hint">More relations exist; the list was cut.</p>'; }
      d3.select("#details").html(html);
    });
  }

  // ---- downloads of the current view ----
  function download(name, type, text) {
    var blob = new Blob([text], { type: type });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function xml(text) {
    return String(text).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }

  function viewAsGraphML() {
    var view = visibleGraph(), out = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' +
      '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n' +
      '  <key id="type" for="node" attr.name="type" attr.type="string"/>\n' +
      '  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>\n' +
      '  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>\n' +
      '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>\n' +
      '  <graph id="view" edgedefault="directed">\n';
    view.nodes.forEach(function (n) {
      out += '    <node id="' + xml(n.id) + '"><data key="label">' + xml(n.name) + '</data><data key="type">' + xml(n.type) +
        '</data><data key="aliases">' + xml((n.aliases || []).join(" | ")) + "</data></node>\n";
    });
    view.links.forEach(function (l) {
      out += '    <edge id="' + xml(l.key) + '" source="' + xml(l.source.id) + '" target="' + xml(l.target.id) + '"><data key="predicate">' +
        xml(l.predicate) + '</data><data key="confidence">' + l.relation.confidence + "</data></edge>\n";
    });
    return out + "  </graph>\n</graphml>\n";
  }

  function viewAsJSON() {
    var view = visibleGraph();
    return JSON.stringify({
      directed: true, multigraph: true, graph: { center: state.center },
      nodes: view.nodes.map(function (n) { return { id: n.id, label: n.name, type: n.type, aliases: n.aliases || [] }; }),
      edges: view.links.map(function (l) {
        return { key: l.key, source: l.source.id, target: l.target.id, predicate: l.predicate, confidence: l.relation.confidence, qualifiers: l.relation.qualifiers };
      })
    }, null, 2);
  }

  d3.select("#download-graphml").on("click", function () { download("shejire-view.graphml", "application/xml", viewAsGraphML()); });
  d3.select("#download-json").on("click", function () { download("shejire-view.json", "application/json", viewAsJSON()); });
  d3.select("#clear").on("click", function () {
    state.nodes = {}; state.links = {}; state.center = null; state.selected = null;
    render(); d3.select("#details").html('<p class="hint">Search for an entity to begin.</p>'); setStatus("idle", "");
  });
  d3.select("#search-form").on("submit", function () {
    d3.event.preventDefault();
    var text = document.getElementById("search").value.trim();
    if (text) { search(text); }
  });
  window.addEventListener("resize", function () { if (Object.keys(state.nodes).length) { render(); } });

  // Deep links: #q=NAME searches, #entity=ID opens an entity (the reconciliation manifest's view URL).
  window.shejire = { state: state, viewAsGraphML: viewAsGraphML, viewAsJSON: viewAsJSON, search: search, open: open };
  var hash = window.location.hash.replace(/^#/, "");
  var params = {};
  hash.split("&").forEach(function (part) {
    var i = part.indexOf("=");
    if (i > 0) { params[part.slice(0, i)] = decodeURIComponent(part.slice(i + 1).replace(/\+/g, " ")); }
  });
  if (params.q) { document.getElementById("search").value = params.q; search(params.q); }
  else if (params.entity) { open(params.entity, true); }
})();
