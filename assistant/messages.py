"""User-facing copy, Dutch first, English for English questions."""
from __future__ import annotations

MESSAGES = {
    "nl": {
        "empty": "Stel een vraag over de Kamerbrieven, bijvoorbeeld 'Wat doet het Rijk aan leegstand in "
                 "winkelgebieden?' of 'vraag 87'.",
        "no_content": "Ik zie geen woorden in uw vraag. Stel een vraag in woorden, of vraag naar een "
                      "vraagnummer ('vraag 87').",
        "thanks": "Graag gedaan. Stel gerust een volgende vraag over de brieven.",
        "truncated": "Uw vraag was erg lang; ik heb alleen de eerste {n} tekens gebruikt.",
        "abstain": "Dit staat niet in de brieven die ik ken. Ik heb geen passage gevonden die deze vraag "
                   "beantwoordt, dus ik toon geen losse tekst.",
        "found": "Dit is wat de brieven erover zeggen (meest relevante passage eerst):",
        "unknown_number": "Vraag {n} komt in geen van de brieven voor. Wel bekend: {ranges}.",
        "unknown_in_hint": "Vraag {n} komt niet voor in {letters}; wel in: {others}.",
        "lookup": "Vraag {n} wordt beantwoord in “{title}” ({cite}).",
        "combined": " Dit antwoord beantwoordt de vragen {numbers} samen.",
        "asked_by": " Gesteld door: {fracties}.",
        "answer_missing": " Het antwoord op deze vraag staat op een pagina die in deze kopie ontbreekt "
                          "(ontbrekende pagina's: {pages}).",
        "question_missing": " De vraag zelf stond (deels) op een ontbrekende pagina; alleen het antwoord staat "
                            "in deze kopie.",
        "inferred": " Het vraagnummer is afgeleid: het nummer stond op een ontbrekende pagina en de volgende "
                    "vraag is {next}.",
        "partial": " Een deel van het antwoord staat op een ontbrekende pagina.",
        "also_in": " Vraag {n} komt ook voor in: {others}.",
        "footnote": "Voetnoot {n} van “{title}” ({cite}):",
        "footnote_also": " Ook {others} heeft een voetnoot {n}.",
        "footnote_also_many": " Ook {others} hebben een voetnoot {n}.",
        "footnote_first": "U vroeg naar {n} voetnoten; ik toon de eerste {k}.",
        "footnote_at": "Bij de zin: “{sentence}”",
        "footnote_unknown": "Voetnoot {n} komt in geen van de brieven voor.",
        "footnote_not_in": "Voetnoot {n} komt niet voor in {letters}.",
        "who_asked": "Die vraag ({numbers}) werd gesteld door de leden van de {fracties}-fractie(s).",
        "extreme_max": "De hoogste waarde in de kolom “{column}”, over de {rows} rijen van “{caption}”{total}:",
        "extreme_min": "De laagste waarde in de kolom “{column}”, over de {rows} rijen van “{caption}”{total}:",
        "extreme_total": " (het totaal niet meegeteld)",
        "extreme_within": " (alleen de regio's in {place})",
        "who_unknown": "Bij die vraag staat niet welke fractie haar stelde.",
        "who_none": "Het antwoord hierboven komt uit “{title}”, niet uit antwoorden op Kamervragen: er is geen "
                    "fractie die ernaar vroeg.",
        "no_previous": "Ik weet niet naar welke eerdere vraag u verwijst. Stel de vraag volledig.",
        "who_after_refusal": "Op de vorige vraag vond ik geen antwoord in de brieven, dus ook geen fractie die ernaar "
                             "vroeg. Stel de vraag anders.",
        "abstain_short": "Dit staat niet in de brieven die ik ken.",
        "reason_nothing": "Geen enkele passage in de brieven lijkt op deze vraag.",
        "part_unanswered": "Over “{part}”: {reason}",
        "part_same": "Over “{part}”: zie de zin hierboven [{n}].",
        "reason_absent": "De brieven noemen “{term}” nergens.",
        "reason_no_money": "De brieven noemen hiervoor geen bedrag.",
        "reason_no_amount": "De brieven noemen hiervoor geen bedrag of aantal.",
        "reason_slot": "De passages over dit onderwerp noemen “{term}” niet.",
        "reason_no_row": "De tabel hierover noemt “{term}” niet.",
        "reason_list_short": "De lijst hierover telt {count} punten; punt {number} staat er niet in.",
        "reason_no_date": "De brieven noemen hiervoor geen datum of jaar.",
        "reason_no_reason": "De brieven noemen dit wel, maar zeggen niet waarom.",
        "reason_no_status": "De brieven zeggen niet of dit inmiddels is gebeurd of besloten.",
        "reason_no_person": "De brieven noemen hier geen naam van een persoon bij.",
        "reason_no_title": "De brieven noemen dit wel, maar geven er geen naam of titel van.",
        "reason_no_name": "De brieven noemen hier geen naam of organisatie bij.",
        "reason_no_names": "De brieven noemen hier geen namen bij; ze spreken er alleen in het algemeen over.",
        "reason_no_place_in": "De brieven noemen hier geen plaats in {term} bij.",
        "reason_no_party": "De brieven noemen hier geen partij of fractie bij.",
        "reason_no_outcome": "De brieven noemen dit wel, maar melden er geen uitkomst van.",
        "reason_not_close": "De passages die er het dichtst bij komen, beantwoorden deze vraag niet.",
        "sources": "Bronnen:",
        "also": "Zie ook:",
    },
    "en": {
        "empty": "Ask a question about the letters, e.g. 'What does the government do about vacant shops?' "
                 "or 'question 87'.",
        "no_content": "I see no words in your question. Ask in words, or ask for a question number "
                      "('question 87').",
        "thanks": "You're welcome. Feel free to ask another question about the letters.",
        "truncated": "Your question was very long; I used only its first {n} characters.",
        "abstain": "This is not in the letters I know. I found no passage that answers this question, so I show "
                   "no loosely related text.",
        "found": "This is what the letters say about it (most relevant passage first; quotes are in Dutch):",
        "unknown_number": "Question {n} does not occur in any of the letters. Known: {ranges}.",
        "unknown_in_hint": "Question {n} does not occur in {letters}; it does in: {others}.",
        "lookup": "Question {n} is answered in “{title}” ({cite}).",
        "combined": " This answer covers questions {numbers} together.",
        "asked_by": " Asked by: {fracties}.",
        "answer_missing": " The answer to this question is on a page missing from this copy (missing pages: "
                          "{pages}).",
        "question_missing": " The question itself stood (partly) on a missing page; only the answer is in this "
                            "copy.",
        "inferred": " The question number is inferred: it stood on a missing page and the next question is "
                    "{next}.",
        "partial": " Part of the answer is on a missing page.",
        "also_in": " Question {n} also occurs in: {others}.",
        "footnote": "Footnote {n} of “{title}” ({cite}):",
        "footnote_also": " {others} also has a footnote {n}.",
        "footnote_also_many": " {others} also have a footnote {n}.",
        "footnote_first": "You asked for {n} footnotes; I show the first {k}.",
        "footnote_at": "At the sentence: “{sentence}”",
        "footnote_unknown": "Footnote {n} does not occur in any of the letters.",
        "footnote_not_in": "Footnote {n} does not occur in {letters}.",
        "who_asked": "That question ({numbers}) was asked by the members of the {fracties} group(s).",
        "extreme_max": "The highest value in the column “{column}”, over the {rows} rows of “{caption}”{total}:",
        "extreme_min": "The lowest value in the column “{column}”, over the {rows} rows of “{caption}”{total}:",
        "extreme_total": " (the total left out)",
        "extreme_within": " (only the regions in {place})",
        "who_unknown": "The letter does not say which group asked that question.",
        "who_none": "The answer above comes from “{title}”, not from answers to questions from the Kamer: no "
                    "group asked for it.",
        "no_previous": "I do not know which earlier question you mean. Please ask the full question.",
        "who_after_refusal": "I found no answer to the previous question in the letters, so no group that asked "
                             "about it either. Ask it another way.",
        "abstain_short": "This is not in the letters I know.",
        "reason_nothing": "No passage in the letters resembles this question.",
        "part_unanswered": "On “{part}”: {reason}",
        "part_same": "On “{part}”: see the sentence above [{n}].",
        "reason_absent": "The letters never mention “{term}”.",
        "reason_no_money": "The letters give no amount of money for this.",
        "reason_no_amount": "The letters give no amount or number for this.",
        "reason_slot": "The passages on this topic do not mention “{term}”.",
        "reason_no_row": "The table on this does not list “{term}”.",
        "reason_list_short": "The list on this has {count} items; there is no item {number}.",
        "reason_no_date": "The letters give no date or year for this.",
        "reason_no_reason": "The letters state this, but do not say why.",
        "reason_no_status": "The letters do not say whether this has happened or been decided yet.",
        "reason_no_person": "The letters name no person for this.",
        "reason_no_title": "The letters mention this, but do not give its name or title.",
        "reason_no_name": "The letters name no person or organisation for this.",
        "reason_no_names": "The letters name none of them; they only speak of them in general.",
        "reason_no_place_in": "The letters name no place in {term} for this.",
        "reason_no_party": "The letters name no party for this.",
        "reason_no_outcome": "The letters mention this, but report no outcome of it.",
        "reason_not_close": "The closest passages do not answer this question.",
        "sources": "Sources (quotes are in Dutch):",
        "also": "See also:",
    },
}


def message(language: str, key: str, **values) -> str:
    return MESSAGES.get(language, MESSAGES["nl"])[key].format(**values)
