// Claims: who said what with which stance; contradictions side by side first.
import { el, clear } from "../dom.js";
import { api, plural } from "../api.js";
import { href } from "../route.js";
import { pager, section } from "./common.js";
import { claimCard, contradictionCard } from "./event.js";

const STANCES = ["ASSERT", "DENY", "CONFIRM", "DECLINE"];

export async function render(root, params) {
  const f = { stance: params.get("stance") || "", entity: params.get("entity") || "", offset: params.get("offset") || 0, limit: 50 };
  const [claims, contra] = await Promise.all([api("claims", f), api("contradictions", { limit: 200 })]);
  const form = el("form", { class: "filters" },
    el("label", {}, "Stance ", el("select", { name: "stance" }, el("option", { value: "" }, "all"),
      STANCES.map((s) => { const o = el("option", { value: s }, s); if (s === f.stance) o.selected = true; return o; }))),
    el("label", {}, "Entity ", el("input", { name: "entity", value: f.entity, placeholder: "name or id", size: 18 })),
    el("button", { type: "submit" }, "Apply"), el("a", { href: "#/claims", class: "reset" }, "Reset"));
  form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = href("/claims", Object.fromEntries(new FormData(form).entries())); });
  form.querySelector("select").addEventListener("change", () => form.requestSubmit());
  clear(root,
    el("h1", {}, "Claims and contradictions"),
    section(`Contradictions (${contra.total})`,
      contra.items.length ? contra.items.map(contradictionCard) : el("p", { class: "muted" }, "No contradictions found between claims.")),
    el("h2", {}, `Claims (${plural(claims.total, "claim")})`),
    form,
    el("div", { class: "claims" }, claims.items.map(claimCard)),
    pager("/claims", params, claims));
}
