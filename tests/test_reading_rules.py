"""The reading rules on the real letters: a "hoeveel …?" question whose figure the letters do not give, and an
outcome question whose outcome they only announce, get a plain "not in the letters" with the reason; the same kinds
of question that the letters do answer are answered, with the asked figure in the reply."""
from __future__ import annotations

from reading_helpers import refused_by_rule


def test_a_count_the_letters_do_not_give_is_not_answered(bot):
    refused_by_rule(bot, "Hoeveel inwoners heeft de regio Achterhoek?", "fact_gap", "geen bedrag of aantal")


def test_a_count_the_letters_give_is_answered_with_the_figure_in_the_reply(bot):
    reply = bot.ask("Hoeveel RetailDeals zijn er in eerste instantie gesloten?")
    assert not reply.abstained
    lead = " ".join(l.text for l in reply.lead)
    assert "31 RetailDeals" in lead  # the closest sentence ("Op 18 november 2015 …") alone does not say how many


def test_an_outcome_the_letters_only_announce_is_not_answered(bot):
    reply = bot.ask("Wat waren de resultaten van het onderzoek naar thuiswerken door het Center for People and "
                    "Buildings?")
    assert reply.abstained and not reply.passages
    assert "melden er geen uitkomst van" in reply.answer


def test_work_the_letters_name_without_a_result_gives_no_outcome(bot):
    """The closest sentences say the congresses were held, not what they gave: no sentence reports a result."""
    refused_by_rule(bot, "Welke resultaten hebben de twee krimpcongressen opgeleverd?", "outcome_reach",
                    "melden er geen uitkomst van")


def test_work_the_letters_name_above_a_result_on_something_else_gives_no_outcome(bot):
    """The action plan says the Pact was signed in December 2015, and never what it gave; a sentence far below it
    that reports something else ("De aandacht … blijkt uit de collegeprogramma's") is no outcome of the Pact."""
    refused_by_rule(bot, "Wat heeft het Pact Arbeidsmarkt over de Grens opgeleverd?", "outcome_reach",
                    "melden er geen uitkomst van")


def test_a_judgement_the_letters_never_report_is_not_answered_with_the_review_named(bot):
    """"Wat was het oordeel van …?" asks what came out (twenty-eighth stop: it was read as a question of no kind)."""
    refused_by_rule(bot, "Wat was het oordeel van de beleidsdoorlichting over het krimpbeleid?", "outcome_reach",
                    "melden er geen uitkomst van")


def test_a_decision_the_letters_report_answers_a_question_after_the_decision(bot):
    """"Het actieplan bevolkingsdaling is per 1 januari 2021 beëindigd en … ik niet van plan ben …": a decision is
    a result of its own kind (the twenty-eighth stop's review: no word of a study's result is in it)."""
    reply = bot.ask("Welk besluit is er genomen over het voortzetten van het actieplan bevolkingsdaling?")
    assert not reply.abstained and "beëindigd" in reply.lead[0].text


def test_research_the_letters_say_is_going_on_gives_no_outcome(bot):
    """The SO answers: "Op dit moment doet de Gezondheidsraad onderzoek naar de 45 minuten-norm." (twenty-fifth stop:
    the twenty-fourth quoted it as the outcome)."""
    refused_by_rule(bot, "Wat heeft het onderzoek van de Gezondheidsraad naar de 45 minuten-norm opgeleverd?",
                    "outcome_reach", "melden er geen uitkomst van")


def test_an_outcome_the_letters_report_is_answered(bot):
    reply = bot.ask("Wat was de uitkomst van de pilot met Akense studenten in Parkstad?")
    assert not reply.abstained
    assert reply.passages[0].doc_id == "evaluatie-actieplan"


def test_english_outcome_question_gets_the_reason_in_english(bot):
    reply = bot.ask("What were the results of the study on working from home by the Center for People and "
                    "Buildings?")
    assert reply.abstained and reply.language == "en"
    assert "report no outcome of it" in reply.answer


