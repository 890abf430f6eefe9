"""The reading stage's parts that need no model: what a question asks for, salient and absent terms over the real
letters, the calibrated models' fitting, the decide stage's reasons."""
from __future__ import annotations

import numpy as np
import pytest

from assistant.calibration import LogisticModel, fit_listwise, fit_logistic, load_calibration
from assistant.decide import Decider
from assistant.evidence import asked_type, has_type
from assistant.rescore import FEATURES, Reading
from assistant.terms import QueryTerms, TermStats
from corpus.chunking import chunk_units
from index.lexical import DutchAnalyzer

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def stats(corpus):
    chunks = chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
    return TermStats.build(chunks, DutchAnalyzer.build([c.text for c in chunks]), letter_names=corpus.letter_names())


@pytest.mark.parametrize("question, kind", [
    ("Hoeveel DU-middelen krijgt Parkstad per jaar?", "money"),  # funds are money (twenty-first stop)
    ("How many anticipation regions are there?", "amount"),
    ("Wanneer loopt de regeling af?", "date"), ("Wie heeft het actieplan opgesteld?", "name"),
    ("Wie vroeg dat?", "any"), ("Wat doet het Rijk aan leegstand?", "any"),
    ("Hoeveel geld krijgen krimpregio's uit het Nationaal Groeifonds?", "money"),
    ("Wat kost de MIRT-verkenning A50?", "money"), ("How much did the MaaS pilots cost?", "money"),
    ("Hoeveel gemeenten doen mee?", "amount"), ("How many region deals are running?", "amount"),
    ("Wat is het totale budget van het Actieprogramma Werken in de Zorg?", "money"),
    ("Wat is het aantal scholen dat de afgelopen jaren is gesloten?", "amount"),
    ("What was the total budget of the Open Club pilots?", "money"), ("Wat is het doel van de pilot?", "any"),
    ("Wat is de rol van de provincie?", "any"),
    # "wanneer"/"when" that joins a clause asks no date; one that opens a question or a part, or follows a verb
    # that asks for it, does
    ("Which evaluation was still under way when the minister wrote to the K6?", "any"),
    ("Wat moet de leidraad opleveren wanneer er nieuw beleid komt?", "any"),
    ("When the government decides where to house its agencies, does it look at the region?", "any"),
    ("Wanneer een school sluit, krijgt de gemeente dan geld?", "any"),
    ("Kunt u aangeven wanneer de pilot start?", "date"), ("What is the O-team, and when was it launched?", "date"),
    ("Wat is het O-team en wanneer is het gestart?", "date"), ("When is the evaluation due, and who does it?", "date"),
    ("Wanneer een school sluit in een krimpregio, wat doet het Rijk dan?", "any"),
    ("Wanneer wordt de loketfunctie ingevoerd, is dat al bekend?", "date"),  # a question with a tag, no condition
    ("How do municipalities know when they can apply for a Regio Deal?", "any"),
    ("Wat is het O-team en sinds wanneer bestaat het?", "date"), ("Can the minister explain when the pilot starts?",
                                                                   "date"),
    ("Weet u wanneer de pilot start?", "date"), ("Wat is er bekend over wanneer de pilot start?", "date"),
    ("Wat is de einddatum van de regeling?", "date"), ("Welke deadline geldt voor de aanvraag?", "date"),
    # a budget in a compound, one set aside or one a body had; what a plan cost the state; a year by its kind
    # (twenty-eighth stop)
    ("Met welk jaarbudget werkt het expertteam?", "money"), ("Welk budget trekt de provincie uit voor de deal?",
                                                              "money"),
    ("Welk budget had het team voor de uitvoering?", "money"), ("Welk budget heeft de voorkeur?", "any"),
    ("Welk budget had de minister voor ogen?", "any"),
    ("Welk budget trekt de meeste aanvragen uit Limburg aan?", "any"),
    ("What did the population decline cost the municipalities?", "any"),
    ("What did the pilot in Parkstad cost the government?", "money"),
    ("Uit welk jaar stamt het verdrag?", "date"), ("Vanaf welk jaar geldt het?", "date"),
    ("Over welke jaren wordt het fonds uitgegeven?", "date"), ("In welk deel van het jaar is het druk?", "any")])
