// Ask the story: a question box; the answer with its confidence, how the sources disagree, and
// the sentences it comes from (as text, linked to their articles). The question lives in the URL.
import { el, clear } from "../dom.js";
import { api, fmtDay } from "../api.js";
import { href } from "../route.js";
import { section, highlighted } from "./common.js";

const EXAMPLES = [
  "When did Sessions meet Kislyak?",
  "Who denied contacts with Russian officials?",
  "How many calls did Flynn and Kislyak have?",
];

function form(q) {
  const input = el("input", { type: "search", id: "askinput", name: "q", value: q, placeholder: "Ask a question about the story…", "aria-label": "Question", autocomplete: "off", maxlength: "500" });
  const f = el("form", { class: "askbox", id: "askform", role: "search" }, input, el("button", { type: "submit" }, "Ask"));
  f.addEventListener("submit", (e) => {
    e.preventDefault();
    const v = input.value.trim();
    if (v) location.hash = href("/ask", { q: v });
  });
  return f;
}

// Where the answer's phrase ("Trump Tower", "20-minute") stands in a sentence; a whole-sentence
// answer is not highlighted. The phrase is what precedes an ISO date in parentheses.
function phraseRanges(text, answer) {
  const phrase = answer.replace(/\s*\([^)]*\)\s*$/, "").trim();
  if (!phrase || phrase.split(/\s+/).length > 8) return [];
  const out = [];
  const low = text.toLowerCase(), p = phrase.toLowerCase();
  for (let i = low.indexOf(p); i >= 0; i = low.indexOf(p, i + p.length)) out.push({ start: i, end: i + p.length, kind: "match" });
  return out;
}

function evidenceItem(e, answer) {
  const where = [e.outlet || "unknown outlet", e.published ? fmtDay(e.published) : null].filter(Boolean).join(" · ");
  return el("li", {},
    el("blockquote", {}, highlighted(e.text, phraseRanges(e.text, answer))),
    el("div", { class: "muted small" }, el("a", { href: `#/doc/${encodeURIComponent(e.doc)}` }, where)));
}

export async function render(root, params) {
  const q = (params.get("q") || "").trim();
  if (!q) {
    clear(root, el("h1", {}, "Ask the story"), form(""),
      el("p", { class: "muted" }, "Answers come only from the stored articles, with the sentences they are taken from. For example:"),
      el("ul", { class: "plain" }, EXAMPLES.map((x) => el("li", {}, el("a", { href: href("/ask", { q: x }) }, x)))));
    return;
  }
  const r = await api("ask", { q });
  const pct = Math.round(r.confidence * 100);
  clear(root,
    el("h1", {}, "Ask the story"), form(q),
    el("div", { class: "answer", id: "answer", dataset: { kind: r.kind } },
      el("p", { class: "answer-text" }, r.answer),
      el("p", { class: "muted small" }, `confidence ${pct} %`, r.phrased_by ? ` · phrased by ${r.phrased_by}` : "")),
    r.disagreement ? el("p", { class: "disagreement", id: "disagreement" }, r.disagreement) : null,
    r.evidence.length
      ? section(`Evidence (${r.evidence.length})`, el("ol", { class: "plain results", id: "evidence" }, r.evidence.map((e) => evidenceItem(e, r.answer))))
      : el("p", { class: "muted" }, "No sentence in the store answers this."),
    r.events.length
      ? section("Events", el("ul", { class: "plain" }, r.events.map((id) => el("li", {}, el("a", { href: `#/event/${encodeURIComponent(id)}` }, id)))))
      : null);
  document.title = `${q} — storyline`;
}
