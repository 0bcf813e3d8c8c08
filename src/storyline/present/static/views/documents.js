// Documents: the list, and one document's text sentence by sentence.
import { el, clear } from "../dom.js";
import { api, fmtDay, plural } from "../api.js";
import { pager, eventList, section, safeLink } from "./common.js";
import { docHref } from "./common.js";

async function list(root, params) {
  const page = await api("documents", { limit: 100, offset: params.get("offset") || 0 });
  clear(root,
    el("h1", {}, `Documents (${page.total})`),
    el("table", { class: "doctable" },
      el("thead", {}, el("tr", {}, el("th", {}, "Published"), el("th", {}, "Outlet"), el("th", {}, "Title"), el("th", {}, "Author"))),
      el("tbody", {}, page.items.map((d) => el("tr", {},
        el("td", { class: "nowrap" }, d.published ? fmtDay(d.published) : "—"),
        el("td", {}, d.outlet || "—"),
        el("td", {}, el("a", { href: docHref(d.id) }, d.title || d.source)),
        el("td", {}, d.author || "—"))))),
    pager("/documents", params, page));
}

async function one(root, params, id) {
  const d = await api("documents/" + encodeURIComponent(id));
  const evs = await api("events", { doc: id, limit: 200, status: "all" });  // each with its status
  const target = params.get("s");
  const sentences = el("div", { class: "doctext" }, d.sentences.map((s) =>
    el("span", { class: "sent" + (String(s.idx) === target ? " target" : ""), id: "s" + s.idx }, s.text, " ")));
  clear(root,
    el("p", { class: "crumbs" }, el("a", { href: "#/documents" }, "Documents"), " › document"),
    el("h1", {}, d.title || d.source),
    el("p", { class: "docmeta" }, el("strong", {}, d.outlet || "unknown outlet"),
      " · " + (d.published ? fmtDay(d.published) : "undated") + (d.published_basis && d.published_basis !== "metadata" ? ` (date from ${d.published_basis})` : ""),
      d.author ? " · by " + d.author : "", " · ", safeLink(d.source)),
    section(`Events reported here (${evs.total})`, eventList(evs.items),
      evs.total > evs.items.length ? el("p", { class: "muted small" }, `The first ${evs.items.length}.`) : null),
    section(`Text (${plural(d.sentences.length, "sentence")})`, sentences),
    d.removed && d.removed.length ? section(`Removed by the cleaner (${d.removed.length})`,
      el("ul", { class: "plain small" }, d.removed.map((r) => el("li", {}, el("span", { class: "muted" }, (r.reason || r.kind || "removed") + ": "), String(r.text || "").slice(0, 200))))) : null);
  document.title = (d.title || d.source) + " — storyline";
  const t = document.getElementById("s" + target);
  if (t) t.scrollIntoView({ block: "center" });
}

export async function render(root, params, id) {
  return id ? one(root, params, id) : list(root, params);
}
