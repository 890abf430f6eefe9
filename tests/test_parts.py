"""Questions of several parts: which questions are split and where, how the parts' replies are combined, and the
real assistant answering each part from its own passage (or saying plainly which part the letters do not answer)."""
from __future__ import annotations

import doctest

import pytest

import assistant.parts
from assistant.part_answers import combine_parts
from assistant.parts import asked_clause, split_parts, stands_alone
from assistant.records import Lead, Passage, Reply
from ui.bubbles import answer_bubble


@pytest.mark.unit
def test_module_examples_run():
    result = doctest.testmod(assistant.parts)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question, language, parts", [
    # clauses: a new question word after a comma or "en"/"and", or a yes/no verb after ", en"
    ("Hoeveel RetailDeals zijn er gesloten, en wat doet het Rijk aan snel internet?", "nl",
     ("Hoeveel RetailDeals zijn er gesloten?", "wat doet het Rijk aan snel internet?")),
    ("Komt er een investeringsfonds voor krimpgebieden, en komt er een meldpunt voor knelpunten?", "nl",
     ("Komt er een investeringsfonds voor krimpgebieden?", "komt er een meldpunt voor knelpunten?")),
    ("What is the Volkshuisvestingsfonds and how much money goes into it?", "en",
     ("What is the Volkshuisvestingsfonds?", "how much money goes into it?")),
    ("Wanneer stopt het Actieplan, hoeveel bedroeg de DU per jaar en wat adviseert de minister?", "nl",
     ("Wanneer stopt het Actieplan?", "hoeveel bedroeg de DU per jaar?", "wat adviseert de minister?")),
    # a preposition may open the new question: "…, en in welk leerjaar …", "…, and since when?"
    ("Wat wil Midden-Limburg met het vak Duits, en in welk leerjaar begint het vo ermee?", "nl",
     ("Wat wil Midden-Limburg met het vak Duits?", "in welk leerjaar begint het vo ermee?")),
    ("Who works on the spatial vision in the Kop van Noord-Holland, and since when?", "en",
     ("Who works on the spatial vision in the Kop van Noord-Holland?", "since when?")),
    # two questions in one message, also without the last question mark, and what the user adds after them
    ("Wat is het doel van de pilot? En hoe is die afgelopen?", "nl",
     ("Wat is het doel van de pilot?", "En hoe is die afgelopen?")),
    ("kan de regeling worden verlengd? wat hebben we daarover gezegd", "nl",
     ("kan de regeling worden verlengd?", "wat hebben we daarover gezegd?")),
    ("Hoeveel kreeg de regio in 2016 en hoeveel nu? Ik heb het overzicht nodig.", "nl",
     ("Hoeveel kreeg de regio in 2016?", "hoeveel nu?")),
    # …but a second question that ends in a full stop, or opens with a noun, is still asked
    ("Wat is de DU bevolkingsdaling? Hoeveel gemeenten krijgen die.", "nl",
     ("Wat is de DU bevolkingsdaling?", "Hoeveel gemeenten krijgen die?")),
    ("Wat is het IBP Vitaal Platteland? Geef ook de vijftien gebieden.", "nl",
     ("Wat is het IBP Vitaal Platteland?", "Geef ook de vijftien gebieden?")),
    ("Welke regio's krijgen de DU? de Achterhoek ook?", "nl", ("Welke regio's krijgen de DU?", "de Achterhoek ook?")),
    # a preamble before a comma, and a question opened by "en waarmee"
    ("Ik heb twee vragen, wat is de DU bevolkingsdaling en welke gemeente in Parkstad ontvangt die?", "nl",
     ("Ik heb twee vragen, wat is de DU bevolkingsdaling?", "welke gemeente in Parkstad ontvangt die?")),
    ("Wat doet het Rijk aan leegstand, en waarmee betaalt het Rijk dat?", "nl",
     ("Wat doet het Rijk aan leegstand?", "waarmee betaalt het Rijk dat?")),
    # a first part opened by "waarvoor", "waarbij" …, and a yes/no part opened by "mogen" (twenty-eighth stop)
    ("Waarvoor zet de minister het fonds in, en welke gebieden krijgen voorrang?", "nl",
     ("Waarvoor zet de minister het fonds in?", "welke gebieden krijgen voorrang?")),
    ("Wat doet de gemeente met de subsidie, en mogen scholen die ook aanvragen?", "nl",
     ("Wat doet de gemeente met de subsidie?", "mogen scholen die ook aanvragen?")),
    # a sentence the user opens with says what they know; the question after it is split
    ("Ik ben nieuw op het dossier. Wat is een anticipeerregio, en wat is het verschil met een krimpregio?", "nl",
     ("Ik ben nieuw op het dossier. Wat is een anticipeerregio?", "wat is het verschil met een krimpregio?")),
    # a repeated preposition
    ("Wat staat er in de evaluatie over de Retail Deal en over snel internet in het buitengebied?", "nl",
     ("Wat staat er in de evaluatie over de Retail Deal?",
      "Wat staat er in de evaluatie over snel internet in het buitengebied?")),
    # two topics, each with its own article, before a preposition
    ("Welke rol spelen de regiodeals en de omgevingsagenda's in het beleid voor krimpgebieden?", "nl",
     ("Welke rol spelen de regiodeals in het beleid voor krimpgebieden?",
      "Welke rol spelen de omgevingsagenda's in het beleid voor krimpgebieden?")),
])
def test_questions_of_several_parts_are_split(question, language, parts):
    assert split_parts(question, language) == parts


