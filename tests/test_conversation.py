"""How a turn is understood in its conversation (no model, no index): exact slots by rule, topic turns read both
ways with the right one preferred, who-asked only for turns without a topic, specific letter hints."""
from __future__ import annotations

import doctest

import pytest

from assistant.conversation import resolve_turn, swap_slot
from assistant.records import Conversation, ResolvedTurn

pytestmark = pytest.mark.unit


def turn(query: str, numbers=(), letter="", understood=None, language="nl") -> ResolvedTurn:
    return ResolvedTurn(query=query, understood=understood or query, numbers=tuple(numbers), letter=letter,
                        units=(f"{letter}:x",) if letter else (), language=language)


def test_a_short_turn_without_marker_words_leans_on_the_previous_question(corpus):
    plan = resolve_turn("Doen krimpgemeenten ook mee?", corpus, turn("Wat zijn de RetailDeals?", letter="actieplan-2016"))
    assert plan.kind == "search"
    first, second = plan.readings
    assert first.conditioned and "RetailDeals" in first.text and "krimpgemeenten" in first.text
    assert not second.conditioned and first.hints == ("actieplan-2016",)


def test_a_changed_slot_is_put_into_the_previous_question(corpus):
    previous = turn("Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?", letter="actieplan-2016")
    plan = resolve_turn("En onder Oost-Groningen?", corpus, previous)
    assert plan.readings[0].text == "Welke gemeenten vallen onder de krimpregio Oost-Groningen?"
    assert swap_slot("En in 2019?", "Hoeveel woningen werden in 2018 gesloopt?") == \
        "Hoeveel woningen werden in 2019 gesloopt?"
    # a turn that is only the new name, even a one-word one at the start of the turn
    assert swap_slot("En Gelderland?", "Welke bijdrage kreeg Drenthe in 2015?") == "Welke bijdrage kreeg Gelderland in 2015?"
    assert swap_slot("En IenW?", "Wat doet EZK voor gebieden met bevolkingsdaling?") == \
        "Wat doet IenW voor gebieden met bevolkingsdaling?"
    assert swap_slot("Via welk programma?", "Hoeveel investeert VWS in zij-instromers?") is None
    # a turn of only a short name, without "En": "Parkstad?", a place the letters name; not "Echt?" or "Ouderen?"
    assert swap_slot("Parkstad?", "Hoeveel DU bevolkingsdaling gaat jaarlijks naar de Achterhoek?", corpus) == \
        "Hoeveel DU bevolkingsdaling gaat jaarlijks naar de Parkstad?"
    for reply in ("Echt?", "Ouderen?", "Bronnen?", "Onderwijs?", "Klopt?"):
        assert swap_slot(reply, "Wat doet de Achterhoek voor jongeren?", corpus) is None, reply
    earlier = turn("Hoeveel DU bevolkingsdaling gaat naar de Achterhoek?")
    assert resolve_turn("Parkstad?", corpus, earlier).readings[0].text.endswith("naar de Parkstad?")
    # only "En …?" is the earlier question and nothing else: kept unless the letters do not answer it
    assert resolve_turn("En Parkstad?", corpus, earlier).readings[0].swapped
    assert not any(r.swapped for r in resolve_turn("Parkstad?", corpus, earlier).readings)


def test_a_follow_up_that_cites_a_letter_by_year_keeps_the_earlier_topic(corpus):
    earlier = turn("Hoeveel scholen sloten in 2020?")
    assert swap_slot("En volgens de brief van 2021?", earlier.query, corpus) is None  # no year of the topic
    plan = resolve_turn("En volgens de brief van 2021?", corpus,
                        turn("Welke regelingen zijn er voor kleine scholen volgens het actieplan?"))
    assert plan.readings[0].conditioned and "scholen" in plan.readings[0].text


def test_a_yes_no_follow_up_asks_by_itself(corpus):
    """"Did the regions appreciate …?" asks yes or no, not the earlier turn's "Hoeveel regio's …?"."""
    earlier = turn("Hoeveel regio's kregen de DU bevolkingsdaling?")
    plan = resolve_turn("Did the regions appreciate that it ran for several years?", corpus, earlier)
    conditioned = next(r for r in plan.readings if r.conditioned)
    assert conditioned.asks == "Did the regions appreciate that it ran for several years?"