def test_what_a_question_asks_for_money_apart_from_a_count(question, kind):
    assert asked_type(question) == kind


def test_an_amount_is_a_number_that_is_not_a_year():
    assert has_type("Parkstad ontvangt jaarlijks 3.910.787 euro.", "amount")
    assert has_type("Er staat nog voor € 167 miljoen aan aanvragen open.", "amount")
    assert not has_type("In 2020 is het plan geëvalueerd.", "amount")
    assert has_type("Per 1 januari 2021 stopt de uitkering.", "date")


def test_a_fund_the_letters_never_name_is_absent_and_named_in_the_reason(stats):
    terms = stats.query_terms("Hoeveel geld krijgen krimpregio's uit het Nationaal Groeifonds?", "nl")
    assert terms.absent == ("Groeifonds",)
    reading = Reading("...", "nl", "amount", terms, None)
    assert Decider.reason(reading, {"type_missing": 0.0}) == "De brieven noemen “Groeifonds” nergens."


def test_words_of_the_letters_and_verb_forms_are_not_absent(stats):
    assert stats.query_terms("Wat is de verhuurderheffing voor krimpregio's?", "nl").absent == ()
    assert stats.query_terms("Hoeveel inwoners heeft Parkstad verloren?", "nl").absent == ()
    assert stats.query_terms("Hoeveel DU-middelen krijgt Parkstad?", "nl").absent == ()  # both parts occur
    assert stats.query_terms("What is the landlord levy?", "en").absent == ()  # English words are no evidence
    assert stats.query_terms("Wat staat er in de evaluatiebrief over krimp?", "nl").absent == ()  # a letter's alias


def test_coverage_weights_rare_terms_more(stats):
    terms = stats.query_terms("verhuurderheffing krimpregio", "nl")
    rare, common = (stats.analyzer.tokens(w)[0] for w in ("verhuurderheffing", "krimpregio"))
    assert terms.coverage(frozenset([rare])) > terms.coverage(frozenset([common]))
    assert QueryTerms({}, ()).coverage(frozenset()) == 1.0


def test_a_missing_kind_of_fact_is_the_reason_when_no_word_is_absent():
    reading = Reading("...", "nl", "amount", QueryTerms({}, ()), None)
    assert "geen bedrag" in Decider.reason(reading, {"type_missing": 1.0})
    assert "dichtst bij" in Decider.reason(reading, {"type_missing": 0.0})


def test_the_reason_names_an_absent_thing_not_an_absent_verb_form():
    verb = Reading("...", "nl", "any", QueryTerms({}, ("verbeterd",)), None)
    assert "verbeterd" not in Decider.reason(verb, {}) and "dichtst bij" in Decider.reason(verb, {})
    thing = Reading("...", "nl", "any", QueryTerms({}, ("verbeterd", "stikstof")), None)
    assert "“stikstof”" in Decider.reason(thing, {})


def test_logistic_fit_separates_and_listwise_ranks_the_relevant_candidate_first():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] > 0).astype(float)
    weights, _ = fit_logistic(x, y)
    assert weights[0] > 1.0 and abs(weights[1]) < weights[0] / 3
    groups = []
    for _ in range(30):
        candidates = rng.normal(size=(8, 2))
        relevant = np.zeros(8)
        relevant[np.argmax(candidates[:, 1])] = 1.0
        groups.append((candidates, relevant))
    ranking = fit_listwise(groups)
    assert ranking[1] > abs(ranking[0])


def test_the_shipped_calibration_uses_every_ranker_signal_it_knows():
    calibration = load_calibration("google/embeddinggemma-300m")
    assert calibration.source.startswith("python -m evals calibrate")
    assert set(calibration.ranker("nl").weights) <= set(FEATURES)
    assert 0.0 < calibration.threshold("nl") < 1.0
    assert LogisticModel({"dense": 2.0}, -1.0).probability({"dense": 0.5}) == 0.5


