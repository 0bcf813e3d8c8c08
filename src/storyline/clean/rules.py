"""Line-level recognisers for page furniture that scrapes keep: menus, forms, captions, credits,
share rows, bylines, source lines and footers. Each returns a reason string or None.

They look at one paragraph at a time and are deliberately narrow: a false positive deletes a
real sentence, a miss only leaves a line of clutter.
"""

from __future__ import annotations

import re
import warnings

from dateutil import parser as dateparser

_TERMINAL = re.compile(r"[.!?。！？][\"'”’)」』]*$")

# Menus glue short items together with separators ("Home | WebMail | Register or Login").
_MENU_SEP = re.compile(r"\s[|•·»]\s")
_NAV_PHRASES = re.compile(
    r"^(skip to (main )?content|skip navigation|main menu|menu|search|home|log ?in|log ?out|"
    r"sign ?in|subscribe( now)?|advertisement|advertise( with us)?|contact( us)?|"
    r"toggle navigation|close|back to top|jump to|you are here)\b",
    re.I,
)
_SIGNUP = re.compile(
    r"(sign ?up|register|create an account|already have an account|forgot (your )?password|"
    r"log ?in here|sign ?in here|newsletter|subscribe to|enter your e-?mail|fill (in |out )?this form)",
    re.I,
)
_SHARE_WORDS = re.compile(
    r"^(print|e-?mail|share|tweet|facebook|twitter|linkedin|whatsapp|reddit|pinterest|comment|"
    r"comments|save|copy link|more)\b\.?",
    re.I,
)
_BULLETS = "•·▪●◦‣∙*-–—"
_FOOTER = re.compile(
    r"(give us feedback|story tip|report an error|share (this|on|via)|follow us|read more|"
    r"related (stories|articles|coverage)|popular (video|stories|posts)|recommended( for you)?|"
    r"more from|sponsored|all rights reserved|copyright ©|©|click here|sign up for|"
    r"have a news tip|contact the author|\bshare\b.*\b(story|article)\b)",
    re.I,
)
_CAPTION_PREFIX = re.compile(
    r"^(\(?photo( credit)?|image( credit)?|picture|photograph|credit|caption|video|"
    r"pictured|file photo)\s*(:|by\b)",
    re.I,
)
_AGENCY = re.compile(
    r"\b(getty|images|ap|afp|reuters|press|photo|photos|wikimedia|commons|shutterstock|pool|"
    r"flickr|staff|epa|bloomberg|istock|alamy|corbis|newscom|zuma|sipa|contributor|file)\b",
    re.I,
)
_CAP_WORD = r"(?:[A-Z][\w'’.&-]*|of|the|for|and|de|del|van|von|da|la|le|via)"
_CREDIT_PART = re.compile(rf"^{_CAP_WORD}(?:\s+{_CAP_WORD}){{0,7}}$")
_TRAILING_CREDIT = re.compile(r"\(([^()]{3,120})\)\s*$")
# "By Ole Brenn" as well as "by Seth Millstein"; "By Friday, …" or "By March 3, …" opens a sentence.
_WHEN_WORD = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|"
    r"july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"the|then|now|early|late|mid|noon|midnight|morning|evening|night|last|next|this|that)\b"
)
_BYLINE = re.compile(
    rf"^(?:by|By|BY)\s+(?!(?i:{_WHEN_WORD}))(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*)\s*(?P<rest>[|,•·–—-].*)?$"
)
_SOURCES = re.compile(r"^sources?\s*:\s*(?P<list>.+)$", re.I)
_COMMENTS_HEADER = re.compile(
    r"^(\d+\s+)?(reader\s+)?(comments?|responses|replies)(\s*\(\d+\))?\s*:?$|"
    r"^(leave a (comment|reply)|join the (discussion|conversation)|add a comment|"
    r"show comments|view comments)\b",
    re.I,
)
_DATEISH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.I,
)
_DATE_LABEL = re.compile(r"^(published|posted|updated|last updated|first published|date)\s*(on|:)?\s*", re.I)


_UNSPACED = re.compile("[\u2e80-\u9fff\uac00-\ud7af]")  # CJK and Hangul: no spaces between words


def word_count(text: str) -> int:
    """Words, counting scripts written without spaces (Chinese, Japanese) at ~2 characters a word."""
    spaced = len(text.split())
    unspaced = len(_UNSPACED.findall(text)) if not text.isascii() else 0
    return spaced + unspaced // 2


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def is_body(text: str) -> bool:
    """A paragraph that reads like running prose (ends the header zone)."""
    n = word_count(text)
    return (n >= 15 and ends_sentence(text)) or n >= 30


