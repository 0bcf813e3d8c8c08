// Fetching JSON from our own API, loading vendored libraries on demand, formatting dates.

export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

export async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    // an array is a repeated parameter (?entity=a&entity=b)
    for (const x of Array.isArray(v) ? v : [v]) if (x !== undefined && x !== null && x !== "") qs.append(k, x);
  }
  const url = "/api/" + path + (qs.toString() ? "?" + qs : "");
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) throw new ApiError(r.status, (body && body.error) || `${r.status} ${r.statusText}`);
  return body;
}

const loaded = new Map();
/** Load a vendored classic script (UMD) once; same origin only. */
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error("could not load " + src));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}

export function loadCSS(href) {
  if (!document.querySelector(`link[data-href="${href}"]`)) {
    const l = document.createElement("link");
    l.rel = "stylesheet"; l.href = href; l.dataset.href = href;
    document.head.append(l);
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2016-12-01" → "1 Dec 2016", "2016-12" → "Dec 2016", "XXXX-12-01" → "1 Dec (year?)" */
export function fmtDay(iso) {
  if (!iso) return "";
  const m = /^(\d{4}|X{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const year = m[1].startsWith("X") ? "(year?)" : m[1];
  const mon = m[2] ? MONTHS[parseInt(m[2], 10) - 1] || m[2] : "";
  const day = m[3] ? String(parseInt(m[3], 10)) : "";
  return [day, mon, year].filter(Boolean).join(" ");
}

export function fmtDate(date) {
  if (!date || !date.start) return "undated";
  if (!date.end || date.end === date.start) return fmtDay(date.start);
  return `${fmtDay(date.start)} – ${fmtDay(date.end)}`;
}

export function plural(n, word, many) {
  return `${n.toLocaleString()} ${n === 1 ? word : many || word + "s"}`;
}