def test_a_figure_asked_without_hoeveel_is_read_like_one(bot):
    """"Wat is het totale budget van …?" asks for money as "Hoeveel geld …?" does: the letters give only a part
    of it (the Sectorplanplus subsidy), so no total is put forward as the answer."""
    reply = bot.ask("Wat is het totale budget van het Actieprogramma Werken in de Zorg?")
    assert reply.trace["decision"]["asked"] == "money"
    assert reply.abstained and not reply.passages


def test_a_place_adjective_is_the_place_not_an_unknown_name(bot):
    reply = bot.ask("Welk bedrag is er in het Gelderse coalitieakkoord beschikbaar voor de totale gebiedsopgaven?")
    assert not reply.abstained
    assert "90 miljoen" in " ".join(l.text for l in reply.lead)


def test_a_place_adjective_finds_the_row_of_the_place(bot):
    reply = bot.ask("Hoeveel geld krijgt de Drentse regio uit het provinciefonds?")
    assert not reply.abstained and "Drenthe | Budget in euro’s: 75.000" in reply.lead[0].text


def test_money_counts_no_applications(bot):
    """"€ 167 miljoen aan aanvragen" is money, not a count of applications: the part of the 49 applications from
    krimpgebieden stands nowhere (a code review's example, eighth stop)."""
    reply = bot.ask("Hoeveel van de 49 aanvragen kwamen uit krimpgebieden?")
    assert reply.kind == "abstain" and "geen bedrag of aantal" in reply.answer


def test_a_count_of_another_thing_is_no_answer(bot):
    """"twee krimpcongressen" counts the congresses the question names, not their visitors; "de afgelopen tien jaar"
    is a duration, not the number of municipalities under supervision."""
    for question in ("Hoeveel deelnemers hadden de krimpcongressen in 2018 en 2019?",
                     "Hoeveel gemeenten stonden in 2020 onder verscherpt toezicht?"):
        reply = bot.ask(question)
        assert reply.abstained and "geen bedrag of aantal" in reply.answer, question


def test_the_counted_noun_is_past_its_adjective(bot):
    reply = bot.ask("Wat is het totale aantal Akense studenten dat via de pilot in Parkstad is gehuisvest?")
    assert not reply.abstained and "127 studenten" in " ".join(lead.text for lead in reply.lead)


def test_a_part_of_a_whole_for_a_region_the_letters_do_not_split_out_is_not_answered(bot):
    # the letters give the 140 million and the EFRO's 98 million of it, not what goes to Zuid-Limburg
    reply = bot.ask("Welk deel van de 140 miljoen euro uit het Interregprogramma Euregio Maas-Rijn gaat naar "
                    "projecten in Zuid-Limburg?")
    assert reply.abstained and not reply.passages
    assert "geen bedrag of aantal" in reply.answer


def test_a_part_of_a_whole_for_a_region_the_letters_give_is_answered(bot):
    reply = bot.ask("Hoeveel van de 815.000 euro uit de decentralisatie-uitkering krimp in het provinciefonds van "
                    "2015 ging naar de provincie Friesland?")
    assert not reply.abstained
    assert "160.000" in reply.answer


def test_a_chair_the_letters_do_not_name_is_not_answered(bot):
    # the letters name the Drentse Regiegroep Onderwijs en Krimp, never its chair
    refused_by_rule(bot, "Wie is de voorzitter van de Drentse Regiegroep Onderwijs en Krimp?", "person_gap",
                    "geen naam van een persoon")


def test_the_person_in_an_office_the_question_names_is_asked_by_name(bot):
    # the K6 letter says only "mede namens de staatssecretaris van Financiën als medefondsbeheerder"
    refused_by_rule(bot, "Welke staatssecretaris van Financiën tekende als medefondsbeheerder mee?", "person_gap",
                    "geen naam van een persoon")
    member = bot.ask("Welk Kamerlid diende de motie in over voorstellen voor regiogericht beleid bij bevolkingsdaling?")
    assert not member.abstained and "Van der Molen" in member.answer


