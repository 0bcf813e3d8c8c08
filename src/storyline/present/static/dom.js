// Tiny DOM helpers. Data is always inserted as text nodes: never innerHTML.

/** el("a", {href: "#/x", class: "c"}, "text", childNode, ...) */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else if (k === "href") node.setAttribute("href", safeHref(v));
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(node, c);
    else if (c instanceof Node) node.append(c);
    else node.append(document.createTextNode(String(c)));
  }
}

/** Only same-page hash links, site paths and http(s) URLs are links; anything else is inert. */
export function safeHref(v) {
  const s = String(v).trim();
  if (s.startsWith("#") || (s.startsWith("/") && !s.startsWith("//"))) return s;
  if (/^https?:\/\//i.test(s)) return s;
  return "#";
}

export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}
