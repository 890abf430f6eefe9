"""The names rule: a question that asks which places or bodies is not answered by sentences that speak of them without
naming any ("een aantal gemeenten", "dertien partners"); one whose passages name them is answered. The module's own
examples run with the other reading rules' in tests/test_reading_rules_unit.py."""
from __future__ import annotations

import pytest

from assistant.names import asks_names, asks_party, name_gap, names_a_place, names_in, states_asked_names
from assistant.terms import PRONOMINAL


@pytest.mark.unit
@pytest.mark.parametrize("question, asks", [
    ("Welke gemeenten staan onder verscherpt toezicht?", True), ("In welke regio's liggen de proeftuinen?", True),
    ("Bij welke organisaties kunnen gemeenten terecht?", True), ("Welk onderzoeksbureau deed de evaluatie?", True),
    ("Which municipalities take part in the City Deal?", True), ("Where were the heritage lodgings created?", True),
    ("Waar liggen de NOVI-gebieden?", True), ("In welke Zeeuwse gemeenten loopt het Living Lab?", True),
    # not a question for names: measures, a topic, a reason, "waar … over", yes/no
    ("Welke maatregelen neemt het kabinet?", False), ("Waar gaat het onderzoek van Platform31 over?", False),
    ("Waarom komt er geen loket?", False), ("Wat doet het Rijk aan leegstand?", False),
    ("Waar ligt de nadruk op in het actieplan?", False), ("Waar hangt de verdeling van af?", False),
    ("Waar is het geld aan besteed?", False), ("Waar liggen de proeftuinen in krimpgebieden?", True),
    ("Zijn er gemeenten die onder toezicht staan?", False), ("Which measures does the cabinet take?", False),
])
def test_which_questions_ask_for_names(question, asks):
    assert asks_names(question) == asks


@pytest.mark.unit
def test_a_name_the_question_already_gives_is_no_answer():
    question = "Welke gemeenten in Limburg hebben een RetailDeal gesloten?"
    assert names_in("Ook in Limburg zijn RetailDeals gesloten.", question) == frozenset()
    assert names_in("Tot deze RetailDeals behoren Roermond en Sittard-Geleen.", question) == {"roermond",
                                                                                               "sittard-geleen"}
    assert names_in("De Erfgoed Deal is een afspraak van dertien partners.", "Wie zijn de partners van de Erfgoed "
                                                                           "Deal?") == frozenset()
    assert names_in("Het Rijk en de Tweede Kamer spraken erover.", question) == frozenset()  # no particular body


@pytest.mark.unit
def test_the_province_of_an_asked_adjective_the_expansion_of_an_asked_acronym_and_a_kamerstuk_name_nothing():
    assert not names_in("In Zeeland loopt een pilot.", "In welke Zeeuwse gemeenten loopt de pilot?")
    assert names_in("In Vlissingen loopt een pilot.", "In welke Zeeuwse gemeenten loopt de pilot?") == {"vlissingen"}
    question = "Welk bureau helpt VWS en de LHV?"
    sentences = [(0.8, "VWS en de Landelijke Huisartsen Vereniging (LHV) gaan met een bureau de regio's in."),
                 (0.7, "Dit staat in de brief (TK 29247-300; 2020)."), (0.5, "Bureau Berenschot helpt.")]
    assert name_gap(question, sentences, cap=0.2) == 0.2  # (0.8 - 0.5, capped)
    assert name_gap(question, sentences[:1] + sentences[2:], cap=0.2) == 0.2
    assert name_gap(question, [sentences[0], (0.75, "Bureau Berenschot helpt.")], cap=0.2) == 0.05
    # a ministry in brackets is no acronym spelled out: "de Fryske Akademy (BZK)" names the Akademy
    assert name_gap("Met welke organisatie werkt BZK samen?",
                    [(0.8, "Subsidiepartner in het onderzoek van de Fryske Akademy (BZK).")], cap=0.2) == 0.0
    assert not names_in("De provincies Friesland en Drenthe.", "Welke Friese gemeenten doen mee?") - {"drenthe"}


