"""Footnotes: those that say something are passages of their own, lost ones leave the running text, and a
footnote can be looked up by number."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.footnote_lookup import find_footnotes, footnote_numbers
from assistant.query import parse_query
from assistant.records import Passage
from corpus.cleaning import clean_letter
from corpus.footnotes import HEADING, annotated_sentence, cited_between, says_something
from corpus.records import Footnote
from ui.cards import source_card


def footnote_unit(corpus, unit_id):
    return next(u for u in corpus.units if u.unit_id == unit_id)


def running_text(corpus, doc_id):
    """The letter's text before its appended footnotes."""
    clean = corpus.letter(doc_id).clean
    assert clean.running_text == clean.text.split(f"\n\n{HEADING}\n\n")[0]
    return clean.running_text


@pytest.mark.unit
def test_a_footnote_that_says_something_is_a_unit_on_its_page(corpus):
    unit = footnote_unit(corpus, "actieplan-2016:n016")
    assert unit.kind == "footnote" and unit.heading == "Voetnoot 16" and unit.pages == (10,)
    assert unit.body_text.startswith("De Demowijzer richt zich specifiek op krimp- en anticipeergebieden.")
    assert "wordt de Demowijzer beëindigd" in unit.body_text
    assert corpus.letter("actieplan-2016").clean.page_at(unit.start) == 10


@pytest.mark.unit
def test_a_citation_footnote_is_shown_but_is_no_passage(corpus):
    atlas = corpus.letter("atlas")
    note = next(n for n in atlas.clean.footnotes if n.number == 10)
    assert note.text == "Kamerstukken II, 2022/23, 30 995, nr. 101" and not note.passage
    assert atlas.clean.text[note.start:note.end] == note.text
    assert not [u for u in atlas.units if u.kind == "footnote"]
    assert not says_something(Footnote(30, "Kamerstukken II, 2015/2016, 31 757, nr. 81 en Kamerstukken II, 2015/16, "
                                           "34 300 XVIII, nr. 35."))
    assert not says_something(Footnote(11, "Kamerstukken I, 2014/2015, 34 000 J (bijlage beleidsdoorlichting). "
                                           "bewustwording visievorming planvorming programmering uitvoering "
                                           "verankering beleidscyclus"))


@pytest.mark.unit
def test_the_same_footnote_text_is_one_passage(corpus):
    texts = [u.body_text for u in corpus.units if u.kind == "footnote"]
    assert len(texts) == len(set(texts)) >= 30


@pytest.mark.unit
def test_footnotes_without_their_page_break_leave_the_running_text(corpus):
    """The evaluation letter's footnotes 14, 31 and 32 and the action plan's "80 * De Provincie Zuid-Holland …"
    stood in the running text where the PDF lost the page break above them."""
    evaluation = running_text(corpus, "evaluatie-actieplan")
    assert "Potjer" not in evaluation and "49 aanvragen" not in evaluation and "Kamerstuk 35 606" not in evaluation
    assert "Het is aan een nieuw kabinet om te bepalen" in evaluation  # the sentence the footnote cut is whole
    assert "blijkt de aanpak succesvol en kan" in evaluation  # its reference mark is gone
    note_31 = footnote_unit(corpus, "evaluatie-actieplan:n031")
    assert "Er zijn 49 aanvragen ter waarde van € 29,5 miljoen" in note_31.text
    assert footnote_unit(corpus, "evaluatie-actieplan:n014").body_text.startswith("Potjer, S. (2019).")
    notes = {n.number: n for n in corpus.letter("evaluatie-actieplan").clean.footnotes}
    assert notes[32].text.startswith("Kamerstuk 35 606, nr. 2.") and not notes[32].passage
    plan = running_text(corpus, "actieplan-2016")
    assert "80 *" not in plan and "Zuid-Holland wil vooralsnog" not in plan
    assert footnote_unit(corpus, "actieplan-2016:n080").body_text.startswith("De Provincie Zuid-Holland wil vooralsnog")


@pytest.mark.unit
def test_no_numbered_question_is_taken_for_a_lost_footnote(corpus):
    lost = [n for l in corpus.letters for n in l.clean.footnotes if "?" in n.text]
    assert not lost
    assert [n for n in range(1, 117) if n != 16] == sorted(
        {n for u in corpus.letter("so-bevolkingsdaling").units for n in u.questions})