def test_a_bare_keyword_found_in_the_best_passage_is_answered_a_missing_one_is_not(stats):
    from assistant.decide import is_found_keyword

    found = Reading("verhuurderheffing", "nl", "any", stats.query_terms("verhuurderheffing", "nl"), None)
    assert is_found_keyword(found, {"coverage": 1.0})
    assert not is_found_keyword(found, {"coverage": 0.0})
    missing = Reading("Groeifonds", "nl", "any", stats.query_terms("Groeifonds", "nl"), None)
    assert not is_found_keyword(missing, {"coverage": 1.0})


def test_money_needs_an_amount_of_money_and_a_count_may_be_a_number_word():
    assert has_type("Voor de pilots is € 3 miljoen beschikbaar.", "money")
    assert not has_type("Er lopen tien regiodeals met gebieden met bevolkingsdaling.", "money")
    assert has_type("Er lopen tien regiodeals met gebieden met bevolkingsdaling.", "amount")


def test_names_and_years_of_the_question_are_slots_a_passage_must_hold(stats):
    terms = stats.query_terms("Hoeveel inwoners heeft Oost-Groningen sinds 2014 verloren?", "nl")
    assert set(terms.slots) == {"Oost-Groningen", "2014"}
    oost_groningen = frozenset(stats.analyzer.tokens("Oost-Groningen"))
    assert terms.missing_slots(oost_groningen) == ("2014",)
    assert terms.absent_names == ()


def test_a_year_that_dates_a_cited_letter_is_no_slot(corpus):
    chunks = chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
    stats = TermStats.build(chunks, DutchAnalyzer.build([c.text for c in chunks]), letter_names=corpus.letter_names(),
                            letter_years={"2020", "2021", "2023"})
    cited = stats.query_terms("Welke regelingen zijn er voor kleine scholen, in de brief van 2021?", "nl")
    assert "2021" not in cited.slots and "2021" not in cited.absent
    assert "2021" in stats.query_terms("Hoeveel scholen sloten er in 2021?", "nl").slots  # a year of the topic
    assert "2023" not in stats.query_terms("What did the Regio Deals evaluation find according to the 2023 letter?",
                                           "en").slots


def test_a_dutch_question_naming_what_the_letters_never_mention_is_not_answered(stats):
    from assistant.decide import names_absent_name

    named = Reading("...", "nl", "money", stats.query_terms("Welk bedrag gaat naar de Regio Deal Drechtsteden?", "nl"), None)
    assert named.terms.absent_names == ("Drechtsteden",) and names_absent_name(named)
    everyday = Reading("...", "nl", "any", stats.query_terms("Komt er een meldpunt voor knelpunten?", "nl"), None)
    assert not names_absent_name(everyday)  # an everyday word the letters do not use is weak evidence
    english = Reading("...", "en", "any", stats.query_terms("What does the Scheldt estuary commission do?", "en"), None)
    assert english.terms.absent_names and not names_absent_name(english)  # names may be translations


@pytest.mark.parametrize("question, language, body", [
    ("Wat vindt de Raad van State van de Regio Deals?", "nl", "Raad van State"),
    ("Does the European Parliament support the Regio Deals?", "en", "European Parliament"),
    ("What did the Council of State advise?", "en", "Council of State"),
    ("Heeft het Centraal Planbureau de DU doorgerekend?", "nl", "Centraal Planbureau"),
])
def test_a_body_named_in_everyday_words_that_the_letters_never_mention_is_absent(stats, question, language, body):
    """"raad" is a word the letters use; the Raad van State is a body they never mention (assistant/bodies.py).
    The English names are the table's own translations, so they count in English too."""
    from assistant.decide import names_absent_name

    reading = Reading("...", language, "any", stats.query_terms(question, language), None)
    assert reading.terms.bodies == (body,) and reading.terms.absent_names[0] == body and names_absent_name(reading)


