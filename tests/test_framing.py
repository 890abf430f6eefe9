"""Who is asking (twenty-third stop): "Een journalist van Trouw vraagt waarom …", "… NOS vraagt naar het
totaalbedrag." The understand step reads the reported question: a name in the frame that the letters never use
does not refuse it, and the reading rules read how it opens ("hoeveel …", "waarom …"). The code review's forms are
here too: requesters the first version missed, and look-alikes that report what the letters discuss."""
from __future__ import annotations

import doctest

import pytest

import assistant.framing
from assistant.framing import frame_of, without_frame


def letters_use(name: str) -> bool:
    """A few names the letters use, for the unit tests (the assistant looks them up in the letters)."""
    return name.lower() in {"lnv", "dik-faber", "twente board", "regio's", "gemeenten", "groenlinks", "parkstad"}


@pytest.mark.unit
def test_the_framing_examples_hold():
    assert doctest.testmod(assistant.framing).failed == 0


@pytest.mark.unit
@pytest.mark.parametrize("question, frame", [
    ("Een journalist van het NRC vraagt waarom de DU stopt.", "Een journalist van het NRC vraagt"),
    ("Binnenlands Bestuur wil weten hoeveel regio's meedoen.", "Binnenlands Bestuur wil weten"),
    ("Iemand van de Stentor wil weten wanneer de DU stopt.", "Iemand van de Stentor wil weten"),
    ("Someone from the BBC asks when the DU ends.", "Someone from the BBC asks"),
    ("RTL belt: wanneer komt de evaluatie?", "RTL belt"),
    ("Hoeveel geld is er? Een regionale omroep vraagt ernaar.", "Een regionale omroep vraagt"),
    ("A reporter from Reuters asks why the grant ends.", "A reporter from Reuters asks"),
    ("Een wethouder uit Delfzijl wil graag weten wat de regiodeal oplevert.", "Een wethouder uit Delfzijl wil graag weten"),
    # the review's forms: a preposition before the question word, an adverb after the verb, a place with "Waard"
    ("Een verslaggever vraagt tot wanneer de DU loopt.", "Een verslaggever vraagt"),
    ("Mijn collega vraagt ook hoeveel regio's er zijn.", "Mijn collega vraagt"),
    ("Een wethouder van de Hoeksche Waard vraagt waarom de regio anticipeert.", "Een wethouder van de Hoeksche Waard vraagt"),
    # the review's other forms: a label before the question, the requester after it
    ("Vraag van de Stentor: wanneer stopt de DU?", "Vraag van de Stentor:"),
    ("Ik heb een vraag van de Volkskrant: hoeveel krijgt Parkstad?", "Ik heb een vraag van de Volkskrant:"),
    ("Namens het AD: waarom stopt de DU?", "Namens het AD:"),
    ("Waarom stopt de DU? vraagt de NOS.", "vraagt de NOS."),
    ("Wanneer stopt de DU?, vraagt een verslaggever van L1.", "vraagt een verslaggever van L1."),
    ("Waarom stopt de DU? Dat vraagt Trouw.", "Dat vraagt Trouw."),
    ("Hoeveel krijgt Parkstad? Trouw wil het weten.", "Trouw wil het weten"),
    ("Hoeveel krijgt Parkstad, vraagt de minister.", ""),
    ("Wat is het antwoord op vraag 7 van de VVD: over de DU?", ""),
    # the Kamer asks the questions the letters answer; a question word opens a question
    ("De leden van de VVD-fractie vragen waarom de DU stopt.", ""),
    ("De CDA-fractie vraagt of de minister een meldpunt opricht.", ""),
    ("Welke fractie vroeg om een meldpunt?", ""),
    ("Wie vraagt er om een nieuw actieplan?", ""),
    ("Om hoeveel geld vroegen de krimpregio's in hun brief?", ""),
    ("Wat vraagt de K6 aan het Rijk?", ""),
    ("De K6 vraagt waarom de DU stopt.", ""),
    ("Hoeveel gemeenten vroegen een bijdrage aan?", ""),
    # the review's look-alikes: names, bodies and plurals the letters use, documents
    ("Regio's vragen om structurele financiering. Wat antwoordde de minister?", ""),
    ("Gemeenten vragen om meer geld.", ""),
    ("Dik-Faber vraagt om een sloopregeling. Wat is de stand van zaken?", ""),
    ("LNV vraagt om cijfers over leegstand.", ""),
    ("GroenLinks vraagt waarom de DU stopt.", ""),
    ("Twente Board vraagt om een regio deal.", ""),
    ("Een motie vraagt om een sloopregeling. Wat is de stand?", ""),
    ("Een evaluatie vraagt om structurele aandacht. Welke aanbevelingen zijn er?", ""),
])
def test_a_frame_is_a_requester_from_outside_the_letters_and_a_verb_of_asking(question, frame):
    assert frame_of(question, letters_use) == frame