@pytest.mark.parametrize("text", ["Wat gaat het kabinet doen?", "Wat zegt de minister daar precies over?",
                                  "Waar gaat dat onderzoek over?", "Wat wordt ermee gedaan?"])
def test_turns_that_point_back_prefer_the_conditioned_reading(corpus, text):
    plan = resolve_turn(text, corpus, turn("Wat zegt de Atlas over het vertrouwen in de politiek?", letter="atlas"))
    assert plan.kind == "search" and plan.readings[0].conditioned
    assert "vertrouwen politiek" in plan.readings[0].text and plan.readings[0].text.endswith(text)
    assert not plan.readings[0].text.startswith("Wat zegt de Atlas")  # the topic, not the earlier question words


def test_a_new_topic_starting_with_en_is_read_on_its_own_first(corpus):
    previous = turn("Wat is de verhuurderheffing?", letter="so-bevolkingsdaling")
    plan = resolve_turn("En wat doet het kabinet aan de bereikbaarheid van huisartsen op het platteland?", corpus,
                        previous)
    assert not plan.readings[0].conditioned and plan.readings[0].hints == ()


def test_a_turn_naming_another_letter_is_read_on_its_own_only(corpus):
    previous = turn("Waarom is de pilot met Akense studenten in Parkstad beëindigd?", letter="evaluatie-actieplan")
    plan = resolve_turn("En hoe wordt de menselijke maat verbeterd volgens de Atlas-beantwoording?", corpus, previous)
    assert [r.conditioned for r in plan.readings] == [False] and plan.readings[0].hints == ("atlas",)
    # the same letter as the turn before (named there or answered from): both readings stay
    same = resolve_turn("Where was the K6's plea taken into account?", corpus,
                        turn("Wat schrijft de minister aan de K6 over hun pleidooi?", letter="so-bevolkingsdaling"))
    assert len(same.readings) == 2


@pytest.mark.parametrize("text", ["Wie heeft het actieplan opgesteld?", "Welke partijen doen mee aan de regiodeals?",
                                  # pointing words and no asking verb: who takes part in it, not who asked
                                  "Welke partijen doen daaraan mee?", "Wie heeft dat daarna onderzocht?"])
def test_who_questions_about_something_else_are_searched(corpus, text):
    assert resolve_turn(text, corpus, turn("vragen 53 en 54", (53, 54), "so-bevolkingsdaling")).kind == "search"


@pytest.mark.parametrize("text", ["Wie vroeg dat?", "Welke fracties hebben daar vragen over gesteld?",
                                  "Which party asked that?", "Van welke partij kwam de vraag?", "Wie vroeg daarnaar?",
                                  "Wie had dat gevraagd?", "Wie vroegen ernaar?", "Welke fractie was dat?"])
def test_who_asked_without_a_topic_of_its_own(corpus, text):
    assert resolve_turn(text, corpus, turn("vragen 53 en 54", (53, 54), "so-bevolkingsdaling")).kind == "who_asked"


def test_answer_to_a_bare_number_is_a_lookup_in_the_same_letter(corpus):
    plan = resolve_turn("Wat is het antwoord op 12?", corpus, turn("vraag 31 uit de Atlas", (31,), "atlas"))
    assert plan.kind == "lookup" and plan.parsed.numbers == [12] and plan.parsed.context_letters == ["atlas"]


def test_the_two_questions_after_and_a_chain_of_next_questions(corpus):
    plan = resolve_turn("En de twee vragen daarna?", corpus, turn("vraag 31", (31,), "atlas"))
    assert plan.parsed.numbers == [32, 33]
    state = Conversation()
    for number in (100, 101, 102):
        state = state.then(turn(f"vraag {number}", (number,), "so-bevolkingsdaling"))
    plan = resolve_turn("En de vraag daarna?", corpus, state.last)
    assert plan.parsed.numbers == [103] and plan.parsed.context_letters == ["so-bevolkingsdaling"]
    assert resolve_turn("En de vraag daarvoor?", corpus, state.last).parsed.numbers == [101]


