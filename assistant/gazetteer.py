"""Where the places the letters name lie: a small gazetteer, so that a question restricted to an area ("In welke
Drentse gemeenten …?", "Welke plaats in de Achterhoek …?") is not answered by a place elsewhere ("Westerdokters in
Amsterdam"). The names rule (assistant/names.py) reads it.

It holds the municipalities of the actieplan's Bijlage II (per krimp- or anticipeerregio, as the letter lists
them, its slips included), the provinces, the larger areas the letters speak of (Noord-Nederland, de Randstad,
Twente, Zuid-Limburg) and the other places the letters name, Dutch and across the border. A name it does not hold
lies nowhere known: the rule lets it count.

Example:
    >>> sorted(within_asked_area(frozenset({"amsterdam", "emmen", "westerdokters"}),
    ...                          "In welke Drentse gemeenten werken virtuele huisartsen?"))
    ['emmen', 'westerdokters']
"""
from __future__ import annotations

import re

# Bijlage II of the actieplan: region -> its municipalities (the capitalised words of each, lower case; a word
# shared by many names, "den" or "oost", is left out), and the province it lies in
_REGIONS = {
    "achterhoek": ("gelderland", "aalten bronckhorst berkelland doetinchem montferland gelre oude ijsselstreek "
                                 "winterswijk"),
    "de marne": ("groningen", "marne ulrum"),
    "eemsdelta": ("groningen", "appingedam delfzijl delfszijl eemsmond loppersum warffum"),
    "maastricht-mergelland": ("limburg", "eijsden-margraten gulpen-wittem maastricht meerssen vaals valkenburg"),
    "noordoost fryslân": ("fryslân", "achtkarspelen dantumadiel dongeradeel ferwerderadiel kollumerland "
                                     "tytjerksteradiel lioessens wûns"),
    "oost-groningen": ("groningen", "bellingwoude bellingwedde menterswolde menterwolde oldambt pekela stadskanaal "
                                    "veendam vlagtwedde winschoten nieuwolda apel"),
    "parkstad": ("limburg", "brunssum heerlen kerkrade nuth landgraaf onderbanken simpelveld voerendaal"),
    "westelijke mijnstreek": ("limburg", "beek schinnen sittard-geleen sittard geleen stein"),
    "zeeuws-vlaanderen": ("zeeland", "hulst sluis terneuzen cadzand biervliet axel"),
    "friese waddeneilanden": ("fryslân", "ameland schiermonnikoog terschelling vlieland"),
    "hoeksche waard": ("zuid-holland", "binnenmaas cromstrijen korendijk oud-beijerland strijen"),
    "kop van noord-holland": ("noord-holland", "helder hollands kroon schagen texel"),
    "krimpenerwaard": ("zuid-holland", "krimpenerwaard"),
    "midden-limburg": ("limburg", "echt-susteren leudal maasgouw nederweert roerdalen roermond weert"),
    "noord-limburg": ("limburg", "beesel gennep horst mook middelaar peel venlo venray"),
    "noordwest fryslân": ("fryslân", "franekeradeel harlingen bildt leeuwarderadeel littenseradeel "
                                     "menaldumadeel"),
    "oost-drenthe": ("drenthe", "aa hunze borger-odoorn coevorden emmen"),
    "schouwen-duiveland": ("zeeland", "schouwen-duiveland"),
    "walcheren": ("zeeland", "middelburg veere vlissingen"),
    "zuidoost fryslân": ("fryslân", "heerenveen ooststellingwerf opsterland smallingerland weststellingwerf"),
}
# Other places the letters name: place -> the areas it lies in
_OTHER_PLACES = {
    "noord-holland": "amsterdam haarlem alkmaar zaanstad hoorn purmerend",
    "zuid-holland": "rotterdam rotterdam-zuid haag leiden dordrecht delft gouda zoetermeer",
    "utrecht": "nieuwegein amersfoort zeist",
    "noord-brabant": "eindhoven breda waalwijk tilburg helmond",
    "gelderland": "nijmegen arnhem duiven zutphen apeldoorn ede wageningen",
    "overijssel": "zwolle deventer hardenberg kampen",
    "twente": "enschede hengelo almelo oldenzaal",
    "fryslân": "leeuwarden sneek drachten",
    "drenthe": "assen hoogeveen meppel midden-drenthe wolden zuidoost-drenthe",
    "groningen": "hoogezand",
    "zeeland": "goes",
    "flevoland": "almere lelystad",
    "duitsland": "aken keulen kleve borken viersen heinsberg herzogenrath emsland nedersaksen noordrijn-westfalen",
    "belgië": "gent antwerpen luik maaseik tongeren vlaanderen wallonië brussel",
}
# The areas that hold others: area -> the larger areas it lies in
_LARGER = {
    "groningen": "noord-nederland", "fryslân": "noord-nederland", "drenthe": "noord-nederland",
    "twente": "overijssel", "achterhoek": "gelderland",
    "parkstad": "zuid-limburg", "maastricht-mergelland": "zuid-limburg", "westelijke mijnstreek": "zuid-limburg",
    "zuid-limburg": "limburg", "noord-holland": "randstad", "zuid-holland": "randstad", "utrecht": "randstad",
}
# The same areas as questions write them: an adjective, another spelling
_AREA_WORDS = {
    "drentse": "drenthe", "groningse": "groningen", "friese": "fryslân", "friesland": "fryslân", "frisian": "fryslân",
    "limburgse": "limburg", "zeeuwse": "zeeland", "gelderse": "gelderland", "overijsselse": "overijssel",
    "brabantse": "noord-brabant", "brabant": "noord-brabant", "noord-hollandse": "noord-holland",
    "zuid-hollandse": "zuid-holland", "utrechtse": "utrecht", "flevolandse": "flevoland",
    "achterhoekse": "achterhoek", "twentse": "twente", "zeeuws-vlaamse": "zeeuws-vlaanderen",
    "zuid-limburgse": "zuid-limburg", "parkstad limburg": "parkstad", "maastricht-heuvelland": "maastricht-mergelland",
    "noordoost-fryslân": "noordoost fryslân", "noordwest-fryslân": "noordwest fryslân",
    "zuidoost-fryslân": "zuidoost fryslân", "north holland": "noord-holland", "south holland": "zuid-holland",
    "north brabant": "noord-brabant", "zeeland's": "zeeland",
}


