"""What a passage's context and the conversation lend the reading stage: a heading names the region of an annex
action table whose rows never repeat it; an answered earlier turn's words are no evidence that the letters do not
answer its follow-up, while a refused part of the same question keeps its absent word."""
from __future__ import annotations

import pytest

VOORZIENINGEN = "In beeld brengen huidige situatie, toekomstige knelpunten"


def test_a_heading_names_the_region_of_an_annex_table(bot):
    """The table's rows never repeat the region; its windows repeat the heading above their column heading
    (chunker 11), and the decider reads the headings too."""
    [chunk] = [c for c in bot.index.chunks if VOORZIENINGEN in c.text and "Zuidoost-Fryslân" in c.heading]
    assert chunk.text.startswith("Samenwerkingsafspraken Zuidoost-Fryslân > ")
    terms = bot.terms.query_terms("Welke knelpunten in voorzieningen brengt Zuidoost-Fryslân in beeld?", "nl")
    assert terms.missing_slots(bot.decider.chunk_stems[chunk.chunk_id]) == ()
    assert terms.missing_slots(bot.decider.heading_stems[chunk.chunk_id]) == ()


def test_an_answered_turn_lends_its_topic_without_its_absent_words(bot):
    history = ["Wat adviseert de minister een volgend kabinet voor krimpgebieden?",
               "Wat bedoelt ze met een extra instrument voor innovatieve oplossingen?"]
    reply = bot.ask("Aan welk bestaand instrument denkt ze daarbij?", history=history)
    assert "bedoelt" not in reply.trace["decision"]["absent"]  # a verb of the turn before, not of this one
    assert reply.kind != "abstain"


def test_a_refused_part_keeps_its_absent_word_for_the_next_part(bot):
    reply = bot.ask("Hoe moeten gemeenten in de Achterhoek arbeidsmigranten huisvesten en welke normen gelden "
                    "daarvoor?")
    assert reply.kind == "abstain" or not any(part.answered for part in reply.parts)


def test_a_follow_up_without_a_question_word_keeps_its_own_absent_word(bot):
    # "En in Almere?" asks what the earlier turn asked, so its reading's `asks` is the earlier question; "Almere"
    # is the follow-up's own word, and the letters never use it: no answer about the GP training's twelve locations
    reply = bot.ask("En in Almere?", history=["Op hoeveel locaties wordt de opleiding tot huisarts aangeboden?"])
    assert reply.kind == "abstain" and "Almere" in reply.trace["decision"]["absent"]
    space = bot.ask("En over de ruimtevaart?", history=["Wat adviseert de minister een volgend kabinet voor "
                                                         "krimpgebieden?"])
    assert space.kind == "abstain"


def test_friesland_is_the_letters_fryslan(bot):
    terms = bot.terms.query_terms("Hoeveel kreeg Friesland in 2015 uit het provinciefonds?", "nl")
    [row] = [c for c in bot.index.chunks if c.kind == "table_row" and "Fryslân | Budget" in c.text]
    assert terms.missing_slots(bot.decider.chunk_stems[row.chunk_id]) == ()


def test_an_answer_that_runs_on_in_the_next_window_is_shown_whole(bot):
    """The reason why there is no single desk stands in the window after the one the question is closest to; that
    window is rated at about a tenth of it, and joins the passage as a window of its own would be shown (the
    calibration's `sibling_share` equals its `keep_ratio` since the twelfth stop)."""
    reply = bot.ask("Waarom komt er geen één loket waar burgers voor alle overheidsdiensten terechtkunnen?")
    assert not reply.abstained and "dubbelingen" in reply.passages[0].text
    assert bot.calibration.sibling_share == bot.calibration.keep_ratio


@pytest.mark.parametrize("question", ["Goedemiddag. Wat is een anticipeerregio?",
                                      "Hallo Anna, wat is een anticipeerregio?"])
def test_a_greeting_is_no_word_the_letters_should_have(bot, question):
    reply = bot.ask(question)
    assert not reply.abstained and reply.trace["decision"]["absent"] == []

