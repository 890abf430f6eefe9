"""The salient terms of a question, weighted by how rare they are in the letters, and the terms the letters lack.

Built once per index from the chunks' analyzed tokens (the same Dutch analyzer as BM25: stems, stopwords,
compound parts), so "which query terms does this passage cover" and "which terms occur nowhere" are set lookups.

Example:
    >>> stats = TermStats.build(chunks, analyzer)
    >>> terms = stats.query_terms("Wat zegt de minister over het Nationaal Groeifonds?", "nl")
    >>> terms.absent
    ('Groeifonds',)
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import Iterable

from assistant.bodies import absent_bodies, bodies_named
from assistant.letter_years import letter_reference_years
from corpus.records import Chunk
from index.lexical import LexicalIndex, words

# Question words and discourse words: never "salient", even when the letters happen not to use them.
GENERIC = frozenset("""
precies eigenlijk gebeurt gedaan gebeuren staat staan zegt zeggen gezegd gaat gaan komt komen welke welk hoeveel
wanneer waarom waar hoe minister kabinet regering rijk brief brieven kamer tweede vraag vragen antwoord antwoorden
graag weten vertellen uitleggen noemen genoemd soort manier momenteel tegenwoordig concreet ongeveer heet heten
heette heetten wilt kunt zult klopt klopte gewoon normaal handig
kamerlid kamerleden kamerbrief kamerbrieven kamervraag kamervragen kamerstuk kamerstukken kamerstuknummer
kamerstuknummers kamerantwoord kamerantwoorden
nadat voordat zodra tenzij opdat alvorens sindsdien zolang totdat dankzij alsook ooit telkens meestal vrijwel
feitelijk althans geloof alweer trouwens ofzo noemer
afkorting afkortingen afgekort acroniem acroniemen betekent
datum jaartal jaartallen deadline startdatum einddatum peildatum totaalbedrag
what which when where why how does did minister government letter letters tell explain about there their they
abbreviation abbreviations abbreviated acronym acronyms
""".split())
# "erbij", "daarover", "hiermee": pointing words, never a topic (and "erbij" is a word the letters happen not to use)
PRONOMINAL = re.compile(r"(er|daar|hier|waar)(bij|op|aan|van|in|mee|over|door|voor|uit|naar|om|onder|tegen|toe|"
                        r"achter|langs|na|af)")
MIN_SALIENT_CHARS = 4
MIN_PRESENT_CHARS = 4  # "gaat", "hoort"; not "gat" or "net"
YEAR = re.compile(r"(19|20)\d{2}")
DERIVED_MIN_STEM = 5  # "Nederlanders" -> "nederland": the known name must be at least this long ...
DERIVED_MAX_ENDING = 3  # ... and the ending at most this long (so "Groeifonds" is not "groei" + "fonds")
COMMON_SHARE = 0.25  # a stem in more than this share of chunks says little about the topic
PLACE_NAMES = {"friesland": "fryslân"}  # the letters mostly write the province in Frisian
# A province's adjective or English name -> the province as the letters write it (lower case)
PROVINCE_WORDS = {"groningse": "groningen", "friese": "fryslân", "friesland": "fryslân", "frisian": "fryslân",
                  "drentse": "drenthe", "gelderse": "gelderland", "zeeuwse": "zeeland", "limburgse": "limburg",
                  "noord-hollandse": "noord-holland", "zuid-hollandse": "zuid-holland", "overijsselse": "overijssel",
                  "flevolandse": "flevoland", "utrechtse": "utrecht", "brabantse": "noord-brabant",
                  "north holland": "noord-holland", "south holland": "zuid-holland", "north brabant": "noord-brabant"}
# English names of countries, peoples and cities, in the letters' Dutch: a translation, not a thing the letters never
# name
ENGLISH_NAMES = {"german": "duitse", "germany": "duitsland", "belgian": "belgische", "belgium": "belgië",
                 "flemish": "vlaamse", "flanders": "vlaanderen", "dutch": "nederlandse", "netherlands": "nederland",
                 "european": "europese", "europe": "europa", "french": "franse", "france": "frankrijk",
                 "frisian": "friese", "walloon": "waalse", "wallonia": "wallonië", "aachen": "aken",
                 "brussels": "brussel", "hague": "haag",
                 # months, and the word of an institution's name ("University of Groningen": "Rijksuniversiteit")
                 "january": "januari", "february": "februari", "march": "maart", "june": "juni",
                 "july": "juli", "august": "augustus", "october": "oktober", "university": "universiteit",
                 "universities": "universiteiten",
                 # the compass points of Dutch place names: "North Holland" is "Noord-Holland"
                 "north": "noord", "south": "zuid", "east": "oost", "northeast": "noordoost",
                 "northwest": "noordwest", "southeast": "zuidoost", "southwest": "zuidwest",
                 # the words of a ministry's or the Kamer's English name ("the state secretary for Social Affairs")
                 "affairs": "zaken", "interior": "binnenlandse", "kingdom": "koninkrijk", "relations": "relaties",
                 "health": "volksgezondheid", "welfare": "welzijn", "employment": "werkgelegenheid",
                 "education": "onderwijs", "culture": "cultuur", "science": "wetenschap",
                 "infrastructure": "infrastructuur", "agriculture": "landbouw", "nature": "natuur",
                 "justice": "justitie", "security": "veiligheid", "economic": "economische", "climate": "klimaat",
                 "finance": "financiën", "environment": "milieu", "ministry": "ministerie", "foreign": "buitenlandse",
                 "general": "algemene", "house": "kamer", "representatives": "kamer",
                 # the words of a programme's or a region's name ("the Safe, Smart and Sustainable programme": "Veilig,
                 # Slim en Duurzaam"; "Euregio Meuse-Rhine": "Maas-Rijn"); "Smart Industry" the letters write in
                 # English, so a word they use keeps its own stem too (BILINGUAL)
                 "safe": "veilig", "smart": "slim", "sustainable": "duurzaam", "meuse": "maas", "rhine": "rijn",
                 "meuse-rhine": "maas-rijn"}
# …only capitalised: "where to house its agencies" is no Kamer (and the Senate, the Eerste Kamer, the letters never
# name: an absent name)
CAPITALISED_ONLY = frozenset({"house", "representatives", "general", "safe", "smart", "sustainable"})
# …the name words whose English the letters use as well ("Smart Industry"): read as both
BILINGUAL = frozenset({"smart"})
# The ministries' names in the abbreviations the letters write ("ministerie van VWS"): a name a user writes out
# ("het ministerie van Volksgezondheid") is in a passage that has its abbreviation (not back: "IenW" is not in every
# passage that says "infrastructuur")
MINISTRIES = {"volksgezondheid": ("vws",), "welzijn": ("vws",), "binnenlandse": ("bzk",),
              "koninkrijksrelaties": ("bzk",), "economische": ("ezk", "ez"), "klimaat": ("ezk",),
              "sociale": ("szw",), "werkgelegenheid": ("szw",), "onderwijs": ("ocw",), "cultuur": ("ocw",),
              "wetenschap": ("ocw",), "infrastructuur": ("ienw", "ienm"), "waterstaat": ("ienw",),
              "milieu": ("ienm",), "landbouw": ("lnv",), "natuur": ("lnv",), "voedselkwaliteit": ("lnv",),
              "justitie": ("jenv",), "veiligheid": ("jenv",), "sport": ("vws",),
              "zaken": ("bzk", "ezk", "ez", "szw")}
# …and back: the abbreviation a user writes ("Wat heeft IenM in de Hoeksche Waard gedaan?") is in a passage that
# writes the ministry's name out ("het ministerie van Infrastructuur en Milieu"), when all these words are there
MINISTRY_NAMES = {"ienm": ("infrastructuur", "milieu"), "ienw": ("infrastructuur", "waterstaat"),
                  "bzk": ("binnenlandse", "koninkrijksrelaties"), "vws": ("volksgezondheid", "welzijn"),
                  "ezk": ("economische", "klimaat"), "ez": ("economische", "zaken"),
                  "ocw": ("onderwijs", "cultuur", "wetenschap"), "szw": ("sociale", "werkgelegenheid"),
                  "lnv": ("landbouw", "natuur", "voedselkwaliteit"), "jenv": ("justitie", "veiligheid")}
PLACE_MIN_BASE = 4  # "Friese" -> "fries…": the adjective without its "-se" must be at least this long


@dataclass(frozen=True)
class QueryTerms:
    """A question's salient stems with IDF weights, and the words of it that occur nowhere in the letters."""

    stems: dict[str, float]
    absent: tuple[str, ...]
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a name or year the letters use -> its stems
    absent_names: tuple[str, ...] = ()  # the absent words that are names or numbers (not everyday words)
    # other ways the letters write a slot: "Drentse" -> the stems of "Drenthe", "Volksgezondheid" -> of "VWS"
    variants: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    bodies: tuple[str, ...] = ()  # bodies the letters never mention, named in everyday words (bodies.py)

    def missing_slots(self, chunk_stems: frozenset[str]) -> tuple[str, ...]:
        """The question's names and years that a passage does not contain ("Drenthe", "2019"); a place's adjective
        ("Drentse") is in a passage that names the place, a ministry's name in one with its abbreviation."""
        return tuple(slot for slot, stems in self.slots.items() if not _contains(chunk_stems, stems)
                     and not any(_contains(chunk_stems, variant) for variant in self.variants.get(slot, ())))

    def absent_only_in(self, own: "QueryTerms") -> "QueryTerms":
        """These terms with only the absent words that `own` (a follow-up's own words) has too: the topic words a
        follow-up carries from the turn before ("bedoelt" in "Wat bedoelt ze met …?") are no evidence that the
        letters do not answer the follow-up."""
        return replace(self, absent=tuple(w for w in self.absent if w in own.absent),
                       absent_names=tuple(w for w in self.absent_names if w in own.absent_names),
                       bodies=tuple(w for w in self.bodies if w in own.bodies))

    def coverage(self, chunk_stems: frozenset[str]) -> float:
        """IDF-weighted share of the salient stems that occur in a chunk (1.0 when the question has none)."""
        total = sum(self.stems.values())
        if not total:
            return 1.0
        return sum(w for s, w in self.stems.items() if s in chunk_stems) / total


