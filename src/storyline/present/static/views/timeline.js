// Timeline: events on a zoomable axis (vis-timeline), coloured by type, with filters in the URL.
import { el, clear } from "../dom.js";
import { api, loadScript, loadCSS, fmtDate, plural } from "../api.js";
import { href } from "../route.js";
import { eventColor } from "../colors.js";
import { typeBadge, eventList, eventHref, eventTitle, STATUSES } from "./common.js";

let timeline = null;

function localDay(iso, plusDays = 0) {
  const [y, m, d] = iso.split("-").map((x) => parseInt(x, 10));
  return new Date(y, (m || 1) - 1, (d || 1) + plusDays);
}

function itemContent(ev) {
  // An element, not a string: vis-timeline would parse a string as HTML.
  const title = eventTitle(ev);
  const div = el("div", { class: "tl-item", title: `${title}\n${fmtDate(ev.date)} · ${ev.type}` }, title);
  return div;
}

// The default shows what the sources report as fact (or dispute); the rest only when asked.
function statusSelect(current) {
  const options = [["", "happened or disputed"], ...Object.entries(STATUSES).map(([k, v]) => [k, v.label]), ["all", "any status"]];
  return el("label", {}, "Status",
    el("select", { name: "status" }, options.map(([value, label]) => {
      const opt = el("option", { value }, label);
      if (value === current) opt.selected = true;
      return opt;
    })));
}

export function unmount() {
  if (timeline) { timeline.destroy(); timeline = null; }
}

export async function render(root, params) {
  loadCSS("/static/vendor/vis-timeline-graph2d.min.css");
  const f = {
    entity: params.get("entity") || "", type: params.get("type") || "", outlet: params.get("outlet") || "",
    from: params.get("from") || "", to: params.get("to") || "", status: params.get("status") || "",
  };
  const [data, stats, ents] = await Promise.all([
    api("timeline", f), api("stats"), api("entities", { limit: 200 }), loadScript("/static/vendor/vis-timeline-graph2d.min.js"),
  ]);

  const input = (name, label, attrs = {}) => el("label", {}, label, el("input", { name, value: f[name], ...attrs }));
  const select = (name, label, options) => el("label", {}, label,
    el("select", { name }, el("option", { value: "" }, "all"),
      options.map((o) => { const opt = el("option", { value: o.value }, o.label); if (o.value === f[name]) opt.selected = true; return opt; })));
  const form = el("form", { class: "filters", id: "timeline-filters" },
    input("entity", "Entity", { list: "entity-names", placeholder: "name or id", size: 18 }),
    el("datalist", { id: "entity-names" }, ents.items.map((e) => el("option", { value: e.name }))),
    select("type", "Type", stats.event_types.map((t) => ({ value: t.type, label: `${t.type} (${t.events})` }))),
    select("outlet", "Outlet", stats.outlets.map((o) => ({ value: o.outlet, label: o.outlet }))),
    statusSelect(f.status),
    input("from", "From", { placeholder: "YYYY-MM-DD", size: 10 }),
    input("to", "To", { placeholder: "YYYY-MM-DD", size: 10 }),
    el("button", { type: "submit" }, "Apply"),
    el("a", { href: "#/timeline", class: "reset" }, "Reset"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = href("/timeline", Object.fromEntries(new FormData(form).entries()));
  });
  form.querySelectorAll("select").forEach((s) => s.addEventListener("change", () => form.requestSubmit()));

  const types = [...new Set(data.dated.concat(data.undated).map((e) => e.type))].sort();
  const legend = el("div", { class: "legend", "aria-label": "Event types" }, types.map((t) => typeBadge(t)));
  const title = data.entity ? `Timeline: ${data.entity.name}` : "Timeline";
  const box = el("div", { id: "timeline", class: "timeline-box" });
  clear(root,
    el("h1", {}, title),
    form,
    el("p", { class: "muted" }, `${plural(data.dated.length, "dated event")} on the axis, ${plural(data.undated.length, "undated event")} listed below. Scroll to zoom, drag to move, click an event to open it.`),
    legend,
    box,
    el("section", { class: "card", id: "undated" },
      el("h2", {}, `Undated events (${data.undated.length})`),
      el("p", { class: "muted small" }, "The articles give no date these can be placed on."),
      eventList(data.undated)));

  unmount();
  if (!data.dated.length) {
    box.append(el("p", { class: "muted empty" }, "No dated events match these filters."));
    return;
  }
  const items = data.dated.map((ev) => {
    const c = eventColor(ev.type);
    const range = ev.day_end > ev.day_start;
    return {
      id: ev.id, content: itemContent(ev), start: localDay(ev.day_start),
      end: range ? localDay(ev.day_end, 1) : undefined, type: range ? "range" : "box",
      className: "type-" + ev.type + " status-" + String(ev.status).toLowerCase(), style: `background-color:${c}22;border-color:${c};`,
    };
  });
  timeline = new window.vis.Timeline(box, new window.vis.DataSet(items), {
    stack: true, zoomable: true, zoomKey: "", horizontalScroll: false, selectable: true,
    orientation: { axis: "both", item: "top" }, margin: { item: 6 }, maxHeight: 560, minHeight: 220,
    tooltip: { followMouse: false }, showCurrentTime: false, zoomMin: 1000 * 60 * 60 * 24 * 2,
  });
  timeline.on("select", (props) => {
    if (props.items && props.items.length) location.hash = eventHref(props.items[0]);
  });
}