@pytest.mark.unit
@pytest.mark.parametrize("question, language", [
    ("Wat doet het Rijk aan leegstand in winkelgebieden?", "nl"),
    ("Wat is het verschil tussen de krimpregio's en de anticipeerregio's?", "nl"),  # a relation is one question
    ("Hoeveel krimp- en anticipeerregio's zijn er?", "nl"),  # "krimp- en" is one word cut short
    ("How do the shrinking hinterland and the growing city relate to each other?", "en"),
    ("In the Atlas answers, how are residents involved in the focus areas?", "en"),  # an opening phrase
    ("Kunt u aangeven, wanneer de DU bevolkingsdaling stopt?", "nl"),
    ("What did the minister agree with the VNG, with whom she consulted after the motion?", "en"),  # relative
    ("Is de wet, waardoor scholen makkelijker van denominatie veranderen, er inmiddels door?", "nl"),  # an aside
    ("Is er een regio waar alle gemeenten één gezondheidsbeleid hebben en waar VWS meedoet?", "nl"),  # relative
    ("By how much will the minimum wage and the linked benefits be raised?", "en"),  # one thing of two subjects
    ("What are the Rijk and the region doing to improve rail connections in Zeeland?", "en"),
    ("Why are the justice ministry and the IND involved in the pilot?", "en"),
    ("Hoeveel stedelijke vernieuwingsgebieden en hoeveel krimpregio's krijgen prioriteit?", "nl"),  # ellipsis
    ("", "nl"), ("?", "nl"),
    # one thing asked of two subjects, an adjective, a name that goes on with "van"
    ("Wat doen de Nederlandse en de Duitse overheid aan grensarbeid?", "nl"),
    ("Hoe verdelen de provincie en de gemeenten het geld over de regio?", "nl"),
    ("Wat hebben het Rijk en de regio afgesproken over de bereikbaarheid?", "nl"),
    ("Welke gemeenten horen bij de Achterhoek en de Kop van Noord-Holland?", "nl"),
    # more parts than can be answered one by one: asked whole, none left out
    ("Wat is de Retail Deal, wat kost snel internet, hoeveel regiodeals zijn er, en wie betaalt de sloop?", "nl"),
    # a condition before the question is no question of its own
    ("Wanneer een school sluit in een krimpregio, wat doet het Rijk dan?", "nl"),
    ("En als de regio dat plan uitvoert, hoeveel geld komt er dan bij?", "nl"),
    # what the user adds after the question, or knows before it, is no question of its own
    ("Hoeveel scholen zijn er gesloten? Dat getal wil ik in de speech noemen.", "nl"),
    ("How many young people leave Zeeland each year? I need a figure for a press release.", "en"),
    ("Welke pilot liep in Zeeland? Ik wil die noemen bij een werkbezoek", "nl"),
    ("de regiodeal is verlengd, hoeveel geld gaat er nu naartoe", "nl"),
    ("de evaluatie zou in april klaar zijn, wanneer was die echt af", "nl"),
    # a relative clause after a comma: "waarmee" before its subject, not before a verb
    ("Wat kost het programma voor jongeren, waarmee scholieren over de grens worden uitgewisseld?", "nl"),
    # …and "waarbij", "waaruit" before a subject or with the verb at the end (the twenty-eighth stop's review)
    ("Welke gemeente ontvangt de DU voor Parkstad, waarbij de regio zelf de verdeling bepaalt?", "nl"),
    ("Welke inzichten leverde de evaluatie op, waarbij ambtenaren van de krimpregio's meewerkten?", "nl"),
    ("Welk fonds is dat, waaruit LNV de Regio Deals financiert?", "nl"),
])
def test_questions_that_ask_one_thing_are_not_split(question, language):
    assert split_parts(question, language) == ()


