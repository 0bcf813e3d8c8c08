// Overview: what is in the store, where to start.
import { el, clear } from "../dom.js";
import { api, fmtDay, plural } from "../api.js";
import { href } from "../route.js";
import { typeBadge, entityLink, docHref, section, stanceBadge } from "./common.js";

export async function render(root) {
  const [stats, ents, docs, contra] = await Promise.all([
    api("stats"), api("entities", { limit: 15 }), api("documents", { limit: 8 }), api("contradictions", { limit: 3 }),
  ]);
  const c = stats.counts;
  if (!c.documents) {
    clear(root, el("h1", {}, "This store is empty"),
      el("p", {}, "Ingest some articles first: ", el("code", {}, "storyline ingest <folder> --db <store>"), ", then reload."));
    return;
  }
  const span = stats.events_span.first
    ? `Events from ${fmtDay(stats.events_span.first)} to ${fmtDay(stats.events_span.last)}`
    : "No dated events";
  // the events tile counts what the timeline shows: reported as fact, or disputed
  const byStatus = Object.fromEntries(stats.event_statuses.map((x) => [x.status, x.events]));
  const facts = (byStatus.HAPPENED || 0) + (byStatus.DISPUTED || 0);
  const counts = { ...c, events: facts };
  const tiles = [
    ["documents", "#/documents"], ["events", "#/timeline"], ["entities", "#/network"],
    ["claims", "#/claims"], ["contradictions", "#/claims"],
  ].map(([k, link]) => el("a", { class: "tile", href: link }, el("span", { class: "num" }, counts[k].toLocaleString()), el("span", { class: "lbl" }, k)));
  const nonFacts = c.events - facts;

  clear(root,
    el("h1", {}, "Overview"),
    el("p", { class: "lede" }, `${plural(c.documents, "article")}` + (stats.outlets.length ? ` from ${plural(stats.outlets.length, "outlet")}` : "") + `. ${span}.`),
    el("div", { class: "tiles" }, tiles),
    nonFacts > 0
      ? el("p", { class: "muted small" }, `${plural(nonFacts, "more event")} reported only as planned, possible or denied: `,
        el("a", { href: href("/timeline", { status: "all" }) }, "show them on the timeline"), ".")
      : null,
    el("div", { class: "grid2" },
      section("Who appears most",
        el("ul", { class: "plain cols" }, ents.items.map((e) =>
          el("li", {}, entityLink(e.id, e.name, e.type), el("span", { class: "muted small" }, ` ${plural(e.n_events, "event")}`)))),
        el("p", {}, el("a", { href: "#/network" }, "See how they connect →"))),
      section("Event types",
        el("ul", { class: "plain" }, stats.event_types.map((t) =>
          el("li", {}, el("a", { href: href("/timeline", { type: t.type }) }, typeBadge(t.type)), ` ${plural(t.events, "event")}`))),
        el("p", {}, el("a", { href: "#/timeline" }, "Open the timeline →")))),
    el("div", { class: "grid2" },
      section("Latest articles",
        el("ul", { class: "plain" }, docs.items.slice().reverse().map((d) =>
          el("li", {}, el("a", { href: docHref(d.id) }, d.title || d.source), el("span", { class: "muted small" }, ` ${d.outlet || ""} ${d.published ? "· " + fmtDay(d.published) : ""}`)))),
        el("p", {}, el("a", { href: "#/documents" }, `All ${plural(c.documents, "article")} →`))),
      section("Contradictions",
        contra.items.length
          ? el("ul", { class: "plain" }, contra.items.map((x) => el("li", {},
              x.details.map((d, i) => [i ? el("span", { class: "muted" }, " vs ") : null, stanceBadge(d.stance), " ", el("q", {}, d.text)]))))
          : el("p", { class: "muted" }, "None found."),
        el("p", {}, el("a", { href: "#/claims" }, "All claims and contradictions →")))));
}
