// Offline API reference: reads /openapi.json and lists every endpoint with its parameters.
// Built with DOM APIs only (the spec is data); no Swagger bundle, no CDN.
import { el } from "./dom.js";

function schemaText(s = {}) {
  if (s.anyOf) return s.anyOf.map(schemaText).filter((t) => t !== "null").join(" | ");
  let t = s.type || (s.$ref ? s.$ref.split("/").pop() : "any");
  const bounds = [];
  if (s.minimum !== undefined) bounds.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) bounds.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined) bounds.push(`length ≥ ${s.minLength}`);
  if (bounds.length) t += ` (${bounds.join(", ")})`;
  if (s.default !== undefined && s.default !== null) t += `, default ${s.default}`;
  return t;
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  root.replaceChildren(
    el("h1", {}, spec.info.title + " API"),
    el("p", {}, spec.info.description || ""),
    el("p", { class: "muted" }, "Every list is a page: {items, total, limit, offset}. Events and the timeline show HAPPENED and DISPUTED events unless status= asks for others (comma list or all). Errors are {\"error\": \"…\"} with status 404 (unknown id) or 422 (bad parameter)."),
  );
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = (op.parameters || []).map((p) =>
        el("tr", {},
          el("td", {}, el("code", {}, p.name)),
          el("td", {}, p.in + (p.required ? ", required" : "")),
          el("td", {}, schemaText(p.schema)),
          el("td", {}, p.description || (p.schema && p.schema.description) || "")));
      const tryLink = path.includes("{") ? el("code", {}, path) : el("a", { href: path }, path);
      root.append(el("section", { class: "card endpoint" },
        el("h2", {}, el("span", { class: "method" }, method.toUpperCase()), " ", tryLink),
        el("p", {}, op.summary || ""),
        params.length
          ? el("table", { class: "params" },
              el("thead", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "type"), el("th", {}, "meaning"))),
              el("tbody", {}, ...params))
          : el("p", { class: "muted" }, "No parameters.")));
    }
  }
}

main().catch((err) => {
  document.getElementById("docs").replaceChildren(el("p", { class: "error" }, "Could not load /openapi.json: " + err));
});