@pytest.mark.parametrize("text, numbers", [("En die daarna?", [103]), ("En de volgende?", [103]),
                                           ("And the next one?", [103]), ("Die daarvoor?", [101])])
def test_the_next_one_without_the_word_question(corpus, text, numbers):
    plan = resolve_turn(text, corpus, turn("vraag 102", (102,), "so-bevolkingsdaling"))
    assert plan.kind == "lookup" and plan.parsed.numbers == numbers


def test_a_follow_up_with_its_own_question_word_asks_its_own_kind_of_fact(corpus):
    from assistant.evidence import asked_type
    earlier = turn("Wanneer is de Kamer geïnformeerd over de evaluatie van de DU Bevolkingsdaling?")
    own = resolve_turn("Hoeveel geld was het per jaar?", corpus, earlier)
    conditioned = next(r for r in own.readings if r.conditioned)
    assert asked_type(conditioned.asks or conditioned.text) == "money"
    assert "Wanneer" not in conditioned.text  # the earlier question word does not ask for a date now
    swapped = resolve_turn("En in 2019?", corpus, turn("Hoeveel geld kreeg Parkstad in 2018?"))
    assert swapped.readings[0].text == "Hoeveel geld kreeg Parkstad in 2019?" and not swapped.readings[0].asks


def test_language_switches_only_change_the_reply_language(corpus):
    previous = turn("Wat is de verhuurderheffing?", letter="so-bevolkingsdaling")
    english = resolve_turn("And in English?", corpus, previous)
    dutch = resolve_turn("Kun je dat in het Nederlands zeggen?", corpus, turn("What is it?", language="en"))
    assert (english.kind, english.parsed.language) == ("language", "en")
    assert (dutch.kind, dutch.parsed.language) == ("language", "nl")


def test_an_english_follow_up_after_a_dutch_turn_is_english_and_leans_back(corpus):
    plan = resolve_turn("And what did the minister say about that?", corpus,
                        turn("Wat is de verhuurderheffing?", letter="so-bevolkingsdaling"))
    assert plan.parsed.language == "en" and plan.readings[0].conditioned


def test_a_bare_region_keeps_the_conversations_language(corpus):
    plan = resolve_turn("Oost-Groningen?", corpus, turn("Which municipalities are in Achterhoek?", language="en"))
    assert plan.parsed.language == "en"


@pytest.mark.parametrize("text", ["Hoe gaat het met de krimp in 2020?", "Wat zegt de so over wonen?",
                                  "Hoeveel inwoners verliest een krimpregio?"])
def test_everyday_words_set_no_letter_hints(corpus, text):
    assert resolve_turn(text, corpus, None).parsed.letter_hints == []


def test_the_conversation_s_letter_is_preferred_for_a_number_not_required(corpus):
    from assistant.lookup import lookup_question

    plan = resolve_turn("En vraag 50?", corpus, turn("vraag 31 uit de Atlas", (31,), "atlas"))
    assert plan.parsed.letter_hints == [] and plan.parsed.context_letters == ["atlas"]
    found = lookup_question(corpus, 50, plan.parsed.letter_hints, plan.parsed.context_letters)
    assert [u.doc_id for u in found.units] == ["so-bevolkingsdaling"]  # the Atlas has no question 50
    both = lookup_question(corpus, 22, [], ["atlas"])
    assert both.units[0].doc_id == "atlas" and len(both.units) == 2  # in both letters: the conversation's first


@pytest.mark.parametrize("text, asks", [("Welke fractie vroeg om een meldpunt?", True),
                                        ("Which party asked about a demolition fund?", True),
                                        ("Van welke partij kwam de vraag over het sloopfonds?", True),
                                        ("Welke fractie had vragen over de verhuurderheffing?", True),
                                        ("Welke partijen doen mee aan de regiodeals?", False),
                                        ("Wie heeft het actieplan opgesteld?", False),
                                        ("Wie stelde het actieplan op?", False),
                                        ("Wie stelde voor om een fonds op te richten?", False)])
def test_a_who_question_with_a_topic_asks_who_asked_only_with_an_asking_verb(text, asks):
    from assistant.conversation import asks_who_asked

    assert asks_who_asked(text) is asks