def _passage(unit: str, chunk: str) -> Passage:
    return Passage(text="…", doc_id="atlas", title="Antwoorden", date="", questions=[], section="", pages=[1],
                   score=1.0, highlight="", unit_id=unit, chunk_id=chunk)


def _reply(passages: list[Passage], lead: list[Lead], p: float = 0.9, abstained: bool = False,
           reason: str = "") -> Reply:
    return Reply("…", [] if abstained else passages, abstained, "abstain" if abstained else "search",
                 lead=[] if abstained else lead, reason=reason, trace={"decision": {"p": p}})


@pytest.mark.unit
def test_each_answered_part_puts_its_best_passage_first_and_keeps_its_lead():
    a1, a2, b1, w1 = (_passage("u1", "u1#0"), _passage("u2", "u2#0"), _passage("u3", "u3#1"),
                      _passage("u3", "u3#0"))
    whole = _reply([w1, a1], [Lead("Heel.", 1)])
    first = _reply([a1, a2], [Lead("Doel.", 1)])
    second = _reply([b1], [Lead("Einde.", 1)])
    reply = combine_parts(whole, [("Wat was het doel?", first), ("hoe is die afgelopen?", second)], k=5)
    assert [p.chunk_id for p in reply.passages] == ["u1#0", "u3#1", "u2#0", "u3#0"]  # two windows of u3: two passages
    assert [(l.text, l.source) for l in reply.lead] == [("Doel.", 1), ("Einde.", 2)]
    assert [p.answered for p in reply.parts] == [True, True] and not reply.abstained
    assert reply.answer.splitlines()[:2] == ["“Doel.” [1]", "“Einde.” [2]"]


@pytest.mark.unit
def test_a_part_the_letters_do_not_answer_says_why_and_the_list_stops_at_k():
    whole = _reply([_passage(f"w{i}", f"w{i}#0") for i in range(5)], [Lead("Heel.", 1)])
    first = _reply([_passage("u1", "u1#0")], [Lead("Doel.", 1)])
    second = _reply([], [], abstained=True, reason="De brieven noemen “Defensie” nergens.")
    reply = combine_parts(whole, [("Wanneer stopt het?", first), ("Hoeveel F-35's?", second)], k=3)
    assert len(reply.passages) == 3 and reply.passages[0].unit_id == "u1"
    assert reply.parts[1].reason == "De brieven noemen “Defensie” nergens." and not reply.parts[1].answered
    assert "Over “Hoeveel F-35's?”: De brieven noemen “Defensie” nergens." in reply.answer