@pytest.mark.unit
@pytest.mark.parametrize("text, numbers", [
    ("Wat staat er in voetnoot 22 van het actieplan?", [22]),
    ("voetnoten 14 en 31 van de evaluatiebrief", [14, 31]),
    ("What does footnote 3-5 say?", [3, 4, 5]),
    ("Wat staat er in noot 22 van het actieplan?", [22]),  # "noot" and "note" are footnotes too
    ("note 14 of the evaluation letter", [14]),
    ("Wat staat er in vraag 22?", []),
    ("Welke noten heeft het actieplan?", []),
    ("Please note 3 things about krimp", []),  # English "note" is a footnote after "in", "the", "see" or "of"
    ("see note 5 of the action plan", [5]),
])
def test_footnote_numbers(text, numbers):
    assert footnote_numbers(text) == numbers


@pytest.mark.unit
def test_a_footnote_number_is_no_question_number(corpus):
    parsed = parse_query("Wat staat in voetnoot nr. 22 van het actieplan?", corpus)
    assert parsed.footnotes == [22] and parsed.numbers == [] and parsed.letter_hints == ["actieplan-2016"]


@pytest.mark.unit
def test_a_named_letter_without_the_footnote_gives_no_other_letters(corpus):
    assert [m.doc_id for m in find_footnotes(corpus, 35, [])] == ["actieplan-2016", "evaluatie-actieplan"]
    assert [m.doc_id for m in find_footnotes(corpus, 35, ["evaluatie-actieplan"])] == ["evaluatie-actieplan"]
    assert find_footnotes(corpus, 35, ["k6-brief"]) == []


def test_a_footnote_is_looked_up_by_number(bot):
    reply = bot.ask("Wat staat er in voetnoot 22 van het actieplan?")
    assert reply.kind == "lookup" and not reply.abstained
    # the footnote, then the section whose text holds its mark, with the marked sentence highlighted
    assert [p.unit_id for p in reply.passages] == ["actieplan-2016:n022", "actieplan-2016:s014"]
    assert "tijdelijke maatstaf bevolkingskrimp" in reply.answer
    assert reply.passages[0].citation().endswith("voetnoot 22, p. 13")
    assert reply.passages[1].highlight in reply.answer and reply.answer.rstrip().endswith("[2]")


def test_a_mark_on_a_line_of_its_own_is_placed_in_the_line_below_it(bot):
    """The Atlas answers print each mark on a line of its own above the line it stands in: footnote 15 is the
    kamerstuk of the Leidraad Grenseffecten, and the reply shows the sentence and the section it stands in."""
    reply = bot.ask("Welk kamerstuk staat in voetnoot 15 van de Atlas-antwoorden?")
    assert "32 851, nr. 53" in reply.answer
    assert "de Leidraad Grenseffecten aangekondigd" in reply.answer
    assert reply.passages[1].doc_id == "atlas" and "Leidraad Grenseffecten" in reply.passages[1].highlight


def test_a_citation_footnote_is_looked_up_too(bot):
    reply = bot.ask("What does footnote 10 of the Atlas answers say?")
    assert not reply.abstained and reply.language == "en"
    assert "Kamerstukken II, 2022/23, 30 995, nr. 101" in reply.answer
    passage = reply.passages[0]
    view = bot.view_letter(passage.doc_id, passage.start, passage.end)
    assert view.text[view.highlight_start:view.highlight_end] == "Kamerstukken II, 2022/23, 30 995, nr. 101"


def test_an_unknown_footnote_gets_a_plain_line(bot):
    reply = bot.ask("voetnoot 4 van de K6-brief")
    assert reply.abstained and not reply.passages and "komt niet voor in" in reply.answer
    assert bot.ask("Wat staat er in voetnoot 999?").answer == "Voetnoot 999 komt in geen van de brieven voor."


def test_a_follow_up_asks_for_a_footnote(bot):
    first = bot.ask("Waarom is de Demowijzer beëindigd?")
    assert first.passages[0].unit_id == "actieplan-2016:n016" and not first.abstained
    reply = bot.ask("En wat staat er in voetnoot 22?", conversation=first.conversation)
    assert [p.unit_id for p in reply.passages][:1] == ["actieplan-2016:n022"]


def test_a_question_answered_only_in_a_footnote_finds_it(bot):
    reply = bot.ask("Wat is Leader?")
    assert not reply.abstained and reply.passages[0].unit_id == "actieplan-2016:n028"
    assert reply.lead and reply.lead[0].text.startswith("Leader is een Europees subsidieprogramma")
    assert reply.passages[0].citation().endswith("maart 2016, voetnoot 28, p. 14")


