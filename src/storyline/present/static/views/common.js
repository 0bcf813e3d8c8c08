// Pieces shared by the views. Everything from the API is inserted as text.
import { el } from "../dom.js";
import { fmtDate, fmtDay } from "../api.js";
import { href } from "../route.js";
import { eventColor, entityColor } from "../colors.js";

export const eventHref = (id) => "#/event/" + encodeURIComponent(id);
export const entityHref = (id) => "#/entity/" + encodeURIComponent(id);
export const docHref = (id, sent) => "#/doc/" + encodeURIComponent(id) + (sent !== undefined && sent !== null ? "?s=" + sent : "");

export function typeBadge(type, kind = "event") {
  const b = el("span", { class: "badge", title: kind === "event" ? "event type" : "entity type" }, type);
  b.style.setProperty("--c", kind === "event" ? eventColor(type) : entityColor(type));
  return b;
}

// What the sources, taken together, say of whether an event took place (model.Status).
export const STATUSES = {
  HAPPENED: { label: "happened", note: "reported as fact" },
  DISPUTED: { label: "disputed", note: "reported as fact by some sources, denied by others" },
  PLANNED: { label: "planned", note: "only reported as coming: not known to have happened" },
  POSSIBLE: { label: "possible", note: "only reported as possible, demanded, conditional or asked about: not a fact" },
  NOT_HAPPENED: { label: "did not happen", note: "only reported as not having happened" },
};

export function statusBadge(status) {
  const s = STATUSES[status] || { label: String(status || "unknown").toLowerCase(), note: "" };
  return el("span", { class: "status status-" + String(status).toLowerCase(), title: s.note }, s.label);
}

/** The label as the UI shows it: a non-fact is never shown as a plain statement. */
export function eventTitle(ev) {
  return ev.status && ev.status !== "HAPPENED" ? `${ev.label} (${(STATUSES[ev.status] || {}).label || ev.status})` : ev.label;
}

export function stanceBadge(stance) {
  return el("span", { class: "stance stance-" + String(stance).toLowerCase() }, stance);
}

export function entityLink(id, name, type) {
  const a = el("a", { href: entityHref(id), class: "entity-link" }, name);
  if (type) {
    const dot = el("span", { class: "dot", "aria-hidden": "true" });
    dot.style.setProperty("--c", entityColor(type));
    a.prepend(dot);
  }
  return a;
}

/** How much an event matters in the story (resolve/salience.py), 0–100, as a small meter. */
export function salienceMeter(s) {
  const pct = Math.round((s || 0) * 100);
  const m = el("span", { class: "sal-meter", title: `importance ${pct}/100: outlets reporting it, for how long, how central its people are, its type`, "aria-label": `importance ${pct} of 100` });
  m.style.setProperty("--w", `${pct}%`);
  return m;
}

/** One event as a list row: date, importance, type, label (link), participants, document count. */
export function eventRow(ev, { participants = true } = {}) {
  return el("li", { class: "event-row" },
    el("span", { class: "when" }, fmtDate(ev.date)),
    ev.salience !== undefined ? salienceMeter(ev.salience) : null,
    typeBadge(ev.type),
    ev.status ? statusBadge(ev.status) : null,
    el("a", { href: eventHref(ev.id), class: "event-label" }, ev.label),
    participants && ev.participants && ev.participants.length
      ? el("span", { class: "who muted" }, " — ", ev.participants.map((p) => p.name).join(", "))
      : null,
    ev.documents ? el("span", { class: "muted small" }, ` · ${ev.documents} doc${ev.documents === 1 ? "" : "s"}`) : null);
}

export function eventList(events, opts) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  return el("ol", { class: "event-list" }, events.map((e) => eventRow(e, opts)));
}

/**
 * Text with highlighted ranges, built from text nodes and <mark> elements only.
 * ranges: [{start, end, kind}] relative to text; overlaps are split into segments.
 */
export function highlighted(text, ranges) {
  const n = text.length;
  const rs = (ranges || [])
    .map((r) => ({ start: Math.max(0, Math.min(n, r.start)), end: Math.max(0, Math.min(n, r.end)), kind: r.kind }))
    .filter((r) => r.end > r.start);
  const cuts = new Set([0, n]);
  rs.forEach((r) => { cuts.add(r.start); cuts.add(r.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const kinds = [...new Set(rs.filter((r) => r.start <= a && r.end >= b).map((r) => r.kind))];
    if (!kinds.length) frag.append(document.createTextNode(piece));
    else frag.append(el("mark", { class: kinds.map((k) => "hl-" + k).join(" "), title: kinds.join(", ") }, piece));
  }
  return frag;
}

/** Ranges where any of the query's words occur (case-insensitive), for search results. */
export function wordRanges(text, q) {
  const words = (q.match(/[\p{L}\p{N}_]+/gu) || []).map((w) => w.toLowerCase());
  const low = text.toLowerCase();
  const out = [];
  for (const w of words) {
    let i = 0;
    while ((i = low.indexOf(w, i)) >= 0) { out.push({ start: i, end: i + w.length, kind: "match" }); i += w.length; }
  }
  return out;
}

export function docMeta(d) {
  return el("span", { class: "docmeta" },
    el("strong", { class: "outlet" }, d.outlet || "unknown outlet"),
    d.published ? el("span", { class: "muted" }, " · " + fmtDay(d.published)) : el("span", { class: "muted" }, " · undated"));
}

/** Previous / next links for a paginated list whose offset lives in the URL. */
/** A page's total for display: "1,000+" when the store stopped counting there (a common word). */
export function totalText(page) {
  return page.total.toLocaleString() + (page.total_is_estimate ? "+" : "");
}

export function pager(path, params, page) {
  const { total, limit, offset } = page;
  if (total <= limit) return null;
  const base = Object.fromEntries(params.entries());
  const prev = offset > 0 ? el("a", { href: href(path, { ...base, offset: Math.max(0, offset - limit) }) }, "← previous") : null;
  const next = offset + limit < total ? el("a", { href: href(path, { ...base, offset: offset + limit }) }, "next →") : null;
  return el("nav", { class: "pager" }, prev, el("span", { class: "muted" }, ` ${offset + 1}–${Math.min(total, offset + limit)} of ${totalText(page)} `), next);
}

export function section(title, ...children) {
  return el("section", { class: "card" }, el("h2", {}, title), ...children);
}

/** A document's source: a link only when it is an http(s) URL, otherwise plain text. */
export function safeLink(source) {
  const s = String(source || "");
  if (/^https?:\/\//i.test(s)) return el("a", { href: s, rel: "noopener noreferrer", target: "_blank" }, s);
  return el("span", { class: "muted" }, s);
}