@pytest.mark.unit
def test_a_refused_question_is_answered_only_by_a_confident_part():
    refused = _reply([], [], abstained=True, reason="De brieven noemen “arbeidsmigranten” nergens.")
    weak = _reply([_passage("u1", "u1#0")], [Lead("Achterhoek.", 1)], p=0.48)
    strong = _reply([_passage("u2", "u2#0")], [Lead("Kerkrade.", 1)], p=0.84)
    assert combine_parts(refused, [("a?", weak), ("b?", weak)], k=5, overrule_p=0.51).abstained
    reply = combine_parts(refused, [("a?", weak), ("b?", strong)], k=5, overrule_p=0.51)
    assert not reply.abstained and [p.unit_id for p in reply.passages] == ["u2"]
    assert [p.answered for p in reply.parts] == [False, True]


@pytest.mark.unit
def test_every_answered_part_keeps_its_passage_and_a_line_even_when_k_is_small():
    first = _reply([_passage("u1", "u1#0")], [Lead("Doel.", 1)])
    second = _reply([_passage("u2", "u2#0")], [Lead("Einde.", 1)])
    reply = combine_parts(first, [("Deel een?", first), ("Deel twee?", second)], k=1)
    assert [p.unit_id for p in reply.passages] == ["u1", "u2"]
    assert reply.answer.splitlines()[:2] == ["“Doel.” [1]", "“Einde.” [2]"]
    no_lead = _reply([_passage("u3", "u3#0")], [])
    reply = combine_parts(first, [("Deel een?", first), ("Deel drie?", no_lead)], k=5)
    assert reply.parts[1].answered and reply.parts[1].lead[0].source == 2  # cited to its best passage
    assert "Over “Deel drie?”" not in reply.answer


@pytest.mark.unit
def test_an_answered_question_whose_parts_are_all_refused_keeps_its_own_answer():
    whole = _reply([_passage("u1", "u1#0")], [Lead("Heel.", 1)])
    refused = _reply([], [], abstained=True, reason="De brieven noemen “X” nergens.")
    reply = combine_parts(whole, [("a?", refused), ("b?", refused)], k=5)
    assert reply.parts == [] and reply.answer == whole.answer and not reply.abstained
    assert "Heel." in answer_bubble(reply)
    assert [p["answer"] for p in reply.trace["parts"]] == [False, False]  # the parts are still traced


@pytest.mark.unit
def test_one_sentence_answering_two_parts_is_quoted_once():
    passage = _passage("u1", "u1#0")
    both = _reply([passage], [Lead("In drie NOVI-gebieden, Zuid-Limburg eerst.", 1)])
    reply = combine_parts(both, [("Which NOVI areas?", both), ("which of them first?", both)], k=5)
    assert reply.answer.count("Zuid-Limburg eerst") == 1
    assert "see the sentence above [1]" in reply.answer or "zie de zin hierboven [1]" in reply.answer
    html = answer_bubble(reply)
    assert html.count("Zuid-Limburg eerst") == 1 and "Zie de zin hierboven" in html


@pytest.mark.unit
def test_a_window_two_parts_show_is_shown_once_as_its_widest_span():
    """Part two's reply joined the window with its neighbour (where its answer stands); part one's did not."""
    narrow = Passage(text="Vraag 8: …", doc_id="so", title="SO", date="", questions=[8], section="", pages=[3],
                     score=0.9, highlight="WoON2021 wordt gepresenteerd.", unit_id="q8", chunk_id="q8#0",
                     start=100, end=900)
    wide = Passage(text="Vraag 8: … RIGO …", doc_id="so", title="SO", date="", questions=[8], section="",
                   pages=[3, 4], score=0.2, highlight="RIGO onderzocht.", unit_id="q8", chunk_id="q8#0", start=100,
                   end=1700, joined_chunk_id="q8#1")
    first = _reply([narrow], [Lead("WoON2021 wordt gepresenteerd.", 1)])
    second = _reply([_passage("u2", "u2#0"), wide], [Lead("RIGO onderzocht.", 2)])
    reply = combine_parts(first, [("Wanneer WoON2021?", first), ("wat heeft RIGO onderzocht?", second)], k=5)
    assert [p.chunk_id for p in reply.passages] == ["q8#0", "u2#0"]
    shown = reply.passages[0]
    assert (shown.end, shown.joined_chunk_id, shown.score, shown.highlight) == (1700, "q8#1", 0.9,
                                                                                "WoON2021 wordt gepresenteerd.")
    assert [(l.text, l.source) for l in reply.lead] == [("WoON2021 wordt gepresenteerd.", 1), ("RIGO onderzocht.", 1)]


