"""The gazetteer's data (assistant/gazetteer.py reads it): where the places the letters name lie.

The municipalities of the actieplan's Bijlage II per krimp- or anticipeerregio (as the letter lists them, its slips
"Delfszijl" and "Bellingwoude" included; tests/test_gazetteer.py checks them against the letter), the provinces,
the larger areas the letters speak of, and the other places they name, Dutch and across the border. Names are the
capitalised words of each place, lower case, as assistant/names.py spells names; a word that is also an everyday
word or part of many names ("oude", "peel", "den", "oost") is left out.
"""
from __future__ import annotations

from assistant.terms import PROVINCE_WORDS

# Bijlage II: region -> (its province, the words of its municipalities and of the villages the letters place in it)
REGIONS = {
    "achterhoek": ("gelderland", "aalten bronckhorst berkelland doetinchem montferland gelre ijsselstreek "
                                 "winterswijk hengelo"),
    "de marne": ("groningen", "marne ulrum kloosterburen"),
    "eemsdelta": ("groningen", "appingedam delfzijl delfszijl eemsmond loppersum warffum"),
    "maastricht-mergelland": ("limburg", "eijsden-margraten gulpen-wittem maastricht meerssen vaals valkenburg"),
    "noordoost fryslân": ("fryslân", "achtkarspelen dantumadiel dongeradeel ferwerderadiel kollumerland "
                                     "tytjerksteradiel lioessens"),
    "oost-groningen": ("groningen", "bellingwoude bellingwedde menterswolde menterwolde oldambt pekela stadskanaal "
                                    "veendam vlagtwedde winschoten nieuwolda apel"),
    "parkstad": ("limburg", "brunssum heerlen kerkrade nuth landgraaf onderbanken simpelveld voerendaal"),
    "westelijke mijnstreek": ("limburg", "beek schinnen sittard-geleen sittard geleen stein"),
    "zeeuws-vlaanderen": ("zeeland", "hulst sluis terneuzen cadzand biervliet axel"),
    "friese waddeneilanden": ("fryslân", "ameland schiermonnikoog terschelling vlieland"),
    "hoeksche waard": ("zuid-holland", "binnenmaas cromstrijen korendijk oud-beijerland strijen"),
    "kop van noord-holland": ("noord-holland", "helder hollands kroon schagen texel"),
    "krimpenerwaard": ("zuid-holland", "krimpenerwaard"),
    "midden-limburg": ("limburg", "echt-susteren leudal maasgouw nederweert roerdalen roermond weert leveroy"),
    "noord-limburg": ("limburg", "beesel bergen gennep horst mook middelaar venlo venray"),
    "noordwest fryslân": ("fryslân", "franekeradeel harlingen bildt leeuwarderadeel littenseradeel "
                                     "menaldumadeel"),
    "oost-drenthe": ("drenthe", "aa hunze borger-odoorn coevorden emmen dalen"),
    "schouwen-duiveland": ("zeeland", "schouwen-duiveland noordwelle"),
    "walcheren": ("zeeland", "middelburg veere vlissingen"),
    "zuidoost fryslân": ("fryslân", "heerenveen ooststellingwerf opsterland smallingerland weststellingwerf"),
}
# Other places the letters name: area -> the places in it (a place in two lists lies in both: "bergen", "hengelo")
OTHER_PLACES = {
    "noord-holland": "amsterdam haarlem alkmaar zaanstad hoorn purmerend bergen",
    "zuid-holland": "rotterdam rotterdam-zuid haag leiden dordrecht delft gouda zoetermeer",
    "utrecht": "nieuwegein amersfoort zeist",
    "noord-brabant": "eindhoven breda waalwijk tilburg helmond",
    "gelderland": "nijmegen arnhem duiven zutphen apeldoorn ede wageningen",
    "overijssel": "zwolle deventer hardenberg kampen",
    "twente": "enschede hengelo almelo oldenzaal",
    "fryslân": "leeuwarden sneek drachten wûns lauwersmeergebied",
    "drenthe": "assen hoogeveen meppel midden-drenthe wolden zuidoost-drenthe veenkoloniën groningen-drenthe",
    "groningen": "hoogezand noord-groningen lauwersmeergebied veenkoloniën groningen-drenthe",
    "zeeland": "goes",
    "flevoland": "almere lelystad",
    # the cities the letters set the krimp regions against ("buiten de Randstad")
    "randstad": "amsterdam haarlem zaanstad rotterdam rotterdam-zuid haag leiden dordrecht delft gouda zoetermeer "
                "nieuwegein amersfoort zeist almere",
    "duitsland": "aken keulen kleve borken viersen heinsberg herzogenrath emsland nedersaksen noordrijn-westfalen "
                 "düsseldorf duisburg",
    "belgië": "gent antwerpen luik maaseik tongeren wallonië brussel",
}
# The areas that lie in a larger one: area -> the larger area
LARGER = {
    "groningen": "noord-nederland", "fryslân": "noord-nederland", "drenthe": "noord-nederland",
    "twente": "overijssel", "achterhoek": "gelderland",
    "parkstad": "zuid-limburg", "maastricht-mergelland": "zuid-limburg", "westelijke mijnstreek": "zuid-limburg",
    "zuid-limburg": "limburg",
}
# Places that are areas a question can restrict to as well ("in de Veenkoloniën")
ALSO_AREAS = ("veenkoloniën", "groningen-drenthe", "lauwersmeergebied", "noord-groningen")
# The areas as questions write them: a province's adjective or English name (assistant/terms.py), a region's
# adjective ("Achterhoekse"), another spelling ("Zeeuws Vlaanderen")
AREA_WORDS = {
    **PROVINCE_WORDS, "brabant": "noord-brabant", "achterhoekse": "achterhoek", "twentse": "twente",
    "zeeuws-vlaamse": "zeeuws-vlaanderen", "zuid-limburgse": "zuid-limburg", "parkstad limburg": "parkstad",
    "maastricht-heuvelland": "maastricht-mergelland",
    "maastricht mergelland": "maastricht-mergelland", "noordoost-fryslân": "noordoost fryslân",
    "noordwest-fryslân": "noordwest fryslân", "zuidoost-fryslân": "zuidoost fryslân",
    "zeeuws vlaanderen": "zeeuws-vlaanderen", "noord limburg": "noord-limburg", "midden limburg": "midden-limburg",
    "zuid limburg": "zuid-limburg", "oost groningen": "oost-groningen", "oost drenthe": "oost-drenthe",
    "westelijke-mijnstreek": "westelijke mijnstreek", "marne": "de marne",
}
# The areas written with an article ("in de Achterhoek")
WITH_ARTICLE = frozenset({"achterhoek", "randstad", "hoeksche waard", "krimpenerwaard", "kop van noord-holland",
                          "westelijke mijnstreek", "friese waddeneilanden", "veenkoloniën"})
