// Network: the most important entities as nodes (sized by importance: the summed salience of
// their events; coloured by type), shared events as edges. A slider sets how many entities are
// drawn (#/network?n=80). Clicking a node focuses its neighbourhood and lists its key events;
// clicking an edge pages the events the pair share. The focus is kept in the URL.
import { el, clear } from "../dom.js";
import { api, loadScript, plural } from "../api.js";
import { replaceParams, href } from "../route.js";
import { entityColor, ENTITY_COLORS } from "../colors.js";
import { entityLink, eventList, typeBadge } from "./common.js";

const DEFAULT_NODES = 40;
const LABELLED = 25; // names written under the most important nodes; the rest on hover or zoom
const MAX_NODES = 200; // like every list: at most 200 drawn at once
const PANEL_EVENTS = 50;
let cy = null;
let panel = null;
let around = "";
let shown = DEFAULT_NODES;

export function unmount() {
  if (cy) { cy.destroy(); cy = null; window.storylineCy = undefined; }
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
  const evs = await api("events", { entity: d.id, sort: "salience", limit: PANEL_EVENTS });
  if (!cy || cy.getElementById(id).empty() || !node.hasClass("focus")) return;
  clear(panel,
    el("h2", {}, entityLink(d.id, d.name, d.type)),
    el("p", {}, typeBadge(d.type, "entity"), " ", plural(evs.total, "event"), ", ", plural(node.neighborhood("node").length, "connection"), " shown",
      evs.total > evs.items.length ? el("span", { class: "muted small" }, ` · the ${evs.items.length} most important listed`) : null),
    el("p", { class: "small" },
      el("a", { href: href("/timeline", { entity: d.id }) }, "Timeline"), " · ",
      el("a", { href: "#/entity/" + encodeURIComponent(d.id) }, "Entity page"), " · ",
      el("a", { href: href("/network", { around: d.id, focus: d.id, n: shown }) }, "Only their circle")),
    el("h3", {}, "Events"),
    eventList(evs.items, { participants: true }));
  panel.dataset.focus = d.id;
}

async function showEdge(edge, offset = 0) {
  cy.elements().removeClass("faded focus");
  cy.elements().not(edge.connectedNodes().union(edge)).addClass("faded");
  edge.addClass("focus");
  const [s, t] = [edge.source().data(), edge.target().data()];
  const head = el("h2", {}, entityLink(s.id, s.name, s.type), " & ", entityLink(t.id, t.name, t.type));
  clear(panel, head, el("p", { class: "muted" }, "Loading their events…"));
  panel.dataset.focus = "";
  panel.dataset.pair = "";
  const page = await api("events", { entity: [s.id, t.id], limit: PANEL_EVENTS, offset });
  if (!cy || !edge.hasClass("focus")) return;
  const more = (o, text) => el("a", { href: "#", onclick: (e) => { e.preventDefault(); showEdge(edge, o); } }, text);
  clear(panel, head,
    el("p", { class: "muted" }, `${plural(page.total, "shared event")}, in date order`),
    eventList(page.items),
    page.total > PANEL_EVENTS ? el("nav", { class: "pager" },
      offset > 0 ? more(Math.max(0, offset - PANEL_EVENTS), "← previous") : null,
      el("span", { class: "muted" }, ` ${offset + 1}–${Math.min(page.total, offset + PANEL_EVENTS)} of ${page.total} `),
      offset + PANEL_EVENTS < page.total ? more(offset + PANEL_EVENTS, "next →") : null) : null);
  panel.dataset.pair = `${s.id}|${t.id}`;
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
  if (nodesWanted(params) !== shown) return false;
  applyParams(params);
  return true;
}

function nodesWanted(params) {
  const n = parseInt(params.get("n") || "", 10);
  return Number.isFinite(n) ? Math.max(5, Math.min(MAX_NODES, n)) : DEFAULT_NODES;
}