# --- the real assistant on the real letters ---------------------------------------------------------------------

def test_each_part_is_answered_from_its_own_passage(bot):
    reply = bot.ask("Hoeveel RetailDeals zijn er gesloten, en wat doet het Rijk aan snel internet in het "
                    "buitengebied?")
    assert not reply.abstained and [p.answered for p in reply.parts] == [True, True]
    first, second = reply.parts
    assert "31 RetailDeals" in " ".join(l.text for l in first.lead)
    assert "snel internet" in " ".join(l.text for l in second.lead)
    assert {l.source for l in first.lead}.isdisjoint({l.source for l in second.lead})


def test_a_later_part_leans_on_the_one_before(bot):
    reply = bot.ask("Wat was het doel van de pilot met Akense studenten in Parkstad en hoe is die afgelopen?")
    assert len(reply.parts) == 2 and all(p.answered for p in reply.parts)
    # both windows of the evaluation letter's pilot section, in one passage since the twenty-fourth stop
    first = reply.passages[0]
    assert first.doc_id == "evaluatie-actieplan" and first.joined_chunk_id.startswith(first.unit_id)
    assert "binnen een jaar weer verlaten" in " ".join(l.text for l in reply.parts[1].lead)
    assert reply.trace["parts"][1]["text"] == "hoe is die afgelopen?"


def test_the_part_the_letters_do_not_answer_is_named(bot):
    reply = bot.ask("Wanneer wordt het Actieplan Bevolkingsdaling beëindigd en hoeveel F-35's heeft Defensie "
                    "besteld?")
    assert not reply.abstained and "1 januari 2021" in reply.answer
    assert [p.answered for p in reply.parts] == [True, False]
    assert "Defensie" in reply.parts[1].reason
    html = answer_bubble(reply)
    assert html.count('class="reply-lead reply-part"') == 1 and 'class="reply-reason reply-part"' in html


def test_a_question_of_unanswerable_parts_is_still_refused(bot):
    reply = bot.ask("Hoe moeten gemeenten in de Achterhoek arbeidsmigranten huisvesten en welke normen gelden "
                    "daarvoor?")
    assert reply.abstained and not reply.passages and len(reply.parts) == 2


def test_a_who_question_with_a_second_part_is_not_split(bot):
    # split, the who-line of the composed reply would sit beside part lines that never show it
    reply = bot.ask("Welke fractie vroeg om een meldpunt en wat heeft de minister daarop geantwoord?")
    assert reply.parts == [] and "parts" not in reply.trace


def test_a_later_part_with_a_topic_of_its_own_is_not_answered_with_the_first_part_s_passage(bot):
    # read as a follow-up, its refused standalone reading was overruled by one that carried the RetailDeals
    reply = bot.ask("Hoeveel RetailDeals zijn er gesloten, en wanneer wordt de verbeterde loketfunctie van de "
                    "overheid landelijk ingevoerd?")
    assert [p.answered for p in reply.parts] == [True, False]
    assert reply.parts[1].reason == "De brieven noemen hiervoor geen datum of jaar."
    assert "31 RetailDeals" in reply.answer and "zie de zin hierboven" not in reply.answer