def test_places_in_a_province_are_not_the_province_and_a_body_is_not_the_expansion_of_an_asked_acronym(bot):
    refused_by_rule(bot, "In welke Zeeuwse gemeenten worden innovatieve mobiliteitsconcepten uitgetest?", "name_gap",
                    "geen plaats in Zeeland")
    refused_by_rule(bot, "Welk bureau helpt VWS en de LHV bij de ondersteuning van regio's met een huisartsentekort?",
                    "name_gap", "geen namen")
    towns = bot.ask("Welke gemeenten vallen onder de krimpregio Zeeuws-Vlaanderen?")
    assert not towns.abstained and "Terneuzen" in towns.answer


def test_a_who_question_after_a_body_is_not_read_as_one_after_a_person(bot):
    reply = bot.ask("Door wie is de methodiek van de Transitieatlas ontwikkeld?")
    assert not reply.abstained and reply.trace["decision"]["features"]["person_gap"] == 0.0
    assert "ministerie van BZK" in reply.answer


def test_a_person_the_letters_name_is_answered_with_the_name(bot):
    # "heet" is how the question asks, not a word the letters fail to use
    reply = bot.ask("Hoe heet de staatssecretaris van OCW die over de 50%-regeling schreef?")
    assert not reply.abstained and reply.trace["decision"]["features"]["absent"] == 0
    assert "staatssecretaris Dekker" in reply.answer


def test_an_amount_counts_only_in_a_passage_on_the_question_s_names(bot):
    """The Groningen table names the Ecodorp Ter Apel without an amount; the Achterhoek's 15.000 euro in the next
    passage is the closest amount but is about something else, so it answers nothing."""
    history = ["Welke pilotprojecten voor erfgoed en herbestemming noemen de Groningse krimpregio's?"]
    reply = bot.ask("Hoeveel geld trekt de provincie uit voor het Ecodorp Ter Apel?", history=history)
    assert reply.abstained and reply.reason == "De brieven noemen hiervoor geen bedrag."
    answered = bot.ask("Hoeveel krijgt Parkstad per jaar uit de decentralisatie-uitkering bevolkingsdaling?")
    assert not answered.abstained and "3.910.787" in " ".join(lead.text for lead in answered.lead)


def test_a_date_counts_only_in_a_passage_on_the_question_s_names(bot):
    """The Atlas answer names the Regionale Mobiliteitsstrategie Zeeland without a date; dates of other passages
    among the best three are about other things."""
    refused_by_rule(bot, "Wanneer zijn de samenwerkingsafspraken voor de Regionale Mobiliteitsstrategie Zeeland "
                         "ondertekend?", "date_gap", "geen datum of jaar")


def test_a_count_of_other_things_money_or_a_share_does_not_answer_a_count_of_things(bot):
    """"vijf industriële regio's" counts regions and the Zeeuws-Vlaanderen row gives euros: neither counts jobs
    (thirteenth stop)."""
    refused_by_rule(bot, "Hoeveel banen levert de basisindustrie in Zeeuws-Vlaanderen op?", "fact_gap",
                    "geen bedrag of aantal")


def test_people_counted_under_another_name_answer_a_count_of_people(bot):
    reply = bot.ask("Hoeveel mensen wil het sectorplan in het grensgebied ondersteunen?")
    assert not reply.abstained and "800 personen" in " ".join(lead.text for lead in reply.lead)


def test_a_body_the_letters_never_mention_is_named_in_the_refusal(bot):
    """The Regio Deals are in the letters; the Raad van State is not, though "raad" and "state" may be."""
    reply = bot.ask("Wat vindt de Raad van State van de Regio Deals?")
    assert reply.abstained and not reply.passages
    assert "“Raad van State”" in reply.answer
    english = bot.ask("What does the Council of State think of the Regio Deals?")
    assert english.abstained and english.language == "en" and "“Council of State”" in english.answer
    assert not bot.ask("Wat heeft de Tweede Kamer gevraagd over de Regio Deals?").abstained


def test_a_body_the_letters_name_together_with_another_is_not_absent(bot):
    """The SO answers send the landlord levy's report "naar de Eerste en Tweede Kamer" (the code review's find)."""
    reply = bot.ask("Is de rapportage over de verhuurderheffing ook naar de Eerste Kamer gestuurd?")
    assert not reply.abstained and reply.passages[0].doc_id == "so-bevolkingsdaling"


