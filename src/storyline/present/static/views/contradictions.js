// Where the sources disagree: one card per disagreement, its sides next to each other, each
// side with the facts about who stands behind it and the sentences that say it.
import { el, clear } from "../dom.js";
import { api, fmtDay, plural } from "../api.js";
import { href } from "../route.js";
import { docHref, entityLink, eventHref, pager } from "./common.js";

const KINDS = { DENIAL: "denial vs reports", CHANGED_ACCOUNT: "changed account", NUMBER: "number vs number", DATE: "date vs date", PLACE: "place vs place", ATTRIBUTION: "who asked" };
const PAGE = 20;

function kindBadge(kind) {
  return el("span", { class: "badge contra-kind kind-" + String(kind).toLowerCase() }, KINDS[kind] || kind);
}

// Facts, never a verdict: how many outlets, who stands behind it, what came later.
function evidenceLine(e) {
  const bits = [plural(e.reports || 0, "report"), plural(e.outlets || 0, "outlet")];
  if (e.first_hand) bits.push(`${e.first_hand} first-hand`);
  if (e.second_hand) bits.push(`${e.second_hand} second-hand`);
  if (e.first) bits.push(e.first === e.last ? fmtDay(e.first) : `${fmtDay(e.first)} – ${fmtDay(e.last)}`);
  if (e.after_other_side) bits.push(`${e.after_other_side} after the other side`);
  return el("p", { class: "evidence-facts muted small" }, bits.join(" · "),
    e.later_facts && e.later_facts.length ? el("span", { class: "later" }, " · later: " + e.later_facts.join(", ")) : null);
}

function report(r) {
  const who = r.speaker_name;
  return el("figure", { class: "contra-report basis-" + (r.basis || "reported") },
    el("blockquote", {}, r.text),
    el("figcaption", { class: "muted small" },
      who && who !== r.outlet ? [el("strong", {}, who), " · "] : null,
      el("a", { href: docHref(r.doc, r.sent) }, r.outlet || "unknown outlet"),
      r.published ? " · " + fmtDay(r.published) : " · undated",
      r.basis && r.basis !== "reported" ? " · " + r.basis : null));
}

function side(p, shown = 4) {
  // the API sends a side's first reports; reports_total counts them all
  const total = p.reports_total ?? p.reports.length;
  const more = total - shown;
  const unsent = total - p.reports.length;
  return el("div", { class: "contra-side" },
    el("h3", {}, p.label),
    evidenceLine(p.evidence || {}),
    p.reports.slice(0, shown).map(report),
    more > 0 ? el("details", {}, el("summary", {}, `${more} more`), p.reports.slice(shown).map(report),
      unsent > 0 ? el("p", { class: "muted small" }, `and ${unsent} more reports not listed here`) : null) : null);
}

export function disagreementCard(x) {
  return el("article", { class: "card disagreement", id: "contra-" + x.id },
    el("header", {}, kindBadge(x.kind), x.qualified ? [" ", el("span", { class: "badge qualified" }, "qualified denial")] : null,
      " ", el("strong", { class: "question" }, x.question || x.reason)),
    el("p", { class: "muted small reason" }, x.reason),
    el("div", { class: "sides", style: `--n: ${Math.min(x.positions.length, 3)}` }, x.positions.map((p) => side(p))),
    x.events && x.events.length
      ? el("p", { class: "small" }, "Events: ", x.events.slice(0, 5).map((id, i) => [i ? ", " : "", el("a", { href: eventHref(id) }, `event ${i + 1}`)]))
      : null);
}

/** A small link "N disagreements" for event and entity pages, or nothing when there are none. */
export async function badge(filter) {
  const page = await api("contradictions", { ...filter, limit: 1 });
  if (!page.total) return null;
  return el("a", { class: "badge contra-badge", href: href("/contradictions", filter), title: "Where the sources disagree about this" },
    plural(page.total, "disagreement"));
}

export async function render(root, params) {
  const f = { kind: params.get("kind") || "", entity: params.get("entity") || "", event: params.get("event") || "" };
  const offset = Number(params.get("offset") || 0);
  const page = await api("contradictions", { ...f, limit: PAGE, offset });
  const form = el("form", { class: "filters" },
    el("label", {}, "Kind ", el("select", { name: "kind" }, el("option", { value: "" }, "all"),
      Object.entries(KINDS).map(([k, v]) => { const o = el("option", { value: k }, v); if (k === f.kind) o.selected = true; return o; }))),
    el("label", {}, "Entity ", el("input", { name: "entity", value: f.entity, placeholder: "name or id", size: 18 })),
    f.event ? el("input", { type: "hidden", name: "event", value: f.event }) : null,
    el("button", { type: "submit" }, "Apply"), el("a", { href: "#/contradictions", class: "reset" }, "Reset"));
  form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = href("/contradictions", Object.fromEntries(new FormData(form).entries())); });
  form.querySelector("select").addEventListener("change", () => form.requestSubmit());
  clear(root,
    el("h1", {}, "Where the sources disagree"),
    el("p", { class: "muted" }, `${plural(page.total, "disagreement")}`,
      f.entity ? [" about ", entityLink(f.entity, f.entity)] : null, f.event ? [" about ", el("a", { href: eventHref(f.event) }, "this event")] : null,
      ". Each side lists who says it, where and when; the facts under each side are counts, not a verdict."),
    form,
    page.items.length ? page.items.map(disagreementCard) : el("p", { class: "muted empty" }, "No disagreements found."),
    pager("/contradictions", params, page));
  document.title = "Disagreements — storyline";
}