def test_bodies_the_letters_do_name_are_not_absent(stats):
    for question in ("Wat heeft de Tweede Kamer gevraagd over de Regio Deals?",
                     "Aan wie is het wetsvoorstel voorgelegd, ook aan de Algemene Rekenkamer?",
                     "Wat is het eerste kamerstuk over krimp?",
                     "Is het rapport ook naar de Eerste Kamer gestuurd?"):  # "naar de Eerste en Tweede Kamer"
        assert stats.query_terms(question, "nl").bodies == ()


def test_the_reason_names_the_slot_the_passages_lack():
    reading = Reading("...", "nl", "any", QueryTerms({}, ()), None)
    assert Decider.reason(reading, {"type_missing": 0.0}, ("Drenthe",)) == \
        "De passages over dit onderwerp noemen “Drenthe” niet."


def test_a_name_derived_from_one_the_letters_use_is_not_absent(stats):
    assert stats.query_terms("Delen Nederlanders nog gedeelde waarden?", "nl").absent_names == ()
    assert stats.query_terms("Welk bedrag staat in het Gelderse coalitieakkoord?", "nl").absent_names == ()
    assert stats.query_terms("Hoeveel Drentse dorpen hebben een dorpshuis?", "nl").absent_names == ()


def test_an_english_name_of_a_country_is_the_letters_dutch_one(stats):
    """"German states" are the letters' "Duitse deelstaten": a translation, not a thing the letters never name."""
    terms = stats.query_terms("With which German states and Belgian region is there cross-border governance?", "en")
    assert terms.absent == () and stats.analyzer.tokens("Duitse")[0] in terms.stems
    assert stats.query_terms("Welk bedrag geeft Germany?", "nl").absent == ("Germany",)  # Dutch: no translation
    assert stats.query_terms("Is the pilot with students from Aachen still running?", "en").absent == ()


def test_the_compass_point_of_an_english_place_name_is_the_letters_dutch_one(stats):
    """"South Holland" is "Zuid-Holland": "South" is no name the letters never use, nor a slot a passage must hold."""
    terms = stats.query_terms("How much did the province of South Holland contribute to the Pact van de Waard?", "en")
    assert "South" not in terms.absent and "South" not in terms.slots
    assert stats.analyzer.tokens("zuid")[0] in terms.stems


def test_the_words_of_a_programme_s_english_name_are_the_letters_dutch_ones(stats):
    """"the Safe, Smart and Sustainable programme" is the letters' "Veilig, Slim en Duurzaam", "the Euregio
    Meuse-Rhine" their "Euregio Maas-Rijn": translations, not names the letters never use."""
    programme = stats.query_terms("What does the infrastructure ministry do through its Safe, Smart and Sustainable "
                                  "programme?", "en")
    assert programme.absent == () and stats.analyzer.tokens("veilig")[0] in programme.stems
    assert stats.query_terms("What can the Euregio Meuse-Rhine programme finance?", "en").absent == ()
    assert stats.query_terms("Is the scheme a smart one?", "en").absent == ()  # lower case: just a word
    # "Smart Industry" the letters write in English: its own word stays a term, beside the Dutch one
    industry = stats.query_terms("Which Fieldlabs does the Smart Industry agenda fund?", "en")
    assert stats.analyzer.tokens("smart")[0] in industry.stems and "Smart" not in industry.slots


def test_a_place_adjective_is_found_where_a_passage_names_the_place(stats):
    """"de Drentse regio" against the provinciefonds row "Drenthe | 75.000": the slot is there."""
    assert stats.place_of("drentse") == "drenthe" and stats.place_of("gelderse") == "gelderland"
    assert stats.place_of("nationale") == "" and stats.place_of("drenthe") == ""
    terms = stats.query_terms("Hoeveel geld krijgt de Drentse regio uit het provinciefonds?", "nl")
    drenthe = frozenset(stats.analyzer.tokens("Provincie: Drenthe | Budget in euro’s: 75.000"))
    assert "Drentse" in terms.slots and terms.missing_slots(drenthe) == ()
    assert terms.missing_slots(frozenset(stats.analyzer.tokens("Provincie: Limburg"))) == ("Drentse",)
    assert stats.query_terms("Wat krijgen krimpregio's uit het Nationaal Groeifonds?", "nl").absent_names == \
        ("Groeifonds",)


