"""The Hill's linked-name pop-ups, as the AllSides scrape keeps them (sentences of its articles)."""

from clean_helpers import assert_offsets_exact, original_of

from storyline.clean import clean_text
from storyline.clean.popups import popup_spans

ROSENSTEIN = (
    "President Trump Donald John TrumpTrump faces high stakes in meeting with Erdoğan amid impeachment "
    "drama Democrats worry they don't have right candidate to beat Trump Trump threatening to fire "
    "Mulvaney: report MORE on Monday said that he has no plans to fire Rod Rosenstein Rod RosensteinRod "
    "Rosenstein to give speech on ‘hyperpartisanship’ MORE, the deputy attorney general who appointed "
    "Robert Mueller."
)
COMEY = (
    "The Department of Justice has handed over to Congress memos written by former FBI Director James "
    "Comey James Brien ComeyThere are poor ideas, bad ones and Facebook's Libra Trump has considered "
    "firing official who reported whistleblower complaint to Congress: report Broadcast, cable news "
    "networks to preempt regular programming for Trump impeachment coverage MORE about his "
    "conversations with the president."
)
McCONNELL = (
    "Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk at "
    "lengthy impeachment trial Graham: Senate trial 'must expose the whistleblower' Graham says Schiff "
    "should be a witness in Trump impeachment trial MORE (R-Ky.) praised the pick. He spoke with House "
    "Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to Romney's Social Security plan "
    "California Governor Newsom and family dress as 2020 Democrats for Halloween DC's liaison to rock "
    "'n' roll MORE (R-Wis.) after the vote."
)


def test_a_linked_names_pop_up_goes_and_the_name_stays():
    c = clean_text(ROSENSTEIN + "\n\n" + COMEY + "\n\n" + McCONNELL)
    assert c.text.split("\n\n") == [
        "President Trump on Monday said that he has no plans to fire Rod Rosenstein, the deputy "
        "attorney general who appointed Robert Mueller.",
        "The Department of Justice has handed over to Congress memos written by former FBI Director "
        "James Comey about his conversations with the president.",
        "Senate Majority Leader Mitch McConnell (R-Ky.) praised the pick. He spoke with House Speaker "
        "Paul Ryan (R-Wis.) after the vote.",
    ]
    assert_offsets_exact(c)
    # offsets still point into the scrape: the name's span there runs over its pop-up
    assert original_of(c, "James Comey about").endswith("impeachment coverage MORE about")
    assert sum(r["reason"] == "link pop-up" for r in c.removed) == 5


def test_capitals_and_read_more_are_no_pop_up():
    prose = (
        "In her announcement, Representative-elect Alexandria Ocasio-Cortez tweeted that “Amazon is a "
        "billion-dollar company. The idea that it will receive hundreds of millions of dollars in tax "
        "breaks at a time when our subway is crumbling and our communities need MORE investment, not "
        "less, is extremely concerning to residents here.”"
    )
    assert popup_spans(prose) == []
    footer = "It isn’t up to Donald Trump to see to the FBI’s reputation if the FBI will not see to it itself.\n\nREAD MORE:"
    assert popup_spans(footer) == []
