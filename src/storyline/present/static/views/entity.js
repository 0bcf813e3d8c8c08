// Entity page: names, roles by document, events in date order, who they appear with.
import { el, clear } from "../dom.js";
import { api, plural } from "../api.js";
import { href } from "../route.js";
import { typeBadge, entityLink, eventList, docHref, section } from "./common.js";
import { badge } from "./contradictions.js";

const LIMIT = 50;

export async function render(root, params, id) {
  // the API caps each list (LIMIT) and gives its total: a central figure has thousands of each
  const [e, disputed] = await Promise.all([api("entities/" + encodeURIComponent(id), { limit: LIMIT }), badge({ entity: id })]);
  const docTitle = new Map(e.documents.map((d) => [d.doc, d]));
  const docLabel = (id) => { const d = docTitle.get(id); return d ? `${d.outlet || "?"} — ${d.title || id}` : id; };
  const capped = (shown, total, what) => total > shown ? el("p", { class: "muted small" }, `The first ${shown} of ${total.toLocaleString()} ${what}.`) : null;

  clear(root,
    el("p", { class: "crumbs" }, el("a", { href: "#/network" }, "Network"), " › entity"),
    el("h1", {}, e.name, " ", typeBadge(e.type, "entity"), disputed ? [" ", disputed] : null),
    el("p", { class: "small" },
      el("a", { href: href("/timeline", { entity: e.id }) }, "On the timeline"), " · ",
      el("a", { href: href("/network", { focus: e.id }) }, "In the network"), " · ",
      el("a", { href: href("/claims", { entity: e.id }) }, "Claims")),
    el("div", { class: "grid2" },
      section("Also called",
        e.aliases.length ? el("ul", { class: "plain tags" }, e.aliases.map((a) => el("li", { class: "tag" }, a))) : el("p", { class: "muted" }, "No other names.")),
      section("Roles by document",
        e.roles.length
          ? el("ul", { class: "plain" }, e.roles.slice(0, LIMIT).map((r) => el("li", {}, el("strong", {}, r.role), " — ", el("a", { href: docHref(r.doc) }, docLabel(r.doc)))))
          : el("p", { class: "muted" }, "No role or title given."))),
    section(`Events (${e.events_total.toLocaleString()})` + (e.events_total > e.events.length ? `: the ${e.events.length} most important, in date order` : ", in date order"), eventList(e.events),
      el("p", { class: "small" }, el("a", { href: href("/timeline", { entity: e.id }) }, "All of them on the timeline →"))),
    el("div", { class: "grid2" },
      section(`Appears with (${e.co_participants_total.toLocaleString()})`,
        capped(e.co_participants.length, e.co_participants_total, "people and organisations, most shared events first"),
        e.co_participants.length
          ? el("ul", { class: "plain" }, e.co_participants.map((c) => el("li", {}, entityLink(c.id, c.name, c.type), el("span", { class: "muted small" }, ` ${plural(c.shared, "shared event")}`))))
          : el("p", { class: "muted" }, "Nobody else in the same events.")),
      section(`Mentioned in ${plural(e.documents_total, "document")}`,
        capped(e.documents.length, e.documents_total, "documents, most mentions first"),
        el("ul", { class: "plain" }, e.documents.map((d) => el("li", {}, el("a", { href: docHref(d.doc) }, docLabel(d.doc)), el("span", { class: "muted small" }, ` ${plural(d.mentions, "mention")}`)))))));
  document.title = e.name + " — storyline";
}