def test_a_province_is_found_where_a_passage_names_one_of_its_regions(stats):
    """The Actieplan's table of krimp- and anticipeerregio's places each region in its province: "de provincie Zeeland"
    is in the Schouwen-Duiveland action table, "Friese dorpen" in a passage on Fryslân; another province's region
    is not, and a region of several words needs them all."""
    assert stats.regions["zeeland"] == ("Zeeuws-Vlaanderen", "Schouwen-Duiveland", "Walcheren")
    assert stats.place_of("zeeuwse") == "zeeland" and stats.place_of("friese") == "fryslân"
    walcheren = frozenset(stats.analyzer.tokens("Ambities van de regio Walcheren"))
    assert stats.query_terms("Welke Zeeuwse regio stelt een agenda op?", "nl").missing_slots(walcheren) == ()
    assert "Eemsdelta" in stats.regions["groningen"] and "Achterhoek" in stats.regions["gelderland"]
    zeeland = stats.query_terms("Hoeveel draagt de provincie Zeeland bij aan het leernetwerk?", "nl")
    assert zeeland.missing_slots(frozenset(stats.analyzer.tokens("Ambities van de regio Schouwen-Duiveland"))) == ()
    assert zeeland.missing_slots(frozenset(stats.analyzer.tokens("Ambities van de regio Achterhoek"))) == ("Zeeland",)
    friese = stats.query_terms("In welke Friese dorpen liep een experiment met dorpscoöperaties?", "nl")
    assert friese.missing_slots(frozenset(stats.analyzer.tokens("Fryslân - Dorpscoöperaties in Wûns"))) == ()
    limburg = stats.query_terms("Wat krijgen de Limburgse krimpregio's?", "nl")
    assert limburg.missing_slots(frozenset(stats.analyzer.tokens("Westelijke Mijnstreek 765.230"))) == ()
    assert limburg.missing_slots(frozenset(stats.analyzer.tokens("de westelijke grens"))) == ("Limburgse",)


def test_a_word_naming_a_letter_is_a_hint_not_a_slot(corpus):
    chunks = chunk_units(corpus.units, count_tokens=lambda text: len(text.split()))
    analyzer = DutchAnalyzer.build([c.text for c in chunks])
    stats = TermStats.build(chunks, analyzer, [l.clean.text for l in corpus.letters], corpus.letter_names())
    terms = stats.query_terms("Wat staat er in de Atlas-beantwoording over de politie in Zeeland?", "nl")
    assert "Zeeland" in terms.slots and "Atlas-beantwoording" not in terms.slots


def test_a_ministry_written_out_is_found_where_a_passage_has_its_abbreviation(stats):
    """The letters write "ministerie van VWS"; a user writes "het ministerie van Volksgezondheid"."""
    terms = stats.query_terms("Hoe helpt het ministerie van Volksgezondheid regio's met het zorgaanbod?", "nl")
    vws = frozenset(stats.analyzer.tokens("Het ministerie van VWS ondersteunt deze beweging met subsidies."))
    assert "Volksgezondheid" in terms.slots and terms.missing_slots(vws) == ()
    assert terms.missing_slots(frozenset(stats.analyzer.tokens("Het ministerie van OCW steunt scholen."))) == \
        ("Volksgezondheid",)
    # not back: "IenW" is not in every passage about "infrastructuur"
    ienw = stats.query_terms("Wat doet IenW voor krimpregio's?", "nl")
    assert ienw.missing_slots(frozenset(stats.analyzer.tokens("De digitale infrastructuur wordt verbeterd."))) == \
        ("IenW",)
    bzk = stats.query_terms("Wat doet het ministerie van Binnenlandse Zaken en Koninkrijksrelaties aan krimp?", "nl")
    assert bzk.missing_slots(frozenset(stats.analyzer.tokens("Het ministerie van BZK ondersteunt de regio's."))) == ()


