"""A report side is told as happened, and about the one the denial is about.

Sentences of the dev parts of bench/contradictions.py (Vox, 2018-09-21; The Guardian, 2018-09-24; Vox,
2018-04-20) and of set a and set b of bench/contradictions_unseen.py (Reuters, 2018-10-02; CBN, 2017-12):
an act only mused about, justified, planned or would-be ("has privately mused about firing Rosenstein",
"Franken said last Thursday he would resign") is no fact a denial ("Rosenstein has neither resigned nor
been fired") stands against; "his client had not been contacted by the FBI" is not about the FBI's talks
with Mark Judge; the denier's own "witch hunt" told again is no report of collusion."""

from __future__ import annotations

from tests.stores import ingest_texts

from storyline.clean.text import clean_text
from storyline.extract import analyse
from storyline.model import Document
from storyline.resolve import resolve
from storyline.resolve.contradictions import store_search
from storyline.resolve.contradictions.evidence import only_supposed

MUSED = (
    "Well before these new stories President Trump has privately mused about firing Rosenstein (or Sessions, "
    "or Mueller), so he could put someone he views as more loyal in charge of the Russia probe."
)
PRETEXT = (
    "The new Times report, though, will undoubtedly infuriate the president — and could well provide him "
    "with the pretext he’s long sought to justify Rosenstein’s firing, and provoke a showdown over the "
    "future of Mueller’s probe."
)
WOULD = (
    "One source told the Washington Post that Sessions didn’t so much threaten to quit as try to “convey the "
    "untenable position that Rosenstein’s firing would put him in.”"
)
FRANKEN = "Franken said last Thursday he would resign “in the coming weeks.”"
# told as happened
GUARDIAN = (
    "Deputy attorney general Rod Rosenstein remains in his job, after reports on Monday said he had resigned "
    "or offered to do so."
)
FIRED = "CBS fired Rose, while PBS revealed it would no longer carry his long-running interview show."


def test_an_act_only_mused_about_justified_or_would_be_is_not_told():
    assert only_supposed(MUSED, "firing")
    assert only_supposed(PRETEXT, "firing")
    assert only_supposed(WOULD, "firing")
    assert only_supposed(FRANKEN, "resign")


def test_an_act_told_as_done_is_told():
    assert not only_supposed(GUARDIAN, "resigned")
    assert not only_supposed(FIRED, "fired")


REUTERS = (
    "WASHINGTON (Reuters) - Days after being ordered to look into sexual misconduct allegations against U.S. "
    "Supreme Court nominee Brett Kavanaugh, the FBI has talked with his high school friend Mark Judge, but the "
    "interview is not complete, his attorney said on Monday.\n\n"
    "Michael Avenatti, the lawyer for the third woman, Julie Swetnick, told CNN on Monday his client had not "
    "been contacted by the FBI.\n"
)


def test_a_denial_about_someone_unnamed_is_not_the_agents_acts_with_another():
    c = clean_text(REUTERS)
    doc = Document(
        id="d", source="d", original=c.original, text=c.text, offsets=c.offsets, published="2018-10-02"
    )
    found = resolve(list(analyse([doc]))).contradictions
    assert not [k for k in found if any("Mark Judge" in r.text for p in k.positions for r in p.reports)]


# set d of bench/contradictions_unseen.py, dev (Reuters, 2018-08-22; Vox, 2018-02-01; USA TODAY, 2017-03-05)
DENIED = "Trump has repeatedly denied any collusion and has called the Mueller investigation a “witch hunt.”"
VOX_VIEW = (
    "But based on other things he’s said, the reason seems clear: He has publicly stated several times that "
    "the Trump-Russia probe is a “witch hunt” perpetrated by rogue partisans within the FBI."
)
USA_VIEW = (
    'Trump criticized Sessions\' decision, and said his critics are engaged in a "witch hunt" over Russia — a '
    "group in which he presumably includes Obama."
)


def test_the_deniers_own_view_told_again_is_no_report(tmp_path):
    texts = {
        "reuters": "Reuters\n\nU.S. President Donald Trump spoke on Wednesday. " + DENIED,
        "vox": "Vox\n\n" + VOX_VIEW,
        "usa": "USA TODAY\n\n" + USA_VIEW,
    }
    store = ingest_texts(tmp_path, texts)
    found = resolve(list(store.resolution_input()), store_search(store)).contradictions
    sides = [{r.text for p in k.positions for r in p.reports} for k in found]
    assert not [s for s in sides if DENIED in s and (VOX_VIEW in s or USA_VIEW in s)]
