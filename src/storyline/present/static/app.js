// The single-page app: hash routes → views. Every view's state lives in the URL, so a view can
// be shared and survives a reload. Views render with DOM APIs only; data is never markup.
import { el, clear } from "./dom.js";
import { ApiError } from "./api.js";
import { parseHash, href } from "./route.js";
import * as home from "./views/home.js";
import * as timeline from "./views/timeline.js";
import * as network from "./views/network.js";
import * as event from "./views/event.js";
import * as entity from "./views/entity.js";
import * as search from "./views/search.js";
import * as claims from "./views/claims.js";
import * as documents from "./views/documents.js";
import * as ask from "./views/ask.js";
import * as contradictions from "./views/contradictions.js";

const ROUTES = [
  [/^\/?$/, home, "home"],
  [/^\/timeline$/, timeline, "timeline"],
  [/^\/network$/, network, "network"],
  [/^\/event\/(.+)$/, event, "timeline"],
  [/^\/entity\/(.+)$/, entity, "network"],
  [/^\/search$/, search, "search"],
  [/^\/claims$/, claims, "claims"],
  [/^\/documents$/, documents, "documents"],
  [/^\/doc\/(.+)$/, documents, "documents"],
  [/^\/ask$/, ask, "ask"],
  [/^\/contradictions$/, contradictions, "contradictions"],
];

let current = null; // {module, key, match}

async function route() {
  const { path, params } = parseHash();
  const root = document.getElementById("view");
  let found = null;
  for (const [re, mod, nav] of ROUTES) {
    const m = re.exec(path);
    if (m) { found = { mod, nav, arg: m[1] ? decodeURIComponent(m[1]) : null }; break; }
  }
  document.querySelectorAll(".mainnav a").forEach((a) => a.classList.toggle("active", !!found && a.dataset.view === found.nav));
  if (!found) {
    clear(root, el("h1", {}, "Not found"), el("p", {}, "There is no view at ", el("code", {}, location.hash), ". ", el("a", { href: "#/" }, "Back to the overview")));
    return;
  }
  const key = path;
  if (current && current.mod === found.mod && current.key === key && found.mod.update) {
    if (found.mod.update(params, found.arg) !== false) return;
  }
  if (current && current.mod.unmount) current.mod.unmount();
  current = { mod: found.mod, key };
  root.dataset.view = found.nav;
  delete root.dataset.ready;
  clear(root, el("p", { class: "muted loading" }, "Loading…"));
  const q = path === "/search" ? params.get("q") || "" : null;
  if (q !== null) document.getElementById("searchinput").value = q;
  try {
    await found.mod.render(root, params, found.arg);
  } catch (err) {
    console.error(err);
    const status = err instanceof ApiError ? err.status : null;
    clear(root,
      el("h1", {}, status === 404 ? "Not found" : "Something went wrong"),
      el("p", { class: "error" }, err.message || String(err)),
      el("p", {}, el("a", { href: "#/" }, "Back to the overview")));
  }
  root.dataset.ready = location.hash; // lets tests (and scripts) know the view is drawn
  root.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

document.getElementById("searchform").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = document.getElementById("searchinput").value.trim();
  if (q) location.hash = href("/search", { q });
});

window.addEventListener("hashchange", route);
route();