@pytest.mark.unit
def test_the_reported_question_is_what_is_read():
    assert without_frame("Een journalist van Trouw vraagt waarom er geen fonds komt. Wat zei de minister?") == \
        "waarom er geen fonds komt. Wat zei de minister?"
    assert without_frame("Hoeveel kost de RegioExpres? NOS vraagt naar het totaalbedrag.") == "Hoeveel kost de RegioExpres?"
    assert without_frame("Een verslaggever vraagt tot wanneer de DU loopt.") == "tot wanneer de DU loopt."
    assert without_frame("Vraag van de Stentor: wanneer stopt de DU?") == "wanneer stopt de DU?"
    assert without_frame("Waarom stopt de DU? Dat vraagt Trouw.") == "Waarom stopt de DU?"
    assert without_frame("Hoeveel kost de RegioExpres?") == "Hoeveel kost de RegioExpres?"
    assert without_frame("Een journalist vraagt ernaar.") == "Een journalist vraagt ernaar."  # nothing else to read
    # the review: what is asked after is the question when no other sentence is
    assert without_frame("Een redacteur van Binnenlands Bestuur informeert naar de stand van de wetswijziging.") == \
        "de stand van de wetswijziging."


@pytest.mark.unit
def test_a_question_about_the_requesters_own_place_is_read_whole():
    question = "Een gemeente in Zeeuws-Vlaanderen vraagt hoeveel geld in haar regio terechtkwam."
    assert frame_of(question) and without_frame(question) == question
    # the review: the place of an unnamed requester is likely the topic, when the letters write about it
    question = "Een burger uit Parkstad vraagt waarom de pilot met Akense studenten is beëindigd."
    assert without_frame(question, letters_use) == question
    assert without_frame("Een burger uit Ootmarsum vraagt waarom de pilot stopte.", letters_use) == "waarom de pilot stopte."
    # the press is no place: "RTV Drenthe" goes, whatever the letters say about Drenthe
    assert without_frame("Een journalist van RTV Drenthe vraagt wie er meedoen.", letters_use) == "wie er meedoen."


@pytest.mark.unit
def test_a_question_left_without_its_trailing_requester_keeps_a_question_mark():
    assert without_frame("Hoeveel studenten zijn gehuisvest, vraagt een verslaggever van L1.") == \
        "Hoeveel studenten zijn gehuisvest?"


def test_a_requester_the_letters_never_name_does_not_refuse_the_question(bot):
    reply = bot.ask("Een verslaggever van de Volkskrant vraagt hoeveel geld de krimpregio's jaarlijks uit de DU "
                    "bevolkingsdaling krijgen.")
    assert not reply.abstained and "Volkskrant" not in reply.answer
    assert "11,2 miljoen" in reply.answer


def test_a_trailing_frame_does_not_refuse_the_question(bot):
    reply = bot.ask("Wanneer kreeg de Kamer het onderzoeksrapport over de DU bevolkingsdaling? Het Dagblad van het "
                    "Noorden vraagt ernaar.")
    assert not reply.abstained
    assert "7 december 2020" in reply.answer


def test_the_assistant_knows_which_names_the_letters_use(bot):
    assert bot._letters_use("Twente Board") and bot._letters_use("LNV") and bot._letters_use("regio’s")
    assert not bot._letters_use("Binnenlands Bestuur") and not bot._letters_use("NOS")


def test_a_name_the_letters_never_use_in_the_question_itself_still_refuses(bot):
    reply = bot.ask("Een journalist van de Volkskrant vraagt hoeveel geld krimpregio's uit het Nationaal Groeifonds "
                    "krijgen.")
    assert reply.abstained and "Groeifonds" in reply.answer and "Volkskrant" not in reply.answer
