"""The assistant API on the real letters: lookups, follow-ups, abstention, English, citations."""
from __future__ import annotations


def test_lookup_single_number_gives_the_whole_answer_unit(bot):
    reply = bot.ask("vraag 87")
    assert reply.kind == "lookup" and not reply.abstained
    top = reply.passages[0]
    assert top.doc_id == "so-bevolkingsdaling" and 87 in top.questions
    assert "verhuurderheffing" in top.text and "111" in reply.answer  # says the answer is shared with 111, 7, 6, 81


def test_lookup_combined_answer_says_which_questions_it_covers(bot):
    reply = bot.ask("vragen 53 en 54")
    assert reply.passages[0].questions == [53, 54]
    assert "53, 54" in reply.answer


def test_lookup_with_letter_hint_chooses_the_atlas(bot):
    reply = bot.ask("vraag 31 uit de Atlas-beantwoording")
    top = reply.passages[0]
    assert top.doc_id == "atlas" and top.questions == [31]
    assert "De rijksinzet voor de regio" in top.text
    assert "2023-0000010189" in top.citation() and "p. 19" in top.citation()


def test_ambiguous_number_without_hint_names_both_letters(bot):
    reply = bot.ask("vraag 22")
    assert reply.passages and all(22 in p.questions for p in reply.passages)
    assert {p.doc_id for p in reply.passages} <= {"so-bevolkingsdaling", "atlas"}
    # "Vraag 22 wordt beantwoord in “… schriftelijk overleg van 14 mei 2020 …” … komt ook voor in: … Atlas …"
    assert "ook voor" in reply.answer
    assert "14 mei 2020" in reply.answer and "Atlas van afgehaakt Nederland" in reply.answer


def test_english_lookup(bot):
    reply = bot.ask("question 102")
    assert reply.language == "en" and reply.passages[0].questions == [102, 103]


def test_unknown_number_says_so(bot):
    reply = bot.ask("vraag 999")
    assert reply.abstained and "999" in reply.answer and "komt in geen van de brieven voor" in reply.answer


def test_question_whose_answer_is_on_a_missing_page(bot):
    reply = bot.ask("vraag 25 atlas")
    assert reply.passages[0].status == "answer_missing"
    assert "ontbreekt" in reply.answer


def test_followup_number_stays_in_the_same_letter(bot):
    reply = bot.ask("En vraag 32?", history=["vraag 31 uit de Atlas-beantwoording"])
    assert reply.passages[0].doc_id == "atlas" and reply.passages[0].questions == [32]


def test_followup_who_asked(bot):
    reply = bot.ask("Wie vroeg dat?", history=["vragen 53 en 54"])
    assert "SP" in reply.answer and reply.passages[0].questions == [53, 54]


def test_who_asked_after_a_search_names_the_part_of_a_grouped_answer_about_it(bot):
    # the answer groups questions 4, 13, 12, 21, 22, 23, 92 and 44; only 44 (GroenLinks) is about the scenarios
    reply = bot.ask("Wie had dat gevraagd?",
                    history=["Hoe staat het met het onderzoek naar demografische scenario's uit de motie Dijkhoff?"])
    assert reply.kind == "followup" and reply.passages[0].questions[-1] == 44
    assert reply.answer.startswith("Die vraag (44) werd gesteld door de leden van de GroenLinks-fractie")


def test_who_asked_after_an_answer_from_a_narrative_letter_says_no_fractie_asked(bot):
    reply = bot.ask("Wie vroeg daarnaar?", history=["Wat was de uitkomst van de pilot met Akense studenten in Parkstad?"])
    assert "niet uit antwoorden op Kamervragen" in reply.answer and not reply.passages


def test_who_asked_after_a_refused_question_says_no_answer_was_found(bot):
    """The earlier question was there, but the letters did not answer it: that is what the reply says, not that the
    assistant does not know which question was meant."""
    reply = bot.ask("Welke fracties vroegen daarnaar?",
                    history=["Hoeveel geld gaat er naar het Nationaal Groeifonds voor krimpregio's?"])
    assert reply.abstained and not reply.passages
    assert reply.answer.startswith("Op de vorige vraag vond ik geen antwoord in de brieven")
    first = bot.ask("Wie vroeg daarnaar?")  # no earlier question at all
    assert first.abstained and first.answer.startswith("Ik weet niet naar welke eerdere vraag u verwijst")


def test_who_asked_is_about_the_answer_shown_not_a_later_passage(bot):
    first = "Wat doet het kabinet aan de bereikbaarheid van voorzieningen in krimpgebieden?"
    shown = bot.ask(first).passages[0]
    reply = bot.ask("Wie hadden daarnaar gevraagd?", history=[first])
    if shown.questions:
        assert all(n in shown.questions for n in reply.passages[0].questions)
    else:  # the answer came from a narrative letter: no fractie asked, whatever later passages answered
        assert "niet uit antwoorden op Kamervragen" in reply.answer and not reply.passages


def test_followup_builds_on_the_previous_topic(bot):
    reply = bot.ask("En wat zei de minister over de sloopregeling?", history=["Wat is de verhuurderheffing?"])
    assert not reply.abstained
    assert any("sloopregeling" in p.text for p in reply.passages)