@pytest.mark.unit
def test_the_gap_is_measured_from_the_closest_sentence_to_the_closest_naming_one():
    question = "Welke gemeenten staan onder verscherpt toezicht?"
    vague = (0.76, "Het aantal gemeenten onder verscherpt toezicht is beperkt.")
    assert name_gap(question, [vague, (0.50, "Zo werkt Parkstad samen.")], cap=0.2) == 0.2  # 0.26 apart: capped
    assert name_gap(question, [vague, (0.70, "Onder toezicht staan Vaals en Kerkrade.")], cap=0.2) == 0.06
    assert name_gap(question, [vague], cap=0.2) == 0.2  # no sentence names anything
    assert name_gap("Wat doet het Rijk aan leegstand?", [vague], cap=0.2) == 0.0  # not a question for names


@pytest.mark.unit
@pytest.mark.parametrize("word", ["erbij", "daarover", "hiermee", "waarvoor", "eraan"])
def test_pointing_words_are_no_topic(word):
    assert PRONOMINAL.fullmatch(word)


# --- the real assistant on the real letters ---------------------------------------------------------------------

def test_municipalities_the_letters_do_not_name_are_not_made_up(bot):
    reply = bot.ask("Welke gemeenten staan onder preventief verscherpt toezicht?")
    assert reply.abstained and not reply.passages
    assert reply.reason == "De brieven noemen hier geen namen bij; ze spreken er alleen in het algemeen over."


def test_municipalities_the_letters_name_are_answered(bot):
    reply = bot.ask("Welke gemeenten hebben een RetailDeal gesloten?")
    assert not reply.abstained and "Roermond" in " ".join(lead.text for lead in reply.lead)
    table = bot.ask("Welke gemeenten vallen onder de krimpregio Achterhoek?")
    assert not table.abstained and "Aalten" in table.answer


def test_a_place_elsewhere_does_not_answer_a_question_restricted_to_an_area(bot):
    # the letters name the Amsterdam practice that works in Drenthe, and no Drentse gemeente
    reply = bot.ask("Welke Drentse gemeenten maken gebruik van de virtuele huisartsen uit Amsterdam?")
    assert reply.abstained and reply.reason == "De brieven noemen hier geen plaats in Drenthe bij."
    answered = bot.ask("In welke Friese dorpen is geëxperimenteerd met een dorpscoöperatie?")
    assert not answered.abstained and "Wûns" in answered.answer


def test_a_member_s_party_the_letters_do_not_give_is_not_answered_by_the_member_s_name(bot):
    reply = bot.ask("Bij welke fractie hoort het lid Van der Molen dat de motie over de leidraad grenseffecten indiende?")
    assert reply.abstained and reply.reason == "De brieven noemen hier geen partij of fractie bij."
    asked = bot.ask("Welke fractie vroeg om een meldpunt?")  # the fracties that asked: the question's attribution
    assert not asked.abstained and "PvdA" in asked.answer


def test_a_pointing_word_the_letters_do_not_use_is_not_a_missing_topic(bot):
    reply = bot.ask("Welke grootschalige NOVEX-woningbouwlocaties buiten de Randstad zijn erbij gekomen?")
    assert not reply.abstained and "Foodvalley" in reply.answer


@pytest.mark.unit
def test_the_names_threshold_survives_the_calibration_file(tmp_path):
    from dataclasses import replace

    from assistant.calibration import Calibration, load_calibration, save_calibration

    shipped = load_calibration("google/embeddinggemma-300m")
    assert 0.0 < shipped.name_gap <= 0.2  # the rule is on, with a calibrated threshold
    path = tmp_path / "c.json"
    save_calibration(replace(shipped, name_gap=0.16), path)
    assert Calibration.from_json(path.read_text(encoding="utf-8")).name_gap == 0.16
    with pytest.raises(ValueError, match="name_gap must be above 0"):
        Calibration.from_json(path.read_text(encoding="utf-8").replace('"name_gap": 0.16', '"name_gap": 0'))


