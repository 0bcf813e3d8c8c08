// Event page: what happened, who, when, where, and every sentence that reports it, by document.
import { el, clear } from "../dom.js";
import { api, fmtDate, fmtDay, plural } from "../api.js";
import { href } from "../route.js";
import { typeBadge, entityLink, highlighted, docHref, stanceBadge, section, statusBadge, eventTitle, STATUSES } from "./common.js";
import { badge } from "./contradictions.js";

export function claimCard(c) {
  return el("div", { class: "claim stance-border-" + String(c.stance).toLowerCase() },
    el("div", { class: "claim-head" }, stanceBadge(c.stance), " ",
      c.speaker ? entityLink(c.speaker, c.speaker_text || c.speaker) : el("strong", {}, c.speaker_text || "unattributed")),
    el("blockquote", {}, c.text),
    el("div", { class: "muted small" },
      el("a", { href: docHref(c.doc) }, (c.outlet || "unknown outlet") + (c.title ? " — " + c.title : "")),
      c.attributed_to && c.attributed_to.length ? " · according to " + c.attributed_to.join(", ") : "",
      c.event ? [" · ", el("a", { href: "#/event/" + encodeURIComponent(c.event) }, "event")] : null));
}

export function contradictionCard(x) {
  return el("div", { class: "contradiction" },
    el("div", { class: "pair" }, x.details.map((c) => claimCard(c))),
    x.reason ? el("p", { class: "muted small" }, "Why: " + x.reason) : null);
}

// What one sentence says of the event, where that is not that it happened.
function reportsNote(reports) {
  const other = (reports || []).filter((r) => r !== "HAPPENED");
  if (!other.length) return null;
  return el("div", { class: "reports small" }, "This sentence reports it as ", other.map((r, i) => [i ? ", " : "", statusBadge(r)]));
}

function evidenceGroup(g) {
  return el("article", { class: "evidence card" },
    el("header", {},
      el("strong", { class: "outlet" }, g.outlet || "unknown outlet"),
      el("span", { class: "muted" }, " · " + (g.published ? fmtDay(g.published) : "undated")),
      el("div", {}, el("a", { href: docHref(g.doc) }, g.title || g.source || g.doc))),
    g.sentences.map((s) => el("figure", { class: "sentence" },
      reportsNote(s.reports),
      el("blockquote", {}, highlighted(s.text, s.highlights)),
      s.sources && s.sources.length ? el("figcaption", { class: "muted small" }, "Attributed to: " + s.sources.join(", ")) : null)));
}

export async function render(root, params, id) {
  const ev = await api("events/" + encodeURIComponent(id));
  const [contra, disputed] = await Promise.all([api("contradictions", { limit: 1000 }), badge({ event: id })]);
  const claimIds = new Set(ev.claims.map((c) => c.id));
  const related = contra.items.filter((x) => x.claims.some((c) => claimIds.has(c)));
  const nDocs = ev.evidence.length;

  clear(root,
    el("p", { class: "crumbs" }, el("a", { href: "#/timeline" }, "Timeline"), " › event"),
    el("h1", {}, eventTitle(ev), disputed ? [" ", disputed] : null),
    ev.status !== "HAPPENED"
      ? el("p", { class: "status-note status-" + String(ev.status).toLowerCase(), role: "note" },
        statusBadge(ev.status), " ", (STATUSES[ev.status] || {}).note || "")
      : null,
    el("dl", { class: "facts" },
      el("dt", {}, "Status"), el("dd", {}, statusBadge(ev.status),
        el("span", { class: "muted small" }, ` confidence ${Math.round((ev.confidence || 0) * 100)}%`
          + (ev.first_reported ? ` · first reported ${fmtDay(ev.first_reported)}` : ""))),
      el("dt", {}, "Type"), el("dd", {}, typeBadge(ev.type)),
      el("dt", {}, "When"), el("dd", {}, fmtDate(ev.date), ev.date && ev.date.text ? el("span", { class: "muted" }, ` (“${ev.date.text}”)`) : null),
      el("dt", {}, "Where"), el("dd", {}, ev.location ? entityLink(ev.location, ev.location_name || ev.location) : el("span", { class: "muted" }, "not stated")),
      el("dt", {}, "Who"), el("dd", { class: "participants" }, ev.participants.length
        ? ev.participants.map((p, i) => [i ? ", " : "", entityLink(p.entity, p.name, p.type), p.role ? el("span", { class: "muted small" }, ` (${p.role})`) : null])
        : el("span", { class: "muted" }, "no named participants")),
      el("dt", {}, "Sources"), el("dd", {}, ev.sources.length ? ev.sources.join(", ") : el("span", { class: "muted" }, "none named"))),
    el("div", { class: "legend small" }, el("mark", { class: "hl-trigger" }, "what happened"), " ", el("mark", { class: "hl-participant" }, "who"), " highlighted in each sentence"),
    el("h2", {}, `Reported in ${plural(nDocs, "document")}`),
    el("div", { class: "evidence-list" }, ev.evidence.map(evidenceGroup)),
    related.length ? section("Contradictions", related.map(contradictionCard)) : null,
    section(`Claims about this event (${ev.claims.length})`,
      ev.claims.length ? el("div", { class: "claims" }, ev.claims.map(claimCard)) : el("p", { class: "muted" }, "No claims recorded.")),
    el("p", {}, ev.participants.length ? el("a", { href: href("/timeline", { entity: ev.participants[0].entity }) }, `${ev.participants[0].name} on the timeline →`) : null));
  document.title = ev.label + " — storyline";
}