def navigation(text: str) -> str | None:
    words = word_count(text)
    if menu(text) or (_MENU_SEP.search(text) and words <= 8 and not text.startswith("|")):
        return "navigation"
    if words <= 6 and _NAV_PHRASES.match(text) and not ends_sentence(text):
        return "navigation"
    return None


_STRONG_SIGNUP = re.compile(
    r"(^sign ?up$|create an account|already have an account|forgot (your )?password|"
    r"(log|sign) ?in here|enter your e-?mail|fill (in |out )?this form|register or log ?in)",
    re.I,
)


def signup(text: str) -> str | None:
    """Sign-up and login prompts, judged loosely: only used above or below the article."""
    if word_count(text) <= 15 and _SIGNUP.search(text):
        return "sign-up form"
    return None


def strong_signup(text: str) -> str | None:
    """Phrases no article sentence uses, so safe to drop anywhere."""
    if word_count(text) <= 15 and _STRONG_SIGNUP.search(text):
        return "sign-up form"
    return None


def menu(text: str) -> str | None:
    """A row of three or more short links joined by separators. A table row that trafilatura
    renders as '| cell | cell |' is content, not a menu."""
    if text.startswith("|") or text.endswith("|"):
        return None
    items = [i for i in re.split(r"\s[|•·»]\s", f" {text} ") if i.strip()]
    if len(items) >= 3 and all(word_count(i) <= 5 for i in items):
        return "navigation"
    return None


def share_row(text: str) -> str | None:
    """Rows of bullets or share buttons ("•", "• Print.")."""
    core = text.strip(_BULLETS + " \u00a0\t")
    if not core:
        return "share widget"
    if text.lstrip()[0] in _BULLETS and len(core.split()) <= 3 and _SHARE_WORDS.match(core):
        return "share widget"
    return None


def is_credit(text: str) -> bool:
    """'Pool/Getty Images News/Getty Images', 'Attorney General Jeff Sessions/Gage Skidmore'."""
    if "/" not in text or ends_sentence(text) or word_count(text) > 16:
        return False
    parts = [p.strip() for p in text.split("/")]
    if not all(_CREDIT_PART.match(p) for p in parts):
        return False
    # the last part names who took the picture: an agency, or a person's two-word name
    return bool(_AGENCY.search(parts[-1])) or len(parts[-1].split()) == 2


def caption(text: str) -> str | None:
    if _CAPTION_PREFIX.match(text) or is_credit(text):
        return "caption"
    m = _TRAILING_CREDIT.search(text)
    if m and (
        "/" in m.group(1)
        and is_credit(m.group(1).rstrip(". "))
        or re.match(r"(?i)(ap |afp |reuters |getty |photo|image|credit)", m.group(1))
    ):
        return "caption"
    return None


def footer(text: str) -> str | None:
    if word_count(text) <= 25 and _FOOTER.search(text):
        return "share footer"
    return None


def byline(text: str) -> str | None:
    """The author's name from a 'by …' line, or None."""
    if word_count(text) > 12:
        return None
    m = _BYLINE.match(text.strip())
    return m.group("name").strip() if m else None


def sources(text: str) -> list[str] | None:
    """'Sources: The New York Times, The Atlantic / Photo credit: …' -> the outlets."""
    m = _SOURCES.match(text.strip())
    if not m or word_count(text) > 40:
        return None
    listed = re.split(r"\s/\s|\s\|\s", m.group("list"))[0]
    names = [n.strip(" \u00a0.;") for n in re.split(r",|;|\band\b", listed)]
    return [n for n in names if n]


def comments_header(text: str) -> bool:
    return word_count(text) <= 6 and bool(_COMMENTS_HEADER.match(text.strip()))


def dateline(text: str) -> str | None:
    """ISO date of a short line that is only a date ('Published May 26, 2017 4:12 PM'), or
    dates and times split by bars ('June 24, 2025 | Updated 4:10 p.m.'): the first part's date."""
    if word_count(text) > 16 or not _DATEISH.search(text):
        return None
    parts = [p.strip() for p in text.split("|")]
    if not _DATEISH.search(parts[0]):
        return None
    found = [_parse_date(p) for p in parts]
    if any(d is None for d in found):
        return None
    return found[0]


def _parse_date(part: str) -> str | None:
    try:
        with warnings.catch_warnings():  # unknown time-zone names: the date is all we keep
            warnings.simplefilter("ignore")
            d = dateparser.parse(_DATE_LABEL.sub("", part), fuzzy=False)
    except (ValueError, OverflowError):
        return None
    return str(d.date().isoformat())


def title_like(text: str) -> bool:
    n = word_count(text)
    return 4 <= n <= 30 and not text.rstrip().endswith(".") and any(c.isupper() for c in text[:1])


def section_label(text: str) -> bool:
    return word_count(text) <= 3 and not ends_sentence(text)
