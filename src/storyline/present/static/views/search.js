// Search results: entities and events by name, sentences by full text.
import { el, clear } from "../dom.js";
import { api, fmtDay, plural } from "../api.js";
import { href } from "../route.js";
import { entityLink, eventList, highlighted, wordRanges, docHref, pager, section, totalText } from "./common.js";

export async function render(root, params) {
  const q = (params.get("q") || "").trim();
  if (!q) { clear(root, el("h1", {}, "Search"), el("p", { class: "muted" }, "Type words in the search box above.")); return; }
  const r = await api("search", { q, offset: params.get("offset") || 0, limit: 25 });
  clear(root,
    el("h1", {}, "Search: ", el("q", {}, q)),
    el("div", { class: "grid2" },
      section(`Entities (${r.entities.total})`,
        r.entities.items.length
          ? el("ul", { class: "plain" }, r.entities.items.map((e) => el("li", {}, entityLink(e.id, e.name, e.type), el("span", { class: "muted small" }, ` ${e.type} · ${plural(e.n_events, "event")}`))))
          : el("p", { class: "muted" }, "No entity by that name.")),
      section(`Events (${r.events.total})`,
        el("p", { class: "muted small" }, "Every word in the label, a participant's name or the place; most important first."),
        eventList(r.events.items, { participants: true }),
        r.events.total ? el("p", { class: "small" }, el("a", { href: href("/timeline", { q }) }, r.events.total > r.events.items.length ? `All ${r.events.total.toLocaleString()} on the timeline →` : "On the timeline →")) : null)),
    section(`Sentences (${totalText(r.sentences)})`,
      r.sentences.items.length
        ? el("ol", { class: "plain results" }, r.sentences.items.map((s) => el("li", {},
            el("blockquote", {}, highlighted(s.text, wordRanges(s.text, q))),
            el("div", { class: "muted small" },
              el("a", { href: docHref(s.doc, s.sentence) }, (s.outlet || "unknown outlet") + " — " + (s.title || s.doc)),
              s.published ? " · " + fmtDay(s.published) : ""))))
        : el("p", { class: "muted" }, "No sentence contains all of these words."),
      pager("/search", params, r.sentences)));
  document.title = `“${q}” — storyline`;
}