def test_a_ministry_s_abbreviation_is_found_where_a_passage_writes_its_name_out(stats):
    """"Wat heeft IenM in de Hoeksche Waard gedaan?": the Actieplan writes "het ministerie van Infrastructuur en
    Milieu"; both words of the name must be there (one "infrastructuur" is no IenM)."""
    terms = stats.query_terms("Wat heeft IenM in de Hoeksche Waard gedaan?", "nl")
    written_out = frozenset(stats.analyzer.tokens("Ook het ministerie van Infrastructuur en Milieu heeft experimenten "
                                                  "gefaciliteerd in de Hoeksche Waard."))
    assert "IenM" in terms.slots and terms.missing_slots(written_out) == ()
    assert terms.missing_slots(frozenset(stats.analyzer.tokens("De infrastructuur in de Hoeksche Waard."))) == \
        ("IenM",)


def test_the_words_of_a_ministry_s_english_name_are_the_letters_dutch_ones(stats):
    """"the state secretary for Social Affairs": "Affairs" is "Zaken", no name the letters never use; "the Ministry
    of the Interior" is the letters' "BZK" too; "house" as a verb is no Kamer."""
    terms = stats.query_terms("What did the state secretary for Social Affairs do to support advice on cross-border "
                              "work?", "en")
    assert terms.absent == () and stats.analyzer.tokens("zaken")[0] in terms.stems
    assert stats.query_terms("What did the Ministry of Foreign Affairs do for cross-border work?", "en").absent == ()
    interior = stats.query_terms("What does the Ministry of the Interior do for shrinking regions?", "en")
    assert stats.analyzer.tokens("BZK")[0] in interior.stems
    kamer = stats.analyzer.tokens("kamer")[0]
    assert kamer not in stats.query_terms("Where does the government house its agencies?", "en").stems
    assert kamer in stats.query_terms("What did the minister tell the House about the pilot?", "en").stems


def test_a_member_of_parliament_is_no_name_a_passage_must_hold(stats):
    for question in ("Welk Kamerlid diende de motie in over regiogericht beleid?",
                     "Van welke Kamerleden was de motie over Oost-Drenthe?"):
        terms = stats.query_terms(question, "nl")
        assert not {"Kamerlid", "Kamerleden"} & (set(terms.slots) | set(terms.absent))


@pytest.mark.parametrize("word", ["middelbare", "ongunstig", "goedgemaakt", "opgericht", "ergens"])
def test_adjectives_adverbs_and_participles_are_no_absent_topic(stats, word):
    """"middelbare scholen" is the letters' "voortgezet onderwijs": an adjective the letters do not use says
    nothing about what they answer; a noun they never use ("Groeifonds", "arbeidsmigranten") still does."""
    assert stats.query_terms(f"Wat zegt de minister over {word} zaken in krimpregio's?", "nl").absent == ()


def test_nouns_the_letters_never_use_stay_absent(stats):
    for noun in ("archief", "dividend", "kasteel"):  # noun endings that look like adjectives ("-ief", "-end")
        assert noun in stats.query_terms(f"Wat gebeurt er met het {noun} van de gemeente?", "nl").absent, noun
    assert "arbeidsmigranten" in stats.query_terms("Wat doet het Rijk voor arbeidsmigranten?", "nl").absent
    assert "heringedeeld" in stats.query_terms("Welke gemeenten worden heringedeeld?", "nl").absent


@pytest.mark.parametrize("word", ["dichtgaat", "doorliep", "tekortkomen", "ophoudt", "thuisblijven"])
def test_a_separable_verb_written_as_one_word_is_no_absent_topic(stats, word):
    """The letters write "gaat … dicht", "liep … door": the particle and a verb form they use (twenty-fourth stop)."""
    assert stats.separable_verb(word)
    assert word not in stats.query_terms(f"Wat gebeurt er als het plan {word} in een krimpregio?", "nl").absent