class TermStats:
    def __init__(self, analyzer: LexicalIndex, chunk_stems: dict[str, frozenset[str]],
                 known: frozenset[str] = frozenset(), letter_names: frozenset[str] = frozenset(),
                 regions: dict[str, tuple[str, ...]] | None = None, letter_years: frozenset[str] = frozenset(),
                 absent_bodies: frozenset[str] = frozenset()):
        self.analyzer = analyzer
        self.regions = regions or {}  # a province (lower case) -> the regions the letters place in it
        self.chunk_stems = chunk_stems
        self.df: dict[str, int] = {}
        for stems in chunk_stems.values():
            for stem in stems:
                self.df[stem] = self.df.get(stem, 0) + 1
        self.n = max(1, len(chunk_stems))
        self.known = known | frozenset(self.df)  # every stem anywhere in the letters (absent = not in here)
        self.letter_names = letter_names  # words that name a letter ("Atlas"): letter hints, not slots to find
        self.letter_years = letter_years  # the years of the letters' dates: "de brief van 2021" names a letter
        self.absent_bodies = absent_bodies  # bodies (of BODIES in bodies.py) that no letter names
        self._prefixes = frozenset(s for s in self.known if len(s) >= DERIVED_MIN_STEM)
        self._province_variants = self._regions_by_stem()

    @classmethod
    def build(cls, chunks: list[Chunk], analyzer: LexicalIndex, letter_texts: list[str] = (),
              letter_names: list[str] = (), letter_years: Iterable[str] = ()) -> "TermStats":
        """`letter_texts`: the letters' whole texts, so that a word only in a long question that a chunk's
        heading shortens ("… of er een meldpunt zal worden opgericht") still counts as used by the letters.
        `letter_names`: the letters' aliases and titles; `letter_years`: the years of their dates."""
        # a letter's own name ("evaluatiebrief") is never a word the letters do not use
        known = frozenset(stem for text in (*letter_texts, *letter_names) for stem in analyzer.tokens(text))
        names = frozenset(w for name in letter_names for w in words(name))
        return cls(analyzer, {c.chunk_id: frozenset(analyzer.tokens(c.text)) for c in chunks}, known, names,
                   regions_by_province(c.text for c in chunks), frozenset(letter_years),
                   absent_bodies(letter_texts or [c.text for c in chunks]))

    def derived_from_known(self, word: str) -> bool:
        """"Nederlanders", "antwoordt", "Gelderse": a short ending on a word the letters use is that word, not a
        new one.

        >>> [stats.derived_from_known(word) for word in ("nederlanders", "gelderse", "groeifonds")]
        [True, True, False]
        """
        if any(word[:cut] in self._prefixes for cut in range(len(word) - 1, len(word) - DERIVED_MAX_ENDING - 1, -1)
               if cut >= DERIVED_MIN_STEM):
            return True
        # the adjective of a place: "Gelderse" (Gelderland), "Drentse" (Drenthe), "Groningse" (Groningen)
        return bool(self._words_like(word, DERIVED_MIN_STEM))

    def present_of_known(self, word: str) -> bool:
        """A present form of a verb whose infinitive the letters use ("hoort": "horen", "biedt": "bieden"): the
        letters write the verb in another form, so it is no word they never use.

        >>> [stats.present_of_known(w) for w in ("hoort", "gaat", "glasvezel")]
        [True, True, False]
        """
        return len(word) >= MIN_PRESENT_CHARS and word.endswith("t") and any(
            form in self.analyzer.vocabulary for form in _other_forms(word))

    def separable_verb(self, word: str) -> bool:
        """A separable verb written as one word ("dichtgaat", "doorliep", "tekortkomen"): its particle and a verb
        form the letters use ("gaat", "liep", "komen"); the letters write the verb split ("gaat … dicht"), so it is
        no word they never use. A noun is not one ("uitstroom", "overkant": no verb form after the particle).

        >>> [stats.separable_verb(w) for w in ("dichtgaat", "doorliep", "uitvallen", "overkant", "omhoog")]
        [True, True, True, False, False]
        """
        match = _SEPARABLE_VERB.fullmatch(word)
        if not match:
            return False
        rest, vocabulary = match.group(2), self.analyzer.vocabulary
        if rest not in vocabulary:
            return False
        if rest in _IRREGULAR_PAST:  # "liep", "ging"
            return True
        # an infinitive with a present form the letters use ("komen": "komt"; not a plural noun, "uren", "banen"),
        # or a present form of an infinitive they use ("gaat": "gaan", "loopt": "lopen")
        return any(form in vocabulary for form in _other_forms(rest))

    def idf(self, stem: str) -> float:
        return math.log(1 + (self.n - self.df.get(stem, 0) + 0.5) / (self.df.get(stem, 0) + 0.5))

    def query_terms(self, question: str, language: str) -> QueryTerms:
        stems: dict[str, float] = {}
        absent: list[str] = []
        names: list[str] = []
        slots: dict[str, tuple[str, ...]] = {}
        variants: dict[str, tuple[tuple[str, ...], ...]] = {}
        capitalised = _capitalised_words(question)
        cited = letter_reference_years(question, self.letter_years)  # "in de brief van 2021": which letter, no slot
        for word in dict.fromkeys(words(question)):
            if (word in cited or word in GENERIC or PRONOMINAL.fullmatch(word)
                    or len(word) < MIN_SALIENT_CHARS and not word.isdigit()):
                continue
            if language == "en" and word in ENGLISH_NAMES and (word in capitalised or word not in CAPITALISED_ONLY):
                # "German": the letters write "Duitse"; "Interior": "Binnenlandse", and so "BZK"
                dutch = ENGLISH_NAMES[word]
                aliases = MINISTRIES.get(dutch, ()) if word in capitalised else ()
                own = (word,) if word in BILINGUAL else ()
                stems.update({s: self.idf(s) for text in (dutch, *aliases, *own) for s in self.analyzer.tokens(text)
                              if self.df.get(s, 0)})
                continue
            own = self.analyzer.tokens(word)
            if not own:
                continue
            whole = own[0]
            ministry = self._ministry_variants(word) if word in capitalised else ()
            if ministry and whole not in self.known:  # "Koninkrijksrelaties": the letters write "BZK"
                stems.update({s: self.idf(s) for variant in ministry for s in variant if self.df.get(s, 0)})
                slots[capitalised[word]], variants[capitalised[word]] = ministry[0], ministry[1:]
                continue
            if "-" in word:  # "DU-middelen": written apart, so it is absent only when one of its parts is
                parts = [self.analyzer.tokens(part) for part in word.split("-") if len(part) >= 3]
                if all(part[0] in self.known for part in parts if part):
                    stems.update({s: self.idf(s) for s in own[1:] if self.df.get(s, 0)})
                    # "SO-antwoorden" names a letter, as "SO" and "antwoorden" do: a letter hint, not a slot
                    letter_name = all(part in self.letter_names for part in word.split("-"))
                    if word in capitalised and word not in self.letter_names and not letter_name:
                        # "EIB-rapport", "DU-middelen": the name is the capitalised part; a passage may write
                        # "het EIB … het definitieve rapport" or "de DU"
                        slots[capitalised[word]] = _named_part(capitalised[word], own, self.analyzer)
                        if regions := self._region_variants(PROVINCE_WORDS.get(word, word)):  # "Zuid-Holland"
                            variants[capitalised[word]] = regions
                    continue
            if (whole not in self.known and not self.derived_from_known(word) and not self.separable_verb(word)
                    and not self.present_of_known(word)):
                # English words are absent from Dutch letters by nature: only names and numbers count there.
                # An inflected verb the letters happen not to use ("verloren", "gestoken") says nothing either.
                # a name or a year: "137" (krimpgemeenten) is a number the letters do not use, not a new thing
                is_name = word in capitalised or bool(YEAR.fullmatch(word))
                if is_name or any(ch.isdigit() for ch in word) or (language == "nl" and _noun_like(word)):
                    absent.append(capitalised.get(word, word))
                if is_name:
                    names.append(capitalised.get(word, word))
                stems.update({s: self.idf(s) for s in own[1:] if self.df.get(s, 0)})
                continue
            if not self.df.get(whole):  # in the letters only where no chunk's text has it, or a derived form
                stems.update({s: self.idf(s) for s in own[1:] if self.df.get(s, 0)})
                continue
            if self.df[whole] / self.n <= COMMON_SHARE:
                stems[whole] = self.idf(whole)
                if (word in capitalised or YEAR.fullmatch(word)) and word not in self.letter_names:
                    slots[capitalised.get(word, word)] = tuple(own)
                    place = self.place_of(word) if word in capitalised else ""
                    other = ((tuple(self.analyzer.tokens(place)),) if place else ()) + ministry
                    other += self._region_variants(place or word) if word in capitalised else ()
                    if other:
                        variants[capitalised[word]] = other
        bodies = bodies_named(question, self.absent_bodies)  # "Raad van State": everyday words, an absent name
        return QueryTerms(stems, (*bodies, *absent), slots, (*bodies, *names), variants, bodies)

    def _ministry_variants(self, word: str) -> tuple[tuple[str, ...], ...]:
        """The stems of the other ways the letters write a ministry's name word ("volksgezondheid" -> VWS), or its
        abbreviation ("IenM" -> a passage with both "infrastructuur" and "milieu": `_contains` reads a tuple's
        stems after the first as parts that must all be there)."""
        if word in MINISTRY_NAMES:
            written_out = [stem for name_word in MINISTRY_NAMES[word] for stem in self.analyzer.tokens(name_word)[:1]]
            own = self.analyzer.tokens(word)[:1] or [word]
            return ((own[0], *written_out),) if all(stem in self.known for stem in written_out) else ()
        found = (tuple(self.analyzer.tokens(alias)) for alias in MINISTRIES.get(word, ()))
        return tuple(stems for stems in found if stems and stems[0] in self.known)

    def _region_variants(self, province: str) -> tuple[tuple[str, ...], ...]:
        """The stems of the other names of a province's area: the letters' own name for it ("Friesland" ->
        "Fryslân") and the regions they place in it ("Groningse" is in a passage on Eemsdelta or De Marne, "Zeeland"
        in one on Walcheren). A region named after its province ("Oost-Groningen") is found by the province's name;
        a region of several words needs them all ("Westelijke Mijnstreek")."""
        own = PLACE_NAMES.get(province, province)
        stems = tuple(self.analyzer.tokens(own))
        if not stems:
            return ()
        return ((stems,) if own != province else ()) + self._province_variants.get(stems[0], ())

    def _regions_by_stem(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Per province's stem, the stems of its regions (worked out once, when the reading stage is set up)."""
        found: dict[str, tuple[tuple[str, ...], ...]] = {}
        for name, regions in self.regions.items():
            stem = self.analyzer.tokens(name)[:1]
            if not stem:
                continue
            variants = []
            for region in regions:
                words = [stems[0] for stems in map(self.analyzer.tokens, region.split()) if stems]
                if words and stem[0] not in words and all(word in self.known for word in words):
                    # the whole name (no stem has a space) or every word of it, as _contains reads a variant
                    variants.append((region.lower(), *words) if len(words) > 1 else tuple(self.analyzer.tokens(region)))
            found[stem[0]] = found.get(stem[0], ()) + tuple(variants)
        return found

    def place_of(self, adjective: str) -> str:
        """The letters' word for the place an adjective names ("drentse" -> "drenthe", "gelderse" -> "gelderland"),
        or for a place they mostly write otherwise ("friesland" -> "fryslân"); "" for a word that is neither.

        >>> stats.place_of("drentse"), stats.place_of("nationale")
        ('drenthe', '')
        """
        if adjective in PLACE_NAMES or adjective in PROVINCE_WORDS:
            return PLACE_NAMES.get(adjective) or PROVINCE_WORDS[adjective]
        found = [w for w in self._words_like(adjective, PLACE_MIN_BASE) if not w.endswith(("se", "s"))]
        return min(found, key=len, default="")

    def _words_like(self, adjective: str, min_base: int) -> list[str]:
        """The letters' words that start like an "-se" adjective without its ending ("drentse" -> "drenthe",
        "drents", …); [] for another word or a base shorter than `min_base`. On words, not stems: Snowball cuts
        "gelderland" to "lderland"."""
        base = adjective[:-2] if adjective.endswith("se") else ""
        if len(base) < min_base:
            return []
        return [w for w in self.analyzer.vocabulary if w.startswith(base)]


_PROVINCE_CELL = re.compile(r"(?:^|\|)\s*[^:|]+:\s*([^|]+?)\s*\|\s*provincie:\s*([^|]+?)\s*(?=\||$)", re.I | re.M)


def regions_by_province(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Province (lower case) -> regions, from the letters' own table rows that pair a region with its province
    ("Krimpregio’s: Achterhoek | provincie: Gelderland | Anticipeerregio’s: Walcheren** | Provincie: Zeeland").

    >>> regions_by_province(["Krimpregio’s: Eemsdelta | provincie: Groningen | Anticipeerregio’s: Walcheren** | "
    ...                      "Provincie: Zeeland"])
    {'groningen': ('Eemsdelta',), 'zeeland': ('Walcheren',)}
    """
    found: dict[str, list[str]] = {}
    for text in texts:
        for region, province in _PROVINCE_CELL.findall(text):
            region, province = region.strip("* "), province.strip("* ")
            if region and province and region.lower() != province.lower():
                found.setdefault(province.lower(), [])
                if region not in found[province.lower()]:
                    found[province.lower()].append(region)
    return {province: tuple(regions) for province, regions in found.items()}


def _named_part(written: str, own: tuple[str, ...], analyzer: LexicalIndex) -> tuple[str, ...]:
    """The stems a hyphenated name must have in a passage: all of "Zuid-Holland" or "Oost-Groningen", but only the
    capitalised part of a name joined to an everyday noun ("EIB-rapport" -> the stems of "EIB")."""
    parts = written.split("-")
    if len(parts) == 2 and parts[0][:1].isupper() and parts[1][:1].islower():
        named = tuple(analyzer.tokens(parts[0]))
        if named:
            return named
    return tuple(own)


def _contains(chunk_stems: frozenset[str], stems: tuple[str, ...]) -> bool:
    """A word is in a passage when its whole stem is, or every part of it ("Oost-Groningen": oost and groningen)."""
    return stems[0] in chunk_stems or (len(stems) > 1 and all(s in chunk_stems for s in stems[1:]))


# Dutch adjective endings ("middelbare", "ongunstig", "financiële") and adverbs of place ("ergens", "nergens")
# (not "-ief", "-eel", "-end": "archief", "kasteel", "dividend" are nouns)
_ADJECTIVE_FORM = re.compile(r"\w{3,}(baar|bare|lijk|lijke|isch|ische|ig|ige|ieve|ele|iële|ende|loos|loze|zaam|"
                             r"zame)|\w*(ergens|overal)")

# the separable part of a verb before its participle's "ge" ("goedgemaakt", "opgericht", "afgesloten"); not
# "her-in" ("heringedeeld": a new concept of the letters' absent "herindeling")
_SEPARABLE = "aan|af|bij|door|goed|in|mee|na|om|op|terug|toe|uit|vast|voor|weg"
# a separable verb's particle written onto its verb ("dichtgaat", "tekortkomen", "doorliep")
_SEPARABLE_VERB = re.compile(r"(aan|af|bij|door|goed|in|mee|na|om|op|terug|toe|uit|vast|voor|weg|dicht|tekort|samen|"
                             r"voort|open|vrij|over|neer|los|thuis|kwijt|achter|mis)(\w{3,})")
_IRREGULAR_PAST = frozenset("""liep liepen ging gingen kwam kwamen bleef bleven nam hield hielden viel vielen trok
trokken stond stonden zag zagen zette legde legden bracht brachten bood koos kozen schreef schreven sprak spraken
kreeg kregen vond vonden bleek bleken deed deden dacht dachten wist wisten zocht zochten verscheen verschenen besloot
droeg droegen moest moesten kon konden zou zouden wilde wilden mocht mochten hoefde hoefden hielp hielpen""".split())
# (not "namen", "gaven", "sloten": also nouns)


def _other_forms(verb: str) -> tuple[str, ...]:
    """The present or infinitive forms that go with a verb form ("komen" -> "komt", "vallen" -> "valt", "lopen" ->
    "loopt", "blijven" -> "blijft", "gaan" -> "gaat"; "gaat" -> "gaan", "loopt" -> "lopen").

    >>> _other_forms("lopen"), _other_forms("vallen"), _other_forms("gaat")
    (('lopt', 'loopt'), ('valt', 'vaalt'), ('gaan', 'gaaen'))
    """
    if verb.endswith("t"):
        stem = verb[:-1]
        return tuple(dict.fromkeys((stem + "n", stem + "en", re.sub(r"([aeou])\1(?=[^aeiou]$)", r"\1", stem) + "en")))
    if verb.endswith("en") and len(verb) > 4:
        # "vall" -> "val", "blijv" -> "blijf", "reiz" -> "reis"
        stem = re.sub(r"z$", "s", re.sub(r"v$", "f", re.sub(r"([^aeiou])\1$", r"\1", verb[:-2])))
        longer = re.sub(r"(?<=[^aeiou])([aeou])(?=[^aeiou]$)", r"\1\1", stem)  # "lop" -> "loop"
        return tuple(dict.fromkeys(form + ("" if form.endswith("t") else "t") for form in (stem, longer)))
    if verb.endswith("n"):  # "gaan", "staan", "doen"
        return (verb[:-1] + "t",)
    return ()
_NOUN_ENDINGS = ("heid", "heden", "schap", "ing", "ingen", "isme", "teit")  # "aangelegenheid" is no participle


def _noun_like(word: str) -> bool:
    """Not shaped like a Dutch verb form or adjective: no past participle (ge...d/t/en, also after a separable
    part: "goedgemaakt", "opgericht"), no -en/-de/-te ending of a short word, no adjective ending ("middelbare").

    >>> [_noun_like(w) for w in ("glasvezel", "goedgemaakt", "middelbare", "ongunstig", "gestoken", "ergens", "trok")]
    [True, False, False, False, False, False, False]
    """
    if word.endswith(_NOUN_ENDINGS):
        return True
    if word in _IRREGULAR_PAST:  # "Welke lessen trok de minister …?": a verb the letters use in other forms
        return False
    if re.fullmatch(rf"({_SEPARABLE})?ge\w+(d|t|en)", word) or _ADJECTIVE_FORM.fullmatch(word):
        return False
    return len(word) >= 9 or not word.endswith(("en", "de", "te"))


def names_a_thing(word: str) -> bool:
    """An absent word worth naming in a reply ("De brieven noemen “stikstof” nergens."): not a verb or adjective
    form, which says little ("verbeterd", "uitgerekend", "snellere"). The evidence itself counts those too.

    >>> [names_a_thing(w) for w in ("stikstof", "Groeifonds", "verbeterd", "uitgerekend", "snellere", "besteld")]
    [True, True, False, False, False, False]
    """
    lowered = word.lower()
    if re.fullmatch(r"\w{0,5}ge\w{2,}(d|t|en)", lowered) or re.fullmatch(r"(be|ver|ont|her)\w{3,}[dt]", lowered):
        return False
    return not (lowered.endswith(("ere", "ste")) and len(lowered) > 5)


def _capitalised_words(text: str) -> dict[str, str]:
    """Lower-cased word -> its written form, for words capitalised inside the sentence (names)."""
    found = {}
    for match in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][\w’'-]+)", text.strip()):
        found[match.group(1).lower().replace("’", "'")] = match.group(1)
    return found
