// Timeline: the story's key events on a zoomable axis (vis-timeline). It opens on the densest
// period with its most salient events; moving or zooming asks the API for the key events of the
// new window, so zooming in reveals the lesser ones. Items are sized and shaded by salience.
// Events dated only to a month or a year are points on a lane of their own (a year-long bar
// would dominate the view). Undated events are counted, searchable and paged below.
import { el, clear } from "../dom.js";
import { api, loadScript, loadCSS, fmtDate, fmtDay, plural } from "../api.js";
import { href } from "../route.js";
import { eventColor } from "../colors.js";
import { typeBadge, eventList, eventHref, eventTitle, STATUSES } from "./common.js";

const SHOWN = 200; // items on the axis at once, the most salient of the window
const UNDATED_PAGE = 20;
let timeline = null;
let reload = null;

function localDay(iso, plusDays = 0) {
  const [y, m, d] = iso.split("-").map((x) => parseInt(x, 10));
  return new Date(y, (m || 1) - 1, (d || 1) + plusDays);
}

function isoDay(date) {
  const p = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

/** Four bands of salience among the events in view (quartiles): the class sizes and shades
 * the item (app.css .sal-1 … .sal-4), so the key events of any window stand out. */
function bander(events) {
  const s = events.map((e) => e.salience || 0).sort((a, b) => a - b);
  const q = [0.25, 0.5, 0.75].map((p) => s[Math.floor(p * (s.length - 1))] || 0);
  return (x) => 1 + q.filter((t) => (x || 0) > t).length;
}

function itemContent(ev) {
  // An element, not a string: vis-timeline would parse a string as HTML.
  const title = eventTitle(ev);
  return el("div", { class: "tl-item", title: `${title}\n${fmtDate(ev.date)} · ${ev.type} · ${plural(ev.documents, "article")} · importance ${Math.round(ev.salience * 100)}` }, title);
}

const VAGUE = new Set(["month", "year", "span"]);

function toItem(ev, band, named) {
  const c = eventColor(ev.type);
  const cls = `type-${ev.type} status-${String(ev.status).toLowerCase()} sal-${band}`;
  if (VAGUE.has(ev.precision)) {
    // a point in the middle of the month or year it names, on the lane of vague dates; only the
    // most salient few are named, the rest are dots named on hover, so the lane stays low
    const lo = localDay(ev.day_start).getTime(), hi = localDay(ev.day_end || ev.day_start, 1).getTime();
    const content = named ? itemContent(ev) : el("span", { class: "tl-dot-label" });
    return { id: ev.id, group: "vague", type: "point", start: new Date((lo + hi) / 2), content,
      title: el("div", {}, `${eventTitle(ev)} · ${fmtDate(ev.date)} · ${plural(ev.documents, "article")}`),
      className: cls + " vague", style: `border-color:${c};color:${c};` };
  }
  const range = ev.day_end && ev.day_end > ev.day_start;
  return { id: ev.id, group: "exact", content: itemContent(ev), start: localDay(ev.day_start),
    end: range ? localDay(ev.day_end, 1) : undefined, type: range ? "range" : "box",
    className: cls, style: `background-color:${c}${["22", "33", "55", "88"][band - 1]};border-color:${c};` };
}

const NAMED_VAGUE = 12; // vaguely dated events named on their lane; the others are dots

function toItems(events) {
  const band = bander(events);
  const vague = events.filter((ev) => VAGUE.has(ev.precision)).sort((a, b) => (b.salience || 0) - (a.salience || 0));
  const named = new Set(vague.slice(0, NAMED_VAGUE).map((ev) => ev.id));
  return events.map((ev) => toItem(ev, band(ev.salience), named.has(ev.id)));
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

/** Events per month as bars; the densest period marked; a click zooms the axis to that month. */
function densityStrip(density, onMonth) {
  if (!density.months.length) return null;
  const max = Math.max(...density.months.map((m) => m.events));
  const w = density.window || {};
  const bars = monthsFilled(density.months).map((m) => {
    const inside = w.from && m.month >= w.from && m.month <= w.to;
    const bar = el("button", { type: "button", class: "bar" + (inside ? " dense" : ""), title: `${fmtDay(m.month)}: ${plural(m.events, "event")}`,
      "aria-label": `${fmtDay(m.month)}: ${plural(m.events, "event")}`, dataset: { month: m.month } });
    bar.style.height = `${Math.max(m.events ? 2 : 0, Math.round((40 * m.events) / max))}px`;
    bar.addEventListener("click", () => onMonth(m.month));
    return bar;
  });
  return el("div", { class: "density", id: "density", "aria-label": "Dated events per month" }, bars);
}

/** Empty months between busy ones get an empty bar, so the strip is to scale (up to 50 years). */
function monthsFilled(months) {
  const idx = (m) => parseInt(m.slice(0, 4), 10) * 12 + parseInt(m.slice(5, 7), 10) - 1;
  const first = idx(months[0].month), last = idx(months[months.length - 1].month);
  if (last - first > 600) return months;
  const have = new Map(months.map((m) => [idx(m.month), m.events]));
  const out = [];
  for (let i = first; i <= last; i++) {
    out.push({ month: `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, events: have.get(i) || 0 });
  }
  return out;
}

function note(data) {
  const win = data.from || data.to ? ` between ${fmtDay(data.from) || "the start"} and ${fmtDay(data.to) || "the end"}` : "";
  const shown = data.dated.length;
  return shown < data.dated_total
    ? `The ${plural(shown, "most important event")} of ${data.dated_total.toLocaleString()}${win}. Zoom in to see more; bigger and darker = reported by more outlets, for longer, about central people.`
    : `${plural(shown, "dated event")}${win}. Bigger and darker = more important.`;
}

async function undatedSection(box, f, offset = 0, q = "") {
  const page = await api("events", { ...f, dated: "false", sort: "salience", limit: UNDATED_PAGE, offset, q: [f.q, q].filter(Boolean).join(" ") });
  const form = el("form", { class: "filters inline", role: "search" },
    el("input", { name: "uq", value: q, placeholder: "words, people", size: 24, "aria-label": "Search undated events" }),
    el("button", { type: "submit" }, "Find"));
  form.addEventListener("submit", (e) => { e.preventDefault(); undatedSection(box, f, 0, new FormData(form).get("uq").trim()); });
  const go = (o) => el("a", { href: "#", onclick: (e) => { e.preventDefault(); undatedSection(box, f, o, q); } });
  const nav = page.total > UNDATED_PAGE ? el("nav", { class: "pager" },
    offset > 0 ? Object.assign(go(Math.max(0, offset - UNDATED_PAGE)), { textContent: "← previous" }) : null,
    el("span", { class: "muted" }, ` ${offset + 1}–${Math.min(page.total, offset + UNDATED_PAGE)} of ${page.total} `),
    offset + UNDATED_PAGE < page.total ? Object.assign(go(offset + UNDATED_PAGE), { textContent: "next →" }) : null) : null;
  clear(box,
    el("h2", {}, `Undated events (${page.total.toLocaleString()}${q ? ` matching “${q}”` : ""})`),
    el("p", { class: "muted small" }, "The articles give no date these can be placed on. Most important first."),
    form, eventList(page.items), nav);
}

export function unmount() {
  if (timeline) { timeline.destroy(); timeline = null; window.storylineTimeline = undefined; }
  if (reload) { clearTimeout(reload); reload = null; }
}

export async function render(root, params) {
  loadCSS("/static/vendor/vis-timeline-graph2d.min.css");
  const f = {
    entity: params.get("entity") || "", type: params.get("type") || "", outlet: params.get("outlet") || "",
    from: params.get("from") || "", to: params.get("to") || "", status: params.get("status") || "", q: params.get("q") || "",
  };
  const filters = { entity: f.entity, type: f.type, outlet: f.outlet, status: f.status, q: f.q };
  const [data, density, stats, ents] = await Promise.all([
    api("timeline", { ...f, limit: SHOWN }), api("timeline/density", filters), api("stats"), api("entities", { limit: 50 }),
    loadScript("/static/vendor/vis-timeline-graph2d.min.js"),
  ]);

  const input = (name, label, attrs = {}) => el("label", {}, label, el("input", { name, value: f[name], ...attrs }));
  const select = (name, label, options) => el("label", {}, label,
    el("select", { name }, el("option", { value: "" }, "all"),
      options.map((o) => { const opt = el("option", { value: o.value }, o.label); if (o.value === f[name]) opt.selected = true; return opt; })));
  const form = el("form", { class: "filters", id: "timeline-filters" },
    input("q", "Words", { placeholder: "e.g. Sessions Kislyak", size: 18, type: "search" }),
    input("entity", "Entity", { list: "entity-names", placeholder: "name or id", size: 16 }),
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

  const types = [...new Set(data.dated.map((e) => e.type))].sort();
  const legend = el("div", { class: "legend", "aria-label": "Event types" }, types.map((t) => typeBadge(t)));
  const title = data.entity ? `Timeline: ${data.entity.name}` : "Timeline";
  const box = el("div", { id: "timeline", class: "timeline-box" });
  const info = el("p", { class: "muted", id: "timeline-note" }, note(data));
  const undated = el("section", { class: "card", id: "undated" });
  const strip = densityStrip(density, (month) => {
    if (timeline) timeline.setWindow(localDay(month + "-01"), localDay(month + "-01", 31));
  });
  clear(root,
    el("h1", {}, title),
    form,
    strip ? el("div", { class: "density-wrap" }, el("span", { class: "muted small" }, "Events per month (the densest period darker; click a month to zoom)"), strip) : null,
    info,
    legend,
    box,
    undated);
  undatedSection(undated, filters);

  unmount();
  if (!data.dated.length) {
    box.append(el("p", { class: "muted empty" }, "No dated events match these filters."));
    return;
  }
  const items = new window.vis.DataSet(toItems(data.dated));
  const groups = new window.vis.DataSet([
    { id: "exact", content: "Dated to the day", order: 1 },
    { id: "vague", content: "Month or year only", order: 2, className: "lane-vague" },
  ]);
  const opts = {
    stack: true, zoomable: true, zoomKey: "", horizontalScroll: false, selectable: true, groupOrder: "order",
    orientation: { axis: "top", item: "top" }, margin: { item: 4 }, maxHeight: 620, minHeight: 260,
    tooltip: { followMouse: false }, showCurrentTime: false, zoomMin: 1000 * 60 * 60 * 24 * 2,
  };
  if (data.from || data.to) {
    // open on the window the API answered for: the densest months, or the one asked
    const lo = data.from ? localDay(data.from) : localDay(data.dated[0].day_start);
    const last = data.to || data.dated[data.dated.length - 1].day_end || data.dated[data.dated.length - 1].day_start;
    const hi = last.length === 10 ? localDay(last, 1) : last.length === 7 ? localDay(last + "-01", 0) : localDay(`${last}-12-31`, 1);
    if (last.length === 7) hi.setMonth(hi.getMonth() + 1);
    opts.start = lo; opts.end = hi;
  }
  timeline = new window.vis.Timeline(box, items, groups, opts);
  window.storylineTimeline = timeline; // for tests and the curious
  timeline.on("select", (props) => {
    if (props.items && props.items.length) location.hash = eventHref(props.items[0]);
  });
  // a moved or zoomed axis asks for the key events of what is now in view
  let asked = 0; // the latest window asked: an older answer arriving late is dropped
  timeline.on("rangechanged", (props) => {
    if (!props.byUser) return;
    if (reload) clearTimeout(reload);
    box.dataset.loading = "1";
    reload = setTimeout(async () => {
      reload = null;
      const mine = ++asked;
      const win = { from: isoDay(props.start), to: isoDay(new Date(props.end.getTime() - 1)) };
      const next = await api("timeline", { ...filters, ...win, limit: SHOWN });
      if (!timeline || mine !== asked) return;
      items.clear();
      items.add(toItems(next.dated));
      info.textContent = note(next);
      box.dataset.window = `${win.from}/${win.to}`;
      if (!reload) delete box.dataset.loading;
    }, 250);
  });
  box.dataset.window = `${data.from || ""}/${data.to || ""}`;
}