@pytest.mark.parametrize("question", ["Welke lessen trok de minister uit de pilot?",
                                      "Wat vond de Kamer van het actieplan?", "Waarover sprak de minister met de K6?"])
def test_a_strong_verb_in_the_past_is_no_absent_topic(stats, question):
    """The code review's: "De brieven noemen “trok” nergens." refused a question for its verb's past form."""
    assert stats.query_terms(question, "nl").absent == ()


@pytest.mark.parametrize("question", ["Welk kamerstuk hoort bij de essaybundel?",
                                      "Welke regeling hielp verhuurders die sloopten?"])
def test_a_present_or_strong_past_form_of_a_verb_the_letters_use_is_no_absent_topic(stats, question):
    """The code review's (thirtieth stop): "hoort" ("horen") and "hielp" were absent words that refused these."""
    assert stats.query_terms(question, "nl").absent == ()


def test_a_noun_that_starts_like_a_separable_verb_stays_absent(stats):
    assert not stats.separable_verb("overkant") and not stats.separable_verb("uitstroom")
    assert not stats.separable_verb("omhoog") and not stats.separable_verb("loopt")
    # a plural noun after a particle: no present form of it ("uurt", "baant") in the letters (the code review's)
    assert not stats.separable_verb("overuren") and not stats.separable_verb("bijbanen")


def test_the_verb_forms_example_runs():
    import doctest

    import assistant.terms
    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner()
    [test] = [t for t in finder.find(assistant.terms) if t.name.endswith("_other_forms")]
    runner.run(test)
    assert runner.summarize().failed == 0


def test_discourse_words_of_a_question_are_no_absent_topic(stats):
    """"klopt het dat …", "als je … wilt opkopen": how people ask, not what they ask about."""
    assert stats.query_terms("Klopt het dat je particuliere woningen wilt opkopen als gemeente?", "nl").absent == ()
    assert stats.query_terms("Waarom is dat handig, en is dat normaal?", "nl").absent == ()
    # chat-style hedges (twenty-fifth stop): "geloof ik", "ook alweer", "onder welke noemer"
    assert stats.query_terms("Hoe heette dat programma ook alweer, geloof ik, trouwens?", "nl").absent == ()
    assert stats.query_terms("Onder welke noemer zet de minister dat?", "nl").absent == ()
    assert stats.query_terms("Wat staat daarover in de eerdere Kamerantwoorden?", "nl").absent == ()


def test_the_region_table_reader_s_example_runs():
    import doctest

    import assistant.terms
    finder = doctest.DocTestFinder()
    [test] = [t for t in finder.find(assistant.terms) if t.name.endswith("regions_by_province")]
    assert doctest.DocTestRunner().run(test).failed == 0


def test_conjunctions_months_and_a_letters_own_name_are_no_missing_words(stats):
    # a conjunction the letters happen not to use says nothing about the topic
    assert stats.query_terms("Wat doet de regio nadat de transitieatlas is opgesteld?", "nl").absent == ()
    # an English month is the letters' Dutch one
    terms = stats.query_terms("What did the minister write to the K6 in March 2021?", "en")
    assert terms.absent == () and "maart" in terms.stems
    # a word about words ("afkorting", "acronym") is no topic the letters lack (twentieth stop)
    assert stats.query_terms("Waar staat de afkorting DAEB voor?", "nl").absent == ()
    assert stats.query_terms("What does the acronym DAEB stand for?", "en").absent == ()
    # "SO-antwoorden" names a letter, as "SO" does: a hint, not a name a passage must hold
    assert stats.query_terms("Wat staat er in de SO-antwoorden over krimp?", "nl").slots == {}
    # "University of Groningen": the letters write "Rijksuniversiteit Groningen"
    assert "University" not in stats.query_terms("What does the University of Groningen forecast?", "en").slots