def _containers(area: str) -> frozenset[str]:
    found = {area}
    while area in _LARGER:
        area = _LARGER[area]
        found.add(area)
    return frozenset(found)


def _build() -> dict[str, frozenset[str]]:
    areas: dict[str, frozenset[str]] = {}
    for region, (province, places) in _REGIONS.items():
        areas[region] = _containers(region) | _containers(province)
        for place in places.split():
            areas[place] = areas.get(place, frozenset()) | areas[region] | {place}
    for area, places in _OTHER_PLACES.items():
        for place in places.split():
            areas[place] = areas.get(place, frozenset()) | _containers(area) | {place}
    for area in {*_LARGER, *_LARGER.values(), *(p for p, _ in _REGIONS.values()), *_OTHER_PLACES}:
        areas[area] = areas.get(area, frozenset()) | _containers(area)
    return areas


# place or area (lower case, as assistant/names.py spells names) -> every area it lies in, itself included
AREAS_OF = _build()
# The areas that hold places (regions, provinces, larger areas, countries), which a question can restrict to
_AREAS = frozenset({*_REGIONS, *(province for province, _ in _REGIONS.values()), *_OTHER_PLACES, *_LARGER,
                    *_LARGER.values()})


def asked_areas(question: str) -> frozenset[str]:
    """The areas a question restricts its places to: an area's adjective anywhere ("Drentse", "Achterhoekse"), or
    an area after "in" or "binnen".

    >>> sorted(asked_areas("In welke plaats in de Achterhoek was de conferentie?"))
    ['achterhoek']
    >>> sorted(asked_areas("Welke Zeeuwse gemeenten doen mee?")), sorted(asked_areas("Welke gemeenten doen mee?"))
    (['zeeland'], [])
    """
    lowered = question.lower().replace("’", "'")
    found = {area for word, area in _AREA_WORDS.items() if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", lowered)}
    words = re.findall(r"[\w'-]+", lowered)
    after_area = -1  # the position just after the last area read behind "in"
    for position, word in enumerate(words):
        # "in Zuid-Limburg en de Achterhoek": an area after "in", and one joined to it
        if word in ("in", "binnen", "within") or (word in ("en", "of", "and", "or") and position == after_area):
            name, size = _area_at(words[position + 1:])
            if name:
                found.add(name)
                after_area = position + 1 + size
    return frozenset(found)


def _area_at(words: list[str]) -> tuple[str, int]:
    """The area the words open with and how many words it takes ("de achterhoek …" -> ("achterhoek", 2)), the
    longest name first; ("", 0) when none."""
    article = int(bool(words) and words[0] in ("de", "het", "the"))
    for size in range(min(len(words) - article, 4), 0, -1):
        name = " ".join(words[article:article + size])
        name = _AREA_WORDS.get(name, name)
        if name in _AREAS:
            return name, article + size
    return "", 0


def within_asked_area(names: frozenset[str], question: str, placed: frozenset[str] | None = None) -> frozenset[str]:
    """The names that may answer a question restricted to an area: those that lie in it, and those the gazetteer
    does not know where a place stands in the sentence (`placed`: the names after "in", "te" …; all names when
    None). A place elsewhere, or a larger area that holds the asked one, answers nothing; nor does an unknown
    capitalised word that stands where no place does ("de Regionale monitor Brede Welvaart").

    >>> question = "In welke Twentse gemeenten liep het onderzoek?"
    >>> sorted(within_asked_area(frozenset({"hengelo", "zwolle", "brede"}), question, placed=frozenset()))
    ['hengelo']
    """
    areas = asked_areas(question)
    if not areas:
        return names
    return frozenset(name for name in names
                     if (AREAS_OF[name] & areas if name in AREAS_OF else placed is None or name in placed))


# The areas written with an article ("in de Achterhoek")
_WITH_ARTICLE = frozenset({"achterhoek", "randstad", "hoeksche waard", "krimpenerwaard", "kop van noord-holland",
                           "westelijke mijnstreek", "friese waddeneilanden", "veenkoloniën"})


def area_names(areas: frozenset[str], language: str = "nl") -> str:
    """The areas as a sentence names them, capitalised, with their article.

    >>> area_names(frozenset({"achterhoek"})), area_names(frozenset({"drenthe", "kop van noord-holland"}))
    ('de Achterhoek', 'Drenthe of de Kop van Noord-Holland')
    >>> area_names(frozenset({"noordoost fryslân", "twente"}), "en")
    'Noordoost Fryslân or Twente'
    """
    def written(area: str) -> str:
        name = re.sub(r"(?<![\w'])(?!van\b)(\w)", lambda m: m.group(1).upper(), area)
        return ("the " if language == "en" else "de ") + name if area in _WITH_ARTICLE else name
    return (" or " if language == "en" else " of ").join(written(area) for area in sorted(areas))
