// Network: entities as nodes (sized by events, coloured by type), shared events as edges.
// Clicking a node focuses its neighbourhood and lists its events; clicking an edge lists the
// events behind it. The focus is kept in the URL (#/network?focus=<id>).
import { el, clear } from "../dom.js";
import { api, loadScript, plural } from "../api.js";
import { replaceParams, href } from "../route.js";
import { entityColor, ENTITY_COLORS } from "../colors.js";
import { entityLink, eventList, typeBadge } from "./common.js";

const MAX_NODES = 250;
let cy = null;
let graph = null;
let panel = null;
let around = "";

export function unmount() {
  if (cy) { cy.destroy(); cy = null; window.storylineCy = undefined; }
}

function sortedEvents(ids) {
  const evs = ids.map((id) => graph.events[id]).filter(Boolean);
  return evs.sort((a, b) => String((a.date && a.date.start) || "~").localeCompare(String((b.date && b.date.start) || "~")));
}

async function showNode(id) {
  const node = cy.getElementById(id);
  if (!node.nonempty()) return;
  cy.elements().removeClass("faded focus");
  const hood = node.closedNeighborhood();
  cy.elements().not(hood).addClass("faded");
  node.addClass("focus");
  const d = node.data();
  clear(panel, el("h2", {}, entityLink(d.id, d.name, d.type)), el("p", { class: "muted" }, "Loading events…"));
  const evs = await api("events", { entity: d.id, limit: 200 });
  if (!cy || cy.getElementById(id).empty() || !node.hasClass("focus")) return;
  clear(panel,
    el("h2", {}, entityLink(d.id, d.name, d.type)),
    el("p", {}, typeBadge(d.type, "entity"), " ", plural(evs.total, "event"), ", ", plural(node.neighborhood("node").length, "connection")),
    el("p", { class: "small" },
      el("a", { href: href("/timeline", { entity: d.id }) }, "Timeline"), " · ",
      el("a", { href: "#/entity/" + encodeURIComponent(d.id) }, "Entity page"), " · ",
      el("a", { href: href("/network", { around: d.id, focus: d.id }) }, "Only their circle")),
    el("h3", {}, "Events"),
    eventList(evs.items, { participants: true }));
  panel.dataset.focus = d.id;
}

function showEdge(edge) {
  cy.elements().removeClass("faded focus");
  cy.elements().not(edge.connectedNodes().union(edge)).addClass("faded");
  edge.addClass("focus");
  const [s, t] = [edge.source().data(), edge.target().data()];
  clear(panel,
    el("h2", {}, entityLink(s.id, s.name, s.type), " & ", entityLink(t.id, t.name, t.type)),
    el("p", { class: "muted" }, `${plural(edge.data("events").length, "shared event")}`),
    eventList(sortedEvents(edge.data("events"))));
  panel.dataset.focus = "";
}

function showNothing() {
  cy.elements().removeClass("faded focus");
  clear(panel, el("h2", {}, "Network"),
    el("p", { class: "muted" }, "Click a person or organisation to see their events; click a line to see the events two entities share."),
    el("div", { class: "legend" }, Object.keys(ENTITY_COLORS).filter((t) => cy.nodes(`[type = "${t}"]`).length).map((t) => typeBadge(t, "entity"))));
  panel.dataset.focus = "";
}

function applyParams(params) {
  if (!cy) return;
  const focus = params.get("focus");
  const edge = params.get("edge");
  if (focus && cy.getElementById(focus).nonempty()) showNode(focus);
  else if (edge && cy.getElementById(edge).nonempty()) showEdge(cy.getElementById(edge));
  else showNothing();
}

export function update(params) {
  if ((params.get("around") || "") !== around) return false; // another graph: render again
  applyParams(params);
  return true;
}

export async function render(root, params) {
  around = params.get("around") || "";
  const [g] = await Promise.all([
    api("graph", around ? { entity: around, depth: 2 } : {}), loadScript("/static/vendor/cytoscape.min.js"),
  ]);
  graph = g;
  let nodes = g.nodes;
  let note = null;
  if (nodes.length > MAX_NODES) {
    nodes = nodes.slice().sort((a, b) => b.n_events - a.n_events).slice(0, MAX_NODES);
    note = el("p", { class: "muted small" }, `Showing the ${MAX_NODES} entities with most events out of ${g.nodes.length}. Pick one and use “Only their circle” to see the rest around it.`);
  }
  const keep = new Set(nodes.map((n) => n.id));
  const edges = g.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const maxEv = Math.max(1, ...nodes.map((n) => n.n_events));

  const focusForm = el("form", { class: "filters" },
    el("label", {}, "Find ", el("input", { name: "find", list: "net-names", placeholder: "entity name", size: 22 })),
    el("datalist", { id: "net-names" }, nodes.map((n) => el("option", { value: n.name }))),
    el("button", { type: "submit" }, "Focus"),
    around ? el("a", { href: "#/network", class: "reset" }, "Whole network") : null);
  focusForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const name = new FormData(focusForm).get("find").trim().toLowerCase();
    const hit = nodes.find((n) => n.name.toLowerCase() === name) || nodes.find((n) => n.name.toLowerCase().includes(name));
    if (hit) { replaceParams("/network", { around, focus: hit.id }); showNode(hit.id); cy.animate({ center: { eles: cy.getElementById(hit.id) } }, { duration: 300 }); }
  });

  const box = el("div", { id: "cy", class: "cy-box", "aria-label": "Entity network" });
  panel = el("aside", { class: "card side", id: "network-panel", "aria-live": "polite" });
  clear(root,
    el("h1", {}, around ? "Network around " + (g.nodes.find((n) => n.id === around) || { name: around }).name : "Network"),
    focusForm,
    el("p", { class: "muted" }, `${plural(nodes.length, "entity", "entities")}, ${plural(edges.length, "link")}. Node size = number of events; a link = at least one shared event.`),
    note,
    el("div", { class: "net-layout" }, box, panel));

  unmount();
  if (!nodes.length) { clear(panel, el("p", { class: "muted" }, "No entities share an event yet.")); return; }
  cy = window.cytoscape({
    container: box,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, name: n.name, type: n.type, n_events: n.n_events,
        size: 16 + 44 * Math.sqrt(n.n_events / maxEv), color: entityColor(n.type) } })),
      ...edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target,
        events: e.events, width: Math.min(10, 1 + e.events.length) } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "data(color)", width: "data(size)", height: "data(size)",
        label: "data(name)", "font-size": 11, "font-family": "system-ui, sans-serif", color: "#1f2937",
        "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#9aa5b1", "curve-style": "haystack", opacity: 0.7 } },
      { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.15 } },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
      { selector: "edge.focus", style: { "line-color": "#111827", opacity: 1 } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 },
    minZoom: 0.1, maxZoom: 4,
  });
  window.storylineCy = cy; // for tests and the curious
  cy.on("tap", "node", (e) => { replaceParams("/network", { around, focus: e.target.id() }); showNode(e.target.id()); });
  cy.on("tap", "edge", (e) => { replaceParams("/network", { around, edge: e.target.id() }); showEdge(e.target); });
  cy.on("tap", (e) => { if (e.target === cy) { replaceParams("/network", { around }); showNothing(); } });
  applyParams(params);
}