def test_paraphrase_finds_the_answer(bot):
    reply = bot.ask("Komt er na 2020 een nieuw actieplan voor gebieden met bevolkingsdaling?")
    assert not reply.abstained
    assert any("niet van plan ben een nieuw actieplan te starten" in p.text for p in reply.passages[:5])


def test_english_question_searches_the_dutch_letters(bot):
    reply = bot.ask("Will there be a national fund for demolishing houses in shrinking regions?")
    assert not reply.abstained and reply.language == "en"
    assert any("nationaal sloopfonds" in p.text for p in reply.passages[:5])


def test_off_topic_question_abstains_plainly(bot):
    reply = bot.ask("Wie won het WK voetbal in 2022?")
    assert reply.abstained and reply.passages == []
    assert "niet in de brieven" in reply.answer


def test_english_off_topic_abstains_in_english(bot):
    reply = bot.ask("How do I reset my password?")
    assert reply.abstained and "not in the letters" in reply.answer


def test_table_question_finds_the_municipalities(bot):
    reply = bot.ask("Welke gemeenten vallen onder de krimpregio Achterhoek?")
    assert any("Winterswijk" in p.text for p in reply.passages[:5])


def test_every_passage_is_cited(bot):
    reply = bot.ask("Wat doet het Rijk aan leegstand in winkelgebieden?")
    for passage in reply.passages:
        assert passage.title and passage.pages and passage.highlight
        assert passage.highlight.split(" … ")[0][:30] in passage.text


def test_letter_filter_restricts_passages(bot):
    reply = bot.ask("Hoeveel regiodeals lopen er met gebieden met bevolkingsdaling?", letters=["k6-brief"])
    assert reply.passages and {p.doc_id for p in reply.passages} == {"k6-brief"}


def test_letter_viewer_only_opens_corpus_letters(bot):
    view = bot.view_letter("atlas", 100, 200)
    assert view.page == 1 and "2023-0000010189" in view.info.reference
    for bad in ("../../etc/passwd", "/etc/passwd", "atlas.txt"):
        try:
            bot.view_letter(bad)
        except KeyError:
            continue
        raise AssertionError(f"{bad} was opened")


def test_a_bare_keyword_is_answered_not_abstained(bot):
    reply = bot.ask("verhuurderheffing")
    assert not reply.abstained and any("verhuurderheffing" in p.text for p in reply.passages[:3])


def test_a_number_the_named_letter_lacks_is_answered_with_that_letter_s_range(bot):
    reply = bot.ask("Wat antwoordt de minister op vraag 60 over de Atlas van afgehaakt Nederland?")
    assert reply.abstained and not reply.passages
    assert "Vraag 60 komt niet voor in" in reply.answer and "Atlas" in reply.answer and "43-44" in reply.answer


def test_who_asked_about_a_topic_names_the_question_and_its_fractie(bot):
    reply = bot.ask("Welke fractie vroeg om een meldpunt?", history=["Komt er een meldpunt voor knelpunten?"])
    assert reply.answer.startswith("Die vraag (67) werd gesteld door de leden van de PvdA-fractie")
    assert "meldpunt" in reply.lead[0].text


def test_an_abbreviated_ministry_is_answered_where_the_letters_write_its_name_out(bot):
    reply = bot.ask("Wat heeft IenM in de Hoeksche Waard gedaan?")
    assert not reply.abstained
    assert any("Infrastructuur en Milieu" in p.text and "Hoeksche Waard" in p.text for p in reply.passages[:3])


def test_a_dutch_question_about_a_fund_the_letters_never_name_abstains_with_the_name(bot):
    reply = bot.ask("Hoeveel geld krijgen krimpregio's uit het Nationaal Groeifonds?")
    assert reply.abstained and not reply.passages
    assert "Groeifonds" in reply.answer


def test_an_answer_over_a_window_boundary_is_shown_whole(bot):
    # The answer of question 29 runs on from one chunk window into the next: the passage spans both windows.
    reply = bot.ask("Kunnen aankomende kinderartsen een tijdje meedraaien in een kleiner ziekenhuis in de regio?")
    first = reply.passages[0]
    windows = [c for c in bot.index.chunks if c.unit_id == first.unit_id and c.start >= first.start and c.end <= first.end]
    assert first.unit_id == "so-bevolkingsdaling:q29" and len(windows) == 2
    assert {first.chunk_id, first.joined_chunk_id} == {w.chunk_id for w in windows}  # traced: which windows
    assert "twee weken durende kennismaking" in first.text and first.text.count("Vraag 29:") == 1


def test_a_thank_you_gets_a_short_reply_and_the_conversation_stays_where_it_was(bot):
    first = bot.ask("Welke gemeenten vallen onder de krimpregio Maastricht-Mergelland?")
    thanks = bot.ask("Bedankt!", conversation=first.conversation)
    assert thanks.answer.startswith("Graag gedaan") and not thanks.passages
    assert thanks.conversation == first.conversation
    follow = bot.ask("En onder Oost-Groningen?", conversation=thanks.conversation)
    assert "Oost-Groningen" in follow.resolved_query and "Stadskanaal" in follow.passages[0].text