def test_rules_only_calibration_keeps_the_fitted_models_and_chooses_the_names_threshold(bot):
    from evals.calibrate import calibrate
    from evals.cases import parse_case

    cases = [parse_case({"id": f"t-{i}", "kind": "paraphrase", "query": q, "expect": {"any_of": [quote]}})
             for i, (q, quote) in enumerate([
                 ("Welke gemeenten hebben een RetailDeal gesloten?", "Roermond, Sittard-Geleen, Venray"),
                 ("Welke gemeenten vallen onder de krimpregio Achterhoek?", "Aalten")])]
    near = [parse_case({"id": f"u-{i}", "kind": "nearmiss", "query": q, "expect": {"abstain": True}})
            for i, q in enumerate(["Welke gemeenten staan onder preventief verscherpt toezicht?",
                                   "In welke gebieden liggen de proeftuinen aardgasvrije wijken?",
                                   "Welke partners vormen samen de Erfgoed Deal?"])]
    fitted = calibrate(bot, cases, rule_cases=near, rules_only=True)
    assert fitted.deciders == bot.calibration.deciders and fitted.rankers == bot.calibration.rankers
    assert fitted.answer_threshold == bot.calibration.answer_threshold
    assert fitted.figures["names_rule"]["rule_false_abstentions"] == 0 and 0.0 < fitted.name_gap <= 0.2


@pytest.mark.unit
def test_where_the_emphasis_lay_asks_what_not_where():
    assert not asks_names("Waar lag bij het tweede actieplan bevolkingsdaling (2016-2020) vooral de nadruk?")
    assert asks_names("Waar ligt het zwaartepunt van de krimpregio's in Limburg?") is False
    assert asks_names("Waar worden de pilots gehouden?")


@pytest.mark.unit
def test_where_with_a_phrase_of_its_own_still_asks_where():
    """"over het versterken …" opens a phrase of its own: the question asks where, not what about."""
    assert asks_names("Waar werd de conferentie van Platform31 over het versterken van de regionale economie gehouden?")
    assert not asks_names("Waar kijkt de minister naar bij de keuze?")
    assert not asks_names("Waar wordt het geld aan besteed?")
    assert not asks_names("Waar gaat het onderzoek over dat Platform31 in 2016 uitvoert?")  # a relative clause


@pytest.mark.unit
def test_a_where_question_wants_a_place_not_any_name():
    question = "Waar werd de conferentie van Platform31 in het voorjaar van 2016 gehouden?"
    announced = (0.80, "In het voorjaar van 2016 organiseert Platform31 met steun van het ministerie van BZK een "
                       "conferentie.")
    assert name_gap(question, [announced], cap=0.2) == 0.2  # "BZK" is a name, but no place
    assert name_gap(question, [announced, (0.78, "De conferentie vond plaats in Winschoten.")], cap=0.2) < 0.08


@pytest.mark.unit
def test_a_hyphenated_kind_of_institution_is_a_name_question():
    assert asks_names("Welke mbo-instellingen hebben in een krimpgebied al een samenwerkingscollege opgericht?")


@pytest.mark.unit
def test_where_to_apply_wants_any_name_not_a_place():
    question = "Waar kunnen verhuurders de heffingsvermindering aanvragen?"
    assert name_gap(question, [(0.8, "Verhuurders kunnen de heffingsvermindering aanvragen bij RVO.")], cap=0.2) == 0.0


