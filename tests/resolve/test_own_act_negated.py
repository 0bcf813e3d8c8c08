"""A denial of one's own act told with no word of denial ("I never directed Michael Cohen to break
the law") stands against the sentences telling the act done to the one it names, in whatever
other words they qualify it ("Trump directed him to pay off two women"). Sentences of two Reuters
articles of set d's dev part (bench/contradictions_unseen.py)."""

from __future__ import annotations

from tests.stores import ingest_texts, reported_sides

from storyline.model import Claim
from storyline.resolve.contradictions.asserted import own_act_negated

TWEET = "Trump wrote on Twitter: “I never directed Michael Cohen to break the law."
DIRECTED = (
    "Cohen also said Trump directed him to pay off two women who said they had affairs with Trump, "
    "payments that prosecutors say were in violation of campaign finance laws."
)
LEAD = (
    "WASHINGTON (Reuters) - U.S. President Donald Trump offered up a handful of legal arguments in a series "
    "of tweets on Thursday distancing himself from former personal attorney Michael Cohen, who was sentenced "
    "to prison on Wednesday for arranging 2016 hush-money payments to women who say they had affairs with "
    "the married president."
)
SESSIONS = (
    "WASHINGTON (Reuters) - U.S. Attorney General Jeff Sessions fired back at President Donald Trump on "
    "Thursday after Trump gave a scathing assessment of his leadership at the Justice Department."
)


def _deny(text: str, denied: str) -> Claim:
    return Claim(id="c", sent=0, stance="DENY", text=text, start=0, end=len(text), denied=denied)


def test_an_own_act_negated_is_a_denial_said():
    assert own_act_negated(_deny(TWEET, "I directed Michael Cohen to break the law"))
    said = "But the president said in his tweets he never told Cohen to break the law."
    assert own_act_negated(_deny(said, "he told Cohen to break the law"))
    # a negation of something else than the act the clause tells is none
    other = "He said he was not aware that the payments were made, and that he directed no one."
    assert not own_act_negated(_deny(other, "he directed no one"))


def test_the_denied_direction_meets_the_account_of_it(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Reuters\n\n{LEAD} {TWEET}\n",
            "b": f"Reuters\n\n{SESSIONS} {DIRECTED}\n",
        },
    )
    assert any(TWEET.split("“")[1] in " ".join(side) and DIRECTED in side for side in reported_sides(store))


def test_an_act_done_to_the_denier_is_one_a_state_is_not():
    # Slate (set d, dev) and The Hill (main bench, dev)
    wolff = 'Trump says he was never interviewed by Michael Wolff for "Fire And Fury".'
    assert own_act_negated(_deny(wolff, 'he was interviewed by Michael Wolff for "Fire And Fury'))
    subject = (
        "The president has also said that Comey asked for the meeting and that during dinner, Comey told him "
        "he was not the subject of an investigation."
    )
    assert not own_act_negated(_deny(subject, "he was the subject of an investigation"))


WOLFF_DENIAL = 'Trump says he was never interviewed by Michael Wolff for "Fire And Fury".'
INTERVIEWS = (
    "Wolff says his book is based on hundreds of interviews, including ones with Trump family members, "
    'White House aides and at least "one recent talk with the president.'
)
AFTER = 'After the interview, Wolff wrote on Twitter, "My bad, the President is right about Mika."'


def test_the_denied_interview_meets_the_author_s_account_not_another_interview(tmp_path):
    # Slate, Fox News and TheBlaze (set d, dev)
    store = ingest_texts(
        tmp_path,
        {
            "a": f"Slate\n\nPresident Donald Trump held a news conference at Camp David. {WOLFF_DENIAL}\n",
            "b": f"Fox Online News\n\nCorey Lewandowski defended President Trump on Sunday. {INTERVIEWS}\n",
            "c": f"TheBlaze.com\n\nMika Brzezinski ended an interview with author Michael Wolff. {AFTER}\n",
        },
    )
    sides = reported_sides(store)
    assert any(INTERVIEWS in side for side in sides)
    assert not any(AFTER in side for side in sides)