def test_ordinary_questions_with_daarna_or_next_are_not_steps(corpus):
    previous = turn("vraag 31", (31,), "atlas")
    for text in ("Is dat daarna nog geëvalueerd?", "Wie heeft dat daarna onderzocht?",
                 "What is the next one to get funding?", "En de volgende stap?"):
        assert resolve_turn(text, corpus, previous).kind == "search", text


def test_only_a_turn_that_is_a_new_name_after_en_swaps_it_in(corpus):
    previous = turn("Hoeveel geld kreeg Parkstad in 2018?")
    assert resolve_turn("En Gelderland?", corpus, previous).readings[0].text == "Hoeveel geld kreeg Gelderland in 2018?"
    for text in ("Verhuurderheffing", "Bedankt"):  # a capitalised word on its own is not a new region
        assert not any(r.text.startswith("Hoeveel geld kreeg " + text) for r in resolve_turn(text, corpus, previous).readings)
    # a letter is never swapped in: "En de Atlas?" asks what that letter says about the same topic
    atlas = resolve_turn("En de Atlas?", corpus, turn("Wat zegt de Atlas over de Tweede Kamer?", letter="atlas"))
    assert "over de Atlas" not in atlas.readings[0].text


def test_a_turn_pointing_back_into_another_letter_keeps_the_topic(corpus):
    previous = turn("Wat zegt de minister over het vertrouwen in de politiek?", letter="so-bevolkingsdaling")
    plan = resolve_turn("En wat zegt de Atlas daarover?", corpus, previous)
    first = plan.readings[0]
    assert first.conditioned and "vertrouwen" in first.text and first.hints == ("atlas",)


def test_a_follow_up_without_a_question_word_asks_what_the_turn_before_asked(corpus):
    from assistant.evidence import asked_type
    money = turn("Hoeveel geld gaat er naar de regiodeals?")
    conditioned = next(r for r in resolve_turn("En naar de krimpgebieden?", corpus, money).readings if r.conditioned)
    assert asked_type(conditioned.asks or conditioned.text) == "money"
    who = next(r for r in resolve_turn("Wie betaalt dat?", corpus, turn("Hoeveel woningen worden gesloopt?")).readings
               if r.conditioned)
    assert asked_type(who.asks or who.text) == "name"  # its own question word, though it is not first in the text


def test_after_a_lookup_the_follow_up_leans_on_the_question_looked_up(corpus):
    previous = ResolvedTurn("vraag 31", "vraag 31", numbers=(31,), letter="atlas", units=("atlas:q31",), kind="lookup")
    plan = resolve_turn("Wat wordt ermee gedaan?", corpus, previous)
    assert plan.readings[0].conditioned and "regiefunctie" in plan.readings[0].text


def test_the_module_examples_run():
    import assistant.conversation
    assert doctest.testmod(assistant.conversation).failed == 0


def test_the_swapped_earlier_question_is_kept_unless_the_letters_do_not_answer_it():
    from assistant import preferred_reading
    from assistant.conversation import TopicReading
    from assistant.records import Reply

    def reply(p: float, abstained: bool = False) -> Reply:
        return Reply("…", [], abstained, "abstain" if abstained else "search", trace={"decision": {"p": p}})

    swapped = TopicReading("Welke bijdrage kreeg Gelderland in 2015?", (), True, swapped=True)
    topic = TopicReading("Woon- Leefbaarheidsplan Eemsdelta. hoeveel projecten?", (), True)
    bare = TopicReading("En Gelderland?", (), False)
    # the bare name alone is closer to some passage, but it is not what was asked
    assert preferred_reading([(reply(0.5), swapped), (reply(0.9), bare)])[1] is swapped
    assert preferred_reading([(reply(0.3, abstained=True), swapped), (reply(0.9), bare)])[1] is bare
    # also when the bare name is read first (a turn with a topic of its own)
    assert preferred_reading([(reply(0.9), bare), (reply(0.5), swapped)])[1] is swapped
    # a follow-up read with the earlier topic words gives way to a clearly better reading, as before
    assert preferred_reading([(reply(0.5), topic), (reply(0.9), bare)])[1] is bare
    assert preferred_reading([(reply(0.5), topic), (reply(0.6), bare)])[1] is topic