@pytest.mark.unit
def test_a_sentence_cut_by_a_lost_page_break_is_one_paragraph_again(corpus):
    """Twelve sentences of the evaluation letter broke where a page break was lost ("… vergt het domein" |
    "bereikbaarheid een aangepaste inzet …"); a paragraph never runs over a page missing from the copy (the Atlas
    answers hold only odd pages), and the signature stays apart from its closing line."""
    evaluation = running_text(corpus, "evaluatie-actieplan")
    assert "vergt het domein bereikbaarheid een aangepaste inzet" in evaluation
    assert "investeer in een duurzame relatie met de regio’s" in evaluation
    atlas = running_text(corpus, "atlas")
    assert "Wat maakt dat mensen zich\n\nvan de democratie" in atlas
    assert "Koninkrijksrelaties,\n\ndrs. K.H. Ollongren" in running_text(corpus, "k6-brief")


@pytest.mark.unit
def test_a_footnote_knows_where_its_mark_stood(corpus):
    """Footnote 21's mark stood on page 12, its footnote at the foot of page 13: the mark is gone from the text
    ("groeigemeenten.21" stayed there before) and placed right after the word it was glued to."""
    plan = corpus.letter("actieplan-2016").clean
    notes = {n.number: n for n in plan.footnotes}
    assert "groeigemeenten.21" not in plan.text
    assert plan.text[:notes[21].cited_at].endswith("onderscheidt van groeigemeenten.")
    assert plan.text[:notes[22].cited_at].endswith("De evaluatie van de krimpmaatstaf")
    assert annotated_sentence(plan, notes[16]).endswith("in de vernieuwde Leefbaarometer 2.0.")
    s014 = next(u for u in corpus.letter("actieplan-2016").units if u.unit_id == "actieplan-2016:s014")
    assert {21, 22, 23} <= {n.number for n in cited_between(plan, s014.start, s014.end)}
    placed = sum(n.cited_at >= 0 for l in corpus.letters for n in l.clean.footnotes)
    assert placed >= 90  # of 119; the Atlas copy has no marks at all, and a mark needs 12 characters before it


@pytest.mark.unit
def test_a_card_shows_the_footnotes_marked_in_its_passage():
    passage = Passage("De evaluatie van de krimpmaatstaf …", "actieplan-2016", "Actieplan", "maart 2016", [], "3.1.1",
                      [12], 0.9, "", notes=[(22, "De regering besloot in 2010 <b>")])
    html = source_card(passage, 0)
    assert ('<ol class="card-notes" aria-label="Voetnoten"><li value="22">De regering besloot in 2010 &lt;b&gt;</li>'
            in html)
    assert "card-notes" not in source_card(replace(passage, notes=[]), 0)


def test_a_passage_carries_its_footnotes_and_a_footnote_its_sentence(bot):
    reply = bot.ask("Hoe wordt er met de kosten van krimpgemeenten rekening gehouden in het gemeentefonds?")
    top = reply.passages[0]
    assert top.unit_id == "actieplan-2016:s014"
    note_22 = next(n.text for n in bot.corpus.letter("actieplan-2016").clean.footnotes if n.number == 22)
    assert (22, note_22) in top.notes
    lookup = bot.ask("Wat staat er in voetnoot 21 van het actieplan?")
    assert "Bruno Steiner Advies" in lookup.answer
    assert "Bij de zin: “Gemeentelijk niveau Gemeenten in krimpregio’s hebben een karakteristiek" in lookup.answer


@pytest.mark.unit
def test_a_numbered_item_without_a_mark_is_no_lost_footnote():
    """Footnotes 1 and 3 exist; "2 Gemeenten krijgen …" in the running text has no mark "…2" anywhere: it stays."""
    page = "Pagina {n} van 3\n"
    raw = (page.format(n=1) + "De regio’s werken samen.1 Zo gaat het.\n\n1 Een voetnoot over het werk van de regio’s.\n"
           + page.format(n=2) + "Een lijst.\n\n2 Gemeenten krijgen extra geld voor de sloop van woningen.\n\n"
           + "".join(f"Regel {k} van de lopende tekst gaat hier verder.\n" for k in range(8))
           + page.format(n=3) + "Nog een zin met een noot.3 Klaar.\n\n3 Een tweede voetnoot over de provincies.\n")
    letter = clean_letter("x", raw)
    assert "2 Gemeenten krijgen extra geld" in letter.running_text
    assert sorted(n.number for n in letter.footnotes) == [1, 3]
    marked = clean_letter("x", raw.replace("Een lijst.", "Een lijst met een noot.2"))  # now it is footnote 2
    assert "Gemeenten krijgen" not in marked.running_text and "met een noot." in marked.running_text
    assert sorted(n.number for n in marked.footnotes) == [1, 2, 3]