def test_an_outcome_stated_without_a_report_word_is_answered(bot):
    """The code review's find: what the action plan gave is in the evaluation letter in plain words."""
    reply = bot.ask("Wat heeft het Actieplan Bevolkingsdaling opgeleverd?")
    assert not reply.abstained


def test_a_thing_the_letters_mention_without_its_name_is_not_answered(bot):
    # the evaluation letter: "Afgelopen jaar is gestart met een podcast", never what it is called
    refused_by_rule(bot, "Hoe heet de podcast die in het expertisetraject woningmarkt is begonnen?", "title_gap",
                    "geen naam of titel")
    refused_by_rule(bot, "What is the name of the digital magazine with the harvest of the IBP Vitaal Platteland "
                         "programme?", "title_gap", "do not give its name")
    # "letter" is not the letters' word ("brief"): the rule cannot tell, and the title is in the answer
    english = bot.ask("What is the title of the letter from the BZK state secretary about cross-border cooperation?")
    assert english.trace["decision"]["features"]["title_gap"] == 0.0
    assert not english.abstained and "Geen grenzen aan de groei" in english.answer


def test_a_thing_the_letters_name_is_answered_with_its_name(bot):
    pact = bot.ask("Hoe heet het compensatiepakket voor Zeeland?")
    assert not pact.abstained and "Wind in de Zeilen" in pact.answer
    conversation = bot.ask("Wat stond er in het SO over de compensatie voor Zeeland nu de marinierskazerne niet naar "
                           "Vlissingen gaat?").conversation
    follow_up = bot.ask("Hoe heet dat pakket eigenlijk?", conversation=conversation)
    assert not follow_up.abstained
    report = bot.ask("Hoe heet het rapport dat de K6 naar de minister stuurde?")
    assert not report.abstained and "Helemaal Nederland" in report.answer


def test_a_numbered_recommendation_answers_a_question_after_advice(bot):
    # the evaluation letter numbers its recommendations ("2. Ontwikkel een financieel instrument …"), no bullets
    reply = bot.ask("Wat adviseert de minister een volgend kabinet over een financieel instrument?")
    assert not reply.abstained
    assert "Ontwikkel een financieel instrument" in reply.lead[0].text


def test_questions_after_what_something_says_or_a_name_before_the_thing_are_answered(bot):
    # "Hoe luidt …?" asks what a recommendation says, not its name
    advice = bot.ask("Hoe luidt de eerste aanbeveling voor een volgend kabinet?")
    assert not advice.abstained and advice.trace["decision"]["features"]["title_gap"] == 0.0
    # "De Regio Deal is een instrument van de minister van LNV …": the name stands before the thing
    deal = bot.ask("Hoe heet het instrument van de minister van LNV voor regio's?")
    assert not deal.abstained and "Regio Deal" in deal.answer


def test_places_listed_after_a_colon_answer_a_where_question_and_other_colons_do_not(bot):
    pilots = bot.ask("Waar lopen de MaaS-pilots?")
    assert not pilots.abstained and "Twente" in pilots.answer
    # "(hierna: WP2000)" names no place
    law = bot.ask("Waar geldt de Wet Personenvervoer?")
    assert law.trace["decision"]["features"]["name_gap"] > 0


def test_a_count_of_villages_is_not_answered_by_a_sum_of_money_or_a_number_of_schemes(bot):
    """The action plan names the Drentse regeling dorpsinitiatieven ("twee bestaande regelingen", "6 miljoen euro")
    and never how many villages applied."""
    refused_by_rule(bot, "Hoeveel dorpen hebben een aanvraag gedaan bij de Drentse regeling dorpsinitiatieven?",
                    "fact_gap", "geen bedrag of aantal")


def test_a_count_of_children_is_not_answered_by_their_ages(bot):
    refused_by_rule(bot, "Hoeveel kinderen gaan er naar de startgroepen in Zeeuws-Vlaanderen?", "fact_gap",
                    "geen bedrag of aantal")