@pytest.mark.unit
def test_a_member_s_party_is_answered_only_by_a_party():
    question = "Van welke partij is Kamerlid Hoogland?"
    assert asks_names(question) and asks_party(question) and not asks_party("Welke partijen werken mee?")
    # a party as a stakeholder or a body is no political party
    assert not asks_party("Bij welke partij ligt de regie over de regiodeals?")
    assert not asks_party("Bij welke partij is het KKNN ondergebracht?")
    assert not asks_party("Which party is responsible for the Regio Deals?")
    assert asks_party("Which party is MP Van der Molen from?") and asks_party("Van welke fractie is de heer Jansen?")
    assert not states_asked_names("Het lid Hoogland vroeg naar de Nedersaksenlijn.", question)
    assert states_asked_names("De leden van de GroenLinks-fractie vragen …", question)


@pytest.mark.unit
def test_a_place_the_question_names_by_its_adjective_is_no_answer():
    question = "Welke Achterhoekse gemeenten hebben al een vlekkenplan gemaakt?"
    assert names_in("In de Achterhoek staan tientallen basisscholen onder druk.", question) == frozenset()
    assert names_in("Ook Groningen werkt eraan.", "Welke Groningse gemeenten werken eraan?") == frozenset()
    assert names_in("Zo hebben Winterswijk en Aalten een vlekkenplan.", question) == {"winterswijk", "aalten"}


@pytest.mark.unit
def test_an_office_names_no_place_but_may_be_the_body_asked_for():
    sentence = ("Om de samenwerking in regio's te stimuleren, heeft de Minister voor Basis- en Voortgezet Onderwijs en "
                "Media op 30 april jl. de Subsidieregeling gepubliceerd.")
    assert not names_a_place(sentence, "Welke regio's kregen geld uit de Subsidieregeling?")
    assert names_in("Het ministerie van Economische Zaken en Klimaat betaalt mee.", "Welke partijen betalen mee?")
    assert names_in("Op initiatief van de Provincie Groningen liep een experiment.", "Welke dorpen in Groningen "
                                                                                     "deden mee?") == frozenset()


@pytest.mark.unit
def test_a_question_after_places_wants_a_place_not_a_body():
    question = "Welke provincie scoort het laagst in de monitor?"
    bodies = (0.8, "Het CBS brengt de welvaart van COROP-gebieden in kaart.")
    assert not names_a_place(bodies[1], question)
    assert name_gap(question, [bodies], cap=0.2) == 0.2
    assert name_gap(question, [bodies, (0.79, "Het laagst scoort Zeeland.")], cap=0.2) < 0.08
    # a question after bodies is answered by one
    assert name_gap("Welke organisaties voeren de monitor uit?", [bodies], cap=0.2) == 0.0
    assert asks_names("In welk stadsdeel van Amsterdam komt het loket?")


@pytest.mark.unit
def test_a_place_is_a_known_place_or_one_where_a_place_stands_and_no_place_answers_a_question_after_bodies():
    """Twenty-eighth stop: "het Kennis- en Innovatiecentrum … de Gouden Driehoek" names no place; "Kerkrade" and
    "Aken" name no housing corporation."""
    where = "In welke plaats komt het Kennis- en Innovatiecentrum van Noordoost-Fryslân?"
    assert not names_a_place("Veel loopt via het Kennis- en Innovatiecentrum, met de Federatie Ondernemers en de "
                             "Gouden Driehoek.", where)
    assert names_a_place("Het centrum komt in Dokkum.", where)  # an unknown name where a place stands
    assert names_a_place("Het centrum is een initiatief van Dantumadiel en Achtkarspelen.", where)  # known places
    # an area of two words
    assert names_a_place("Het gaat om de Westelijke Mijnstreek.", "Welke regio's krijgen de DU?")
    corporations = "Welke woningcorporaties in Parkstad stelden woonruimte beschikbaar?"
    assert not states_asked_names("De stadsregio Parkstad Limburg en de gemeente Kerkrade huisvesten studenten uit "
                                  "Aken.", corporations)
    assert states_asked_names("Woningcorporatie Weller stelde woningen beschikbaar in Kerkrade.", corporations)