@pytest.mark.unit
def test_a_section_number_is_no_footnote_mark(corpus):
    """"1.1 Inleiding" lost its second "1" to footnote 1 before; a mark after a number's full stop stays one."""
    plan = corpus.letter("actieplan-2016").clean
    assert "1.1 Inleiding" in plan.text and "Leefbaarometer 2.0." in plan.text
    assert [n.text[:40] for n in plan.footnotes if n.number == 2] == ["Ministerie van BZK, VNG en IPO, Krimpen "]
    pages = [n.page for n in plan.footnotes]
    assert pages == sorted(pages)  # shown in page order, also where a footnote was recovered later


def test_a_question_number_and_a_footnote_in_one_turn(bot):
    reply = bot.ask("Wat staat er in vraag 31 en voetnoot 22 van het actieplan?")
    assert "Vraag 31" in reply.answer and "Voetnoot 22" in reply.answer
    # the footnote, then the paragraph its mark stands in
    assert reply.passages[-2].unit_id == "actieplan-2016:n022"
    assert f"[{len(reply.passages) - 1}]" in reply.answer.split("Voetnoot 22")[1]


def test_english_names_of_the_letters_pick_the_footnote(bot):
    reply = bot.ask("What do footnotes 14 and 31 of the evaluation letter say?")
    assert reply.language == "en" and [p.unit_id for p in reply.passages if p.kind == "footnote"] == [
        "evaluatie-actieplan:n014", "evaluatie-actieplan:n031"]
    assert "also has a footnote 14" not in reply.answer  # the letter was named
    both = bot.ask("footnote 14")
    assert "also has a footnote 14" in both.answer and both.language == "en"


def test_a_follow_up_steps_through_footnotes(bot):
    first = bot.ask("Wat staat er in voetnoot 22 van het actieplan?")
    following = bot.ask("En de volgende?", conversation=first.conversation)
    assert following.kind == "lookup" and "Voetnoot 23" in following.answer
    assert following.passages[0].doc_id == "actieplan-2016"
    bare = bot.ask("En 37?", conversation=first.conversation)
    assert "Voetnoot 37" in bare.answer and bare.passages[0].unit_id == "actieplan-2016:n037"
    question = bot.ask("vraag 24", conversation=first.conversation)
    assert "Vraag 24" in question.answer  # a question asked by name is still a question


@pytest.mark.unit
def test_a_stray_line_is_no_footnote_passage_and_a_table_has_no_annotated_sentence(corpus):
    from corpus.footnotes import append_footnotes
    _, _, notes = append_footnotes("Brief.", [], [Footnote(0, "Een losse regel over de samenwerking van gemeenten.")])
    assert not notes[0].passage  # number 0: a line before the first numbered footnote
    plan = corpus.letter("actieplan-2016").clean
    table = next(p for p in plan.paragraphs if p.is_table)
    marked_in_table = Footnote(99, "Een noot bij een tabel.", None, cited_at=table.start + 5)
    assert annotated_sentence(plan, marked_in_table) == ""


def test_a_footnote_three_letters_have_names_the_other_two(bot):
    reply = bot.ask("Wat staat er in voetnoot 21?")
    assert " hebben een voetnoot 21." in reply.answer and "(p. " in reply.answer.split("Ook ")[1]


@pytest.mark.unit
def test_the_command_line_prints_a_passage_s_footnotes_under_it(capsys):
    from assistant.__main__ import print_reply
    from assistant.records import Reply

    passage = Passage("Scholen kunnen subsidie aanvragen.31", "evaluatie-actieplan", "Evaluatie", "2021", [], "",
                      [8], 0.9, "", notes=[(31, "Er zijn 49 aanvragen ingediend.")])
    print_reply(Reply("…", [passage], False, "search"), as_json=False)
    assert "  31 Er zijn 49 aanvragen ingediend." in capsys.readouterr().out
