"""One speaker's account against their own other one, the article marking the change
(resolve/contradictions/own_words.py), through the real pipeline, on sentences of AllSides
articles (2017–2018)."""

from __future__ import annotations

from tests.stores import ingest_texts


def _changed(store):
    return [k for k in store.contradictions().items if "gave one account" in k.reason]


def test_a_position_walked_back_and_the_later_answer_are_a_changed_account(tmp_path):
    # CNN, 2017-01-10
    store = ingest_texts(
        tmp_path,
        {
            "cnn": "CNN\n\nSessions was also asked about Trump's statements on a 2005 tape. After the "
            '"Access Hollywood" tape surfaced, Sessions told a reporter that he didn\'t believe doing so '
            'was sexual assault, a position he later walked back. Leahy asked Sessions point blank: "Is '
            'grabbing a woman by her genitals without her consent, is that sexual assault?" "Clearly it '
            'would be," Sessions said.\n'
        },
    )
    ours = _changed(store)
    assert len(ours) == 1 and ours[0].kind == "CHANGED_ACCOUNT"
    earlier, later = ours[0].positions
    assert "later walked back" in earlier.reports[0].text
    assert any("Clearly it would be" in r.text for r in later.reports)


def test_a_tune_changed_is_a_changed_account(tmp_path):
    # Politico, 2018-08-29
    store = ingest_texts(
        tmp_path,
        {
            "politico": "Politico\n\nThough Grassley had previously said he could not schedule hearing time "
            "to confirm a new attorney general, he changed his tune last week. “I do have time for hearings "
            "on nominees that the president might send up here that I didn’t have last year,” Grassley "
            "said last week.\n"
        },
    )
    ours = _changed(store)
    assert len(ours) == 1
    assert "I do have time for hearings" in ours[0].positions[1].reports[0].text


def test_someone_elses_about_face_and_a_past_remark_repeated_are_no_changed_account(tmp_path):
    store = ingest_texts(
        tmp_path,
        {
            # Politico, 2017-04-10: the about-face is Trump's, in what Bash says
            "bash": "Politico\n\nBut Bash said he’s still concerned that Trump’s policies are all over the "
            "map, including his about-face on taking on Syrian leader Bashar Assad’s regime. “I’d say "
            "he’s getting to a more competent approach,” Bash said.\n",
            # The Hill, 2017-06-08: "has previously said" and the remark itself: one account
            "king": "The Hill\n\nHe has previously said the allegations about Trump’s efforts to push back "
            "against the FBI’s investigation into Flynn, if confirmed, would border on obstruction of "
            "justice. “If that’s true and confirmed, I think you’re getting very close to the legal "
            "definition of obstruction of justice,” King told CNN in May.\n",
        },
    )
    assert not _changed(store)


def test_a_concession_about_something_else_is_no_changed_account(tmp_path):
    # The Guardian, 2018-08-07: what Gates admits is not what he said before it
    store = ingest_texts(
        tmp_path,
        {
            "guardian": "The Guardian\n\nThe witness replied defensively: “It’s not a secret life.” "
            "“I had a period of time when I had another relationship,” he added. Though he has at times "
            "seemed evasive under cross-examination, Gates insisted that he now acknowledges his mistake "
            "and is taking responsibility for it, whereas Manafort is not.\n"
        },
    )
    assert not _changed(store)
