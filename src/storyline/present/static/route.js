// Hash URLs: every view's state is in location.hash, so it can be shared and reloaded.

/** "#/timeline?entity=x" → {path: "/timeline", params: URLSearchParams} */
export function parseHash(hash = location.hash) {
  const h = hash.replace(/^#/, "") || "/";
  const i = h.indexOf("?");
  return { path: i < 0 ? h : h.slice(0, i), params: new URLSearchParams(i < 0 ? "" : h.slice(i + 1)) };
}

/** Build "#/path?k=v" from an object, dropping empty values. */
export function href(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") qs.set(k, v);
  const s = qs.toString();
  return "#" + path + (s ? "?" + s : "");
}

/** Put a view's state in the URL without re-rendering (for in-view changes such as a focus). */
export function replaceParams(path, params) {
  history.replaceState(null, "", href(path, params));
}