def test_places_the_letters_speak_of_without_naming_are_not_made_up(bot):
    """The Atlas answer describes the CBS monitor of gemeenten, provincies and COROP-gebieden without a result per
    province; the subsidy letter names its minister's office, not the regions that got the money."""
    for question in ("Welke provincie scoort het laagst in de Regionale Monitor Brede Welvaart van het CBS?",
                     "Welke regio's hebben de € 50.000 uit de Subsidieregeling incidentele middelen leerlingendaling vo "
                     "2020 gekregen?"):
        reply = bot.ask(question)
        assert reply.abstained and reply.reason.startswith("De brieven noemen hier geen namen bij"), question


def test_the_lead_of_a_names_question_is_the_sentence_that_names_them(bot):
    """The closest sentence describes the second round of experiments; the bullet under it names the villages."""
    reply = bot.ask("In welke Friese dorpen liep in de tweede ronde een experiment met dorpscoöperaties?")
    assert not reply.abstained and "Wûns en Lioessens" in reply.lead[0].text


def test_a_ministry_answers_a_question_after_an_organisation(bot):
    reply = bot.ask("Welke organisatie zorgt voor de afstemming tussen de vakdepartementen en de provincies en "
                    "gemeenten met bevolkingsdaling?")
    assert not reply.abstained and "ministerie van BZK" in reply.lead[0].text


@pytest.mark.parametrize("question", ["Wat zijn de vijf landsdelen waarvoor een omgevingsagenda wordt gemaakt?",
                                      "Om welke zestien stedelijke vernieuwingsgebieden gaat het?",
                                      "Which are the fifteen IBP Vitaal Platteland areas where the projects go on?",
                                      "Which are the fifteen IBP-VP areas?", "Wat zijn de acht NOVI-gebieden?",
                                      "Wat zijn de vijftien IBP-VP gebieden?",
                                      "Welke zorgverzekeraars maken de inventarisatie?", "Which health insurers take part?"])
def test_a_counted_set_and_insurers_ask_for_names(question):
    assert asks_names(question)


@pytest.mark.parametrize("question", ["Wat zijn de vijf doelen van het actieplan?",
                                      "What are the main problems in these areas?", "Om welke reden stopt de pilot?",
                                      "Wat zijn de vijf beleidsgebieden waarop het actieplan acties bevat?",
                                      "Wat waren de vier aandachtsgebieden?", "Which are the three main problem areas?",
                                      "What were the two focus areas of the plan?"])
def test_a_counted_set_of_things_or_an_uncounted_english_one_asks_no_names(question):
    assert not asks_names(question)


def test_a_counted_set_is_not_answered_by_its_count():
    question = "Wat zijn de vijf landsdelen waarvoor een omgevingsagenda wordt gemaakt?"
    count = (0.8, "In alle vijf landsdelen is inmiddels een start gemaakt met een omgevingsagenda.")
    assert name_gap(question, [count], cap=0.2) == 0.2
    assert name_gap(question, [count, (0.78, "Het gaat om Noord, Oost, Zuid, Noordwest en Zuidwest.")], cap=0.2) < 0.05


@pytest.mark.unit
def test_a_joined_compound_and_locations_ask_for_names():
    assert asks_names("Welke dertien krimp- en grensregio's krijgen voorrang bij het Volkshuisvestingsfonds?")
    assert asks_names("Welke vijftien grootschalige woningbouwlocaties waren er al vóór de uitbreiding?")
    assert asks_names("Op welke locaties wordt de huisartsopleiding gegeven?")
    assert not asks_names("Welke stads- en dorpsvernieuwing is er nodig?")  # no named thing


@pytest.mark.unit
def test_a_name_the_question_gives_with_another_apostrophe_is_no_answer():
    question = "Bij welke UMC's zitten de instituten voor de huisartsopleiding?"
    assert names_in("Het gaat om acht instituten bij de UMC’s en vier in Twente.", question) == {"twente"}


@pytest.mark.unit
def test_an_acronym_with_a_curly_apostrophe_names_no_place():
    assert not names_a_place("Dit geldt voor de SEH’s in de regio.", "Welke regio's hebben een SEH?")
