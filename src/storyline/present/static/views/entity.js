// Entity page: names, roles by document, events in date order, who they appear with.
import { el, clear } from "../dom.js";
import { api, plural } from "../api.js";
import { href } from "../route.js";
import { typeBadge, entityLink, eventList, docHref, section } from "./common.js";
import { badge } from "./contradictions.js";

export async function render(root, params, id) {
  const e = await api("entities/" + encodeURIComponent(id));
  const [docs, disputed] = await Promise.all([api("documents", { limit: 1000 }), badge({ entity: id })]);
  const docTitle = new Map(docs.items.map((d) => [d.id, d]));
  const byDoc = new Map();
  for (const m of e.mentions) byDoc.set(m.doc, (byDoc.get(m.doc) || 0) + 1);
  const docLabel = (id) => { const d = docTitle.get(id); return d ? `${d.outlet || "?"} — ${d.title || d.source}` : id; };

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
          ? el("ul", { class: "plain" }, e.roles.map((r) => el("li", {}, el("strong", {}, r.role), " — ", el("a", { href: docHref(r.doc) }, docLabel(r.doc)))))
          : el("p", { class: "muted" }, "No role or title given."))),
    section(`Events (${e.events.length}), in date order`, eventList(e.events)),
    el("div", { class: "grid2" },
      section("Appears with",
        e.co_participants.length
          ? el("ul", { class: "plain" }, e.co_participants.map((c) => el("li", {}, entityLink(c.id, c.name, c.type), el("span", { class: "muted small" }, ` ${plural(c.shared, "shared event")}`))))
          : el("p", { class: "muted" }, "Nobody else in the same events.")),
      section(`Mentioned in ${plural(byDoc.size, "document")}`,
        el("ul", { class: "plain" }, [...byDoc].map(([d, n]) => el("li", {}, el("a", { href: docHref(d) }, docLabel(d)), el("span", { class: "muted small" }, ` ${plural(n, "mention")}`)))))));
  document.title = e.name + " — storyline";
}