export async function render(root, params) {
  around = params.get("around") || "";
  shown = nodesWanted(params);
  const [g] = await Promise.all([
    api("graph", { limit: shown, ...(around ? { entity: around, depth: 2 } : {}) }), loadScript("/static/vendor/cytoscape.min.js"),
  ]);
  const nodes = g.nodes;
  const edges = g.edges;
  const maxW = Math.max(0.001, ...nodes.map((n) => n.importance || 0));
  const labelled = new Set(nodes.slice().sort((a, b) => (b.importance || 0) - (a.importance || 0)).slice(0, LABELLED).map((n) => n.id));
  const maxShared = Math.max(1, ...edges.map((e) => e.shared || e.events.length));
  const top = Math.max(5, Math.min(MAX_NODES, g.total_nodes));
  const slider = el("input", { type: "range", id: "net-size", min: 5, max: top, step: 1, value: Math.min(shown, top), "aria-label": "Entities shown" });
  const count = el("output", { for: "net-size", id: "net-size-value" }, String(Math.min(shown, top)));
  slider.addEventListener("input", () => { count.textContent = slider.value; });
  slider.addEventListener("change", () => { location.hash = href("/network", { around, n: slider.value }); });
  const controls = el("div", { class: "net-controls" },
    el("label", {}, "Entities shown ", slider, " ", count, el("span", { class: "muted small" }, ` of ${g.total_nodes.toLocaleString()}, most important first`)));

  const focusForm = el("form", { class: "filters" },
    el("label", {}, "Find ", el("input", { name: "find", list: "net-names", placeholder: "entity name", size: 22 })),
    el("datalist", { id: "net-names" }, nodes.map((n) => el("option", { value: n.name }))),
    el("button", { type: "submit" }, "Focus"),
    around ? el("a", { href: href("/network", { n: shown }), class: "reset" }, "Whole network") : null);
  focusForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const name = new FormData(focusForm).get("find").trim().toLowerCase();
    const hit = nodes.find((n) => n.name.toLowerCase() === name) || nodes.find((n) => n.name.toLowerCase().includes(name));
    if (hit) { replaceParams("/network", { around, n: shown, focus: hit.id }); showNode(hit.id); cy.animate({ center: { eles: cy.getElementById(hit.id) } }, { duration: 300 }); }
  });

  const box = el("div", { id: "cy", class: "cy-box", "aria-label": "Entity network" });
  panel = el("aside", { class: "card side", id: "network-panel", "aria-live": "polite" });
  clear(root,
    el("h1", {}, around ? "Network around " + (g.nodes.find((n) => n.id === around) || { name: around }).name : "Network"),
    focusForm,
    controls,
    el("p", { class: "muted" }, `${plural(nodes.length, "entity", "entities")}, ${plural(edges.length, "link")}. Node size = importance (how salient their events are); a link = at least one shared event.`),
    el("div", { class: "net-layout" }, box, panel));

  unmount();
  if (!nodes.length) { clear(panel, el("p", { class: "muted" }, "No entities share an event yet.")); return; }
  cy = window.cytoscape({
    container: box,
    elements: [
      ...nodes.map((n) => ({ data: { id: n.id, name: n.name, type: n.type, n_events: n.n_events, importance: n.importance || 0,
        size: 10 + 34 * Math.sqrt((n.importance || 0) / maxW), color: entityColor(n.type), label: labelled.has(n.id) ? n.name : "" } })),
      ...edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target,
        shared: e.shared || e.events.length, width: Math.min(10, 0.5 + Math.log2(1 + (e.shared || e.events.length))),
        alpha: 0.1 + 0.7 * Math.sqrt((e.shared || e.events.length) / maxShared) } })),
    ],
    style: [
      { selector: "node", style: { "background-color": "data(color)", width: "data(size)", height: "data(size)",
        label: "data(label)", "font-size": 11, "min-zoomed-font-size": 7, "font-family": "system-ui, sans-serif", color: "#1f2937",
        "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#9aa5b1", "curve-style": "haystack", opacity: "data(alpha)" } },
      { selector: "node.focus, node:selected, node:active", style: { label: "data(name)" } },
      { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0.15 } },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#111827", "font-weight": "bold" } },
      { selector: "edge.focus", style: { "line-color": "#111827", opacity: 1 } },
    ],
    // force layout while it stays quick and readable; beyond, rings by importance (centre = most)
    layout: nodes.length <= 30
      ? { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 }
      : { name: "concentric", concentric: (n) => n.data("importance"), levelWidth: () => maxW / 6, minNodeSpacing: 6, animate: false, padding: 20 },
    minZoom: 0.1, maxZoom: 4,
  });
  window.storylineCy = cy; // for tests and the curious
  cy.on("tap", "node", (e) => { replaceParams("/network", { around, n: shown, focus: e.target.id() }); showNode(e.target.id()); });
  cy.on("tap", "edge", (e) => { replaceParams("/network", { around, n: shown, edge: e.target.id() }); showEdge(e.target); });
  cy.on("tap", (e) => { if (e.target === cy) { replaceParams("/network", { around, n: shown }); showNothing(); } });
  applyParams(params);
}