@pytest.mark.unit
@pytest.mark.parametrize("part, alone", [
    ("wanneer wordt de verbeterde loketfunctie landelijk ingevoerd?", True),
    ("hoe staat de woningmarkt in krimpgebieden er volgens de minister nu voor?", True),
    # the actors and letters a part names are no topic: it asks about what the part before named
    ("wat raden de onderzoekers het Rijk aan?", False), ("wat blijkt er volgens de evaluatiebrief uit?", False),
    ("hoe is die afgelopen?", False)])
def test_a_later_part_stands_alone_only_with_a_topic_of_its_own(part, alone):
    assert stands_alone(part) == alone


def test_a_part_answered_by_the_neighbouring_window_keeps_it_in_the_combined_reply(bot):
    """Question 8's answer names WoON2021 in its first window and RIGO's study in the next: the second part's reply
    joins the two, the first part's does not; the combined reply shows the joined passage."""
    reply = bot.ask("Wanneer worden de resultaten van WoON2021 gepresenteerd, en wat heeft RIGO voor de krimpregio's "
                    "onderzocht over levensloopbestendige woningen?")
    assert [p.answered for p in reply.parts] == [True, True]
    text = " ".join(p.text for p in reply.passages)
    assert "WoON2021" in text and "aandeel van de woningvoorraad in deze" in text


def test_what_the_user_adds_after_the_question_is_no_part_the_letters_answer(bot):
    """A figure the letters never give stays refused when the user says why they ask it: the added sentence is
    no question of its own, which passages on its topic would "answer"."""
    reply = bot.ask("Hoeveel inwoners verloor Parkstad Limburg sinds 2014? De minister zou daar een overzicht van "
                    "hebben gestuurd.")
    assert reply.abstained and not reply.passages and not reply.parts
    assert reply.reason == "De brieven noemen hiervoor geen bedrag of aantal."
    english = bot.ask("How many young people leave the Achterhoek every year? I want a figure to open my speech in "
                      "Doetinchem.")
    assert english.abstained and english.reason == "The letters give no amount or number for this."
    relative = bot.ask("Wat kost het programma Onbegrensd, waarmee scholieren over de grens worden uitgewisseld?")
    assert relative.abstained and relative.reason == "De brieven noemen hiervoor geen bedrag."


def test_a_word_only_in_what_the_question_is_for_is_no_word_the_letters_must_use(bot):
    """"Voor een Woo-dossier …:" says what the answer is for; the letters never write "Woo", and the question was
    refused for it (twenty-eighth stop)."""
    reply = bot.ask("Voor een Woo-dossier over Europees geld in de grensstreek: hoeveel geld komt uit het EFRO voor "
                    "het Interreg-programma Euregio Maas-Rijn?")
    assert not reply.abstained and "98 miljoen" in reply.lead[0].text
    refused = bot.ask("Hoeveel geld komt uit het Woo-fonds voor het Interreg-programma Euregio Maas-Rijn?")
    assert refused.abstained  # asked about, the same word still counts


@pytest.mark.unit
def test_the_asked_clause_leaves_out_what_the_user_tells_unless_the_question_points_back_to_it():
    assert asked_clause("Voor ons LNV-overleg: waarom verwacht het actieplan sloop van boerderijen?", "nl") == (
        "waarom verwacht het actieplan sloop van boerderijen?")
    assert asked_clause("Ik bereid een werkbezoek voor. Welk budget heeft de IBA Parkstad?", "nl") == (
        "Welk budget heeft de IBA Parkstad?")
    # the topic the user names: "Voor het Groeifonds: …", or a question that points back to the sentence before
    for question in ("Voor het Groeifonds: hoeveel geld gaat naar de Achterhoek?",
                     "De Telegraaf schreef over het Deltaplan. Hoeveel geld ging daarvan naar Zeeland?",
                     "Een Statenlid beweert dat Friesland harder is geraakt. Klopt dat?"):
        assert asked_clause(question, "nl") == question

