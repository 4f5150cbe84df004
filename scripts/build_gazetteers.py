#!/usr/bin/env python3
"""Build Shejire's shipped gazetteers (Gazetteers/*.tsv).

Derives the gazetteer files from the openly licensed source data in ../shared/sources/
(Who's On First, Unicode CLDR, umpirsky/country-list, petrovich) and from the project's
own hand-curated files in Gazetteers/curated/. The output is deterministic: re-running
the script reproduces the committed files byte for byte.

Usage, from the repository root (with ../shared beside it):

    python3 scripts/build_gazetteers.py                 # write Gazetteers/*.tsv
    python3 scripts/build_gazetteers.py --check         # exit 1 if a file would change
    python3 scripts/build_gazetteers.py --sources DIR   # another copy of shared/sources

Python 3.11+, standard library only. See Gazetteers/SOURCES.md for what is derived
from where, the licences, and the selection rules.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["id", "type", "name", "lang", "aliases", "ids", "relations", "attributes", "options"]
TYPES = {"person", "organisation", "place", "event", "position", "date", "given_name"}
OPTIONS = {"case_sensitive", "no_inflection", "same_script", "exact", "no_match"}
LANG_ORDER = {"kk": 0, "ru": 1, "en": 2}

WARNINGS: list[str] = []


def warn(msg: str) -> None:
    WARNINGS.append(msg)


# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

# Letters from the pre-Unicode Kazakh fonts that leak into some WOF variants
# ("Аќтґбе облысы" for "Ақтөбе облысы"): such variants are dropped.
MOJIBAKE = set("ЌќЄєҐґЎўЇїЈјЉљЊњЋћЏџ")

# Mirror of ShejireCore.Slug (Cyrillic -> ASCII), used for ids made from Cyrillic names.
SLUG_TABLE = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

# Russian Cyrillic -> Latin, a simple readable scheme for English aliases of first names.
RU_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}

# Kazakh letters -> the usual Russian spelling of Kazakh names.
KK_RU = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
RU_CONSONANTS = set("бвгджзйклмнпрстфхцчшщ")


def fold_ascii(text: str) -> str:
    """Latin text without diacritics: 'Kökshetaū' -> 'Kokshetau'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


LATIN_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i",
                             "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})


def ascii_latin(text: str) -> str:
    """Latin text in ASCII where it can be: 'José' -> 'Jose', 'Łukasz' -> 'Lukasz'."""
    return fold_ascii(text.translate(LATIN_EXTRA))


# Transliteration.matchKey (Sources/ShejireText/Transliteration+MatchKey.swift), roughly: the
# script-neutral key by which the person rules look first names up.
MATCH_KEY_CYR = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "э": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "і": "i", "ы": "i", "к": "k", "қ": "k", "х": "k", "һ": "k",
    "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ұ": "u", "ү": "u", "ф": "f", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ь": "",
    "ю": "iu", "я": "ia",
}
MATCH_KEY_LAT = [("shch", "sh"), ("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"),
                 ("sh", "sh"), ("ch", "ch"), ("ç", "ch"), ("ş", "sh"), ("x", "ks"), ("q", "k"), ("h", "k"),
                 ("w", "u")]


def match_key(text: str) -> str:
    """The person rules' lookup key of a first name (Cyrillic or Latin), repeated letters once."""
    low = text.lower()
    out = []
    i = 0
    while i < len(low):
        ch = low[i]
        if ch in MATCH_KEY_CYR:
            piece = MATCH_KEY_CYR[ch]
            i += 1
        else:
            for src, dst in MATCH_KEY_LAT:
                if low.startswith(src, i):
                    piece = dst
                    i += len(src)
                    break
            else:
                nxt = low[i + 1] if i + 1 < len(low) else ""
                base = ascii_latin(ch)
                if base == "c":
                    piece = "s" if nxt in "eiy" else "k"
                elif base == "y":
                    piece = "" if nxt == "e" else "i"
                else:
                    piece = base
                i += 1
        for c in piece:
            if out and out[-1] == c:
                continue
            if c == "j" and out and out[-1] == "d":
                out.pop()
            out.append(c)
    return "".join(out)


def slug(text: str) -> str:
    """Lower-case ASCII slug joined by hyphens; Cyrillic via the ShejireCore.Slug table."""
    text = text.replace("’", "").replace("'", "").replace("ʼ", "").replace("‘", "")
    out: list[str] = []
    pending = False
    for ch in text.lower():
        if ch not in SLUG_TABLE and script_of(ch) == "lat":
            ch = fold_ascii(ch) or ch  # é -> e; Cyrillic й, ё keep their own table entries
        if ch in SLUG_TABLE:
            piece = SLUG_TABLE[ch]
        elif ch.isascii() and ch.isalnum():
            piece = ch
        elif ch.isalnum():
            piece = format(ord(ch), "x")
        else:
            if out:
                pending = True
            continue
        if not piece:
            continue
        if pending:
            out.append("-")
            pending = False
        out.append(piece)
    return "".join(out) or "x"


def script_of(text: str) -> str:
    cyr = lat = 0
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                cyr += 1
            elif name.startswith("LATIN"):
                lat += 1
            else:
                return "other"
    if cyr and not lat:
        return "cyr"
    if lat and not cyr:
        return "lat"
    return "mixed" if cyr else "none"


def letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def norm_key(text: str) -> str:
    """Case- and ё-insensitive comparison key."""
    return " ".join(text.casefold().replace("ё", "е").split())


def clean(text: str | None) -> str:
    """Trim, collapse spaces, strip stray quotes; '' for values a TSV field cannot hold."""
    if text is None:
        return ""
    text = text.replace('""', '"').strip().strip('"').strip()
    text = " ".join(text.split())
    if not text or text.upper() == "NULL":
        return ""
    if any(c in text for c in "|\t\n\r@="):
        return ""
    return text


def is_acronym(text: str) -> bool:
    """Short all-capital names (ҚР, ООН, UK, USA): these need case-sensitive matching."""
    core = text.replace(".", "").replace("-", "")
    return core.isalpha() and core.isupper() and len(core) <= 5


def kk_to_ru(name: str) -> str:
    """Usual Russian spelling of a Kazakh name: Әлия -> Алия, Айгүл -> Айгуль, Ләззат -> Ляззат."""
    out: list[str] = []
    lower = name.lower()
    for i, ch in enumerate(name):
        lo = lower[i]
        prev = lower[i - 1] if i else ""
        nxt = lower[i + 1] if i + 1 < len(name) else ""
        if lo == "ә" and prev == "л":
            rep = "я"
        elif lo in KK_RU:
            rep = KK_RU[lo]
        else:
            rep = lo
        if lo == "л" and ((prev == "ү" and (nxt in ("", "-") or nxt in RU_CONSONANTS
                                             or (nxt in KK_RU and KK_RU[nxt] in RU_CONSONANTS)))
                          or (prev == "е" and nxt in ("", "-"))):
            rep = "ль"
        out.append(rep.upper() if ch.isupper() and rep else rep)
    return "".join(out)


def ru_to_latin(name: str) -> str:
    out: list[str] = []
    for ch in name:
        lo = ch.lower()
        if lo in RU_LATIN:
            rep = RU_LATIN[lo]
            out.append(rep.capitalize() if ch.isupper() else rep)
        elif lo in SLUG_TABLE:
            rep = SLUG_TABLE[lo]
            out.append(rep.capitalize() if ch.isupper() else rep)
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------------------
# Entities and TSV output
# ---------------------------------------------------------------------------

class Entity:
    """One gazetteer entry; written as one row per matching-option group."""

    def __init__(self, id_: str, type_: str):
        self.id = id_
        self.type = type_
        self.name: str | None = None
        self.lang = ""
        self.names: list[tuple[str, str, str]] = []  # (text, lang, options)
        self.ids: list[str] = []
        self.relations: list[str] = []
        self.attrs: dict[str, str] = {}

    def add_name(self, text: str, lang: str = "", opt: str = "") -> None:
        text = clean(text)
        if not text:
            return
        variants = [text]
        if "’" in text:
            variants.append(text.replace("’", "'"))
        if "ё" in text or "Ё" in text:
            variants.append(text.replace("ё", "е").replace("Ё", "Е"))
        for v in variants:
            if (v, lang, opt) not in self.names:
                self.names.append((v, lang, opt))

    def set_name(self, text: str, lang: str) -> None:
        text = clean(text)
        if text:
            self.name = text
            self.lang = lang
            self.add_name(text, lang)

    def add_id(self, scheme: str, value: str) -> None:
        value = clean(str(value)) if value is not None else ""
        if value and f"{scheme}:{value}" not in self.ids:
            self.ids.append(f"{scheme}:{value}")

    def add_relation(self, pred: str, target: str) -> None:
        rel = f"{pred}={target}"
        if target and rel not in self.relations:
            self.relations.append(rel)

    def set_attr(self, key: str, value, override: bool = False) -> None:
        if value is None or value == "":
            return
        value = str(value)
        if override or key not in self.attrs:
            self.attrs[key] = value

    def has_wikidata(self) -> bool:
        return any(i.startswith("wikidata:") for i in self.ids)

    def name_keys(self) -> set[str]:
        return {norm_key(t) for t, _, _ in self.names}

    def rows(self) -> list[list[str]]:
        # Duplicates are dropped case-insensitively (ё and е stay distinct: both spellings occur).
        def norm_key(text: str) -> str:
            return " ".join(text.casefold().split())

        groups: dict[str, list[tuple[str, str]]] = {}
        seen: dict[str, set[str]] = {}
        default_keys = {norm_key(t) for t, _, o in self.names if o == ""}
        for text, lang, opt in self.names:
            key = norm_key(text) if opt == "" else text
            if opt and norm_key(text) in default_keys:
                continue  # already matched more loosely by the main row
            if key in seen.setdefault(opt, set()):
                continue
            seen[opt].add(key)
            groups.setdefault(opt, []).append((text, lang))
        if self.name and norm_key(self.name) in default_keys:
            name, lang = self.name, self.lang
        elif groups.get(""):
            name, lang = sorted(groups[""], key=lambda p: LANG_ORDER.get(p[1], 9))[0]
        elif self.name:
            name, lang = self.name, self.lang
        else:
            name, lang = next(iter(groups.values()))[0]
        out: list[list[str]] = []
        order = sorted(groups, key=lambda o: (o != "", o))
        for n, opt in enumerate(order):
            aliases = [f"{t}@{l}" if l else t for t, l in groups[opt]
                       if not (norm_key(t) == norm_key(name) if opt == "" else t == name)]
            first = n == 0
            if not first and not aliases:
                continue
            out.append([
                self.id, self.type, name, lang, "|".join(aliases),
                "|".join(self.ids) if first else "",
                "|".join(self.relations) if first else "",
                "|".join(f"{k}={v}" for k, v in self.attrs.items()) if first else "",
                opt,
            ])
        return out


def write_tsv(path: Path, entities: list[Entity], title: str, check: bool) -> tuple[int, int, bool]:
    lines = [
        f"# {title}",
        "# Generated by scripts/build_gazetteers.py; do not edit by hand (edit Gazetteers/curated/",
        "# or the script, then re-run it). Sources, licences and attribution: Gazetteers/SOURCES.md.",
        "\t".join(COLUMNS),
    ]
    nrows = 0
    for ent in sorted(entities, key=lambda e: e.id):
        for row in ent.rows():
            validate_row(path.name, row)
            lines.append("\t".join(row))
            nrows += 1
    content = "\n".join(lines) + "\n"
    old = path.read_text(encoding="utf-8") if path.exists() else None
    changed = old != content
    if not check and changed:
        path.write_text(content, encoding="utf-8", newline="\n")
    return len(entities), nrows, changed


def validate_row(fname: str, row: list[str]) -> None:
    id_, type_, name = row[0], row[1], row[2]
    if not id_ or not type_ or not name:
        raise SystemExit(f"{fname}: empty id/type/name in {row}")
    if ":" not in id_ or " " in id_:
        raise SystemExit(f"{fname}: bad id {id_!r}")
    if type_ not in TYPES:
        raise SystemExit(f"{fname}: unknown type {type_!r} for {id_}")
    for field in row:
        if any(c in field for c in "\t\n\r"):
            raise SystemExit(f"{fname}: tab or newline inside a field of {id_}")
    for opt in filter(None, row[8].split(",")):
        if opt not in OPTIONS:
            raise SystemExit(f"{fname}: unknown option {opt!r} for {id_}")
    for part in filter(None, row[5].split("|")):
        if ":" not in part:
            raise SystemExit(f"{fname}: bad external id {part!r} for {id_}")
    for col in (6, 7):
        for part in filter(None, row[col].split("|")):
            if "=" not in part:
                raise SystemExit(f"{fname}: bad key=value {part!r} for {id_}")


# ---------------------------------------------------------------------------
# Reading inputs
# ---------------------------------------------------------------------------

ALIAS_LANG = re.compile(r"^(.*)@([a-z]{2,3})$")


def parse_aliases(field: str) -> list[tuple[str, str]]:
    out = []
    for part in filter(None, (p.strip() for p in field.split("|"))):
        m = ALIAS_LANG.match(part)
        out.append((m.group(1), m.group(2)) if m else (part, ""))
    return out


def read_tsv(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        row = {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)}
        row["_where"] = f"{path.name}:{lineno}"
        rows.append(row)
    return rows


# Acronyms read as words and used as names; they may match in any letter case.
WORD_ACRONYMS = {"БРИКС", "BRICS", "АСЕАН", "ASEAN", "ФИФА", "FIFA", "УЕФА", "UEFA", "KEGOC"}


def apply_curated(ents: dict[str, Entity], rows: list[dict[str, str]], name_wins: bool = True) -> None:
    """Merge curated rows into entities (creating them); curated names win by default."""
    for row in rows:
        id_, type_ = row.get("id", ""), row.get("type", "")
        if not id_ or not type_ or not row.get("name"):
            raise SystemExit(f"{row['_where']}: curated row needs id, type and name")
        opt = ",".join(sorted(filter(None, (o.strip() for o in row.get("options", "").split(",")))))
        for o in opt.split(","):
            if o and o not in OPTIONS:
                raise SystemExit(f"{row['_where']}: unknown option {o!r}")
        ent = ents.get(id_)
        if ent is None:
            ent = ents[id_] = Entity(id_, type_)
        elif ent.type != type_:
            raise SystemExit(f"{row['_where']}: type {type_} differs from {ent.type} for {id_}")
        lang = row.get("lang", "")
        if opt == "":
            if name_wins or ent.name is None:
                ent.set_name(row["name"], lang)
            else:
                ent.add_name(row["name"], lang)
        elif ent.name is None and not any(o == "" for _, _, o in ent.names):
            # An entry known only by case-sensitive/exact names (e.g. Kazan): keep its name.
            ent.name, ent.lang = clean(row["name"]), lang
            ent.add_name(row["name"], lang, opt)
        for text, alang in parse_aliases(row.get("aliases", "")):
            ent.add_name(text, alang, opt)
            if opt == "" and is_acronym(clean(text)) and clean(text) not in WORD_ACRONYMS:
                warn(f"{row['_where']}: acronym-like alias {text!r} in a case-insensitive row of {id_}")
        for part in filter(None, row.get("ids", "").split("|")):
            scheme, _, value = part.partition(":")
            ent.add_id(scheme, value)
        for part in filter(None, row.get("relations", "").split("|")):
            pred, _, target = part.partition("=")
            ent.add_relation(pred, target)
        for part in filter(None, row.get("attributes", "").split("|")):
            key, _, value = part.partition("=")
            ent.set_attr(key, value, override=True)


# ---------------------------------------------------------------------------
# Stop lists (hand-made): names that are also ordinary words or people
# ---------------------------------------------------------------------------

def month_and_day_names(src: Path) -> set[str]:
    out: set[str] = set()
    for lang in ("kk", "ru"):
        data = json.loads((src / "cldr" / lang / "ca-gregorian.json").read_text(encoding="utf-8"))
        greg = data["main"][lang]["dates"]["calendars"]["gregorian"]
        for key in ("months", "days"):
            for ctx in greg[key].values():
                for names in ctx.values():
                    out.update(norm_key(v) for v in names.values() if letters(v) > 2)
    return out


# Kazakh and Russian words, people and adjectives that are also names of small places.
STOP_WORDS = {
    # Kazakh common words
    "бірлік", "жаңа", "береке", "ынтымақ", "достық", "ақжол", "ақ жол", "шұғыла", "бостандық", "еңбек",
    "тәуелсіздік", "қайнар", "жеңіс", "көктем", "самал", "арман", "отан", "ұлан", "жұлдыз", "есік",
    "темір", "құлан", "отар", "шаян", "қоғам", "балықшы", "мұнайшы", "құрық", "қашар", "шар", "шу",
    "жарық", "жаңаталап", "жаңажол", "жолдыбай", "ақбастау", "бірлестік",
    "алтай", "altai", "ойтал", "еңбекші", "ынтымақтастық", "мамыр", "бейбітшілік", "жайылма", 
    # Russian common words and adjectives
    "дружба", "заводской", "луговое", "луговой", "глубокое", "комсомолец", "первомайский", "первомайское",
    "ленинский", "ленинское", "пригородное", "энергетический", "целинный", "молодежный", "молодежное",
    "кировский", "красногорский", "алтайский", "восток", "центр", "степной", "солнечный", "октябрьский",
    "заречное", "зеленый", "новый", "новая", "победа", "мир", "свобода", "труд", 
    # People (places named after them)
    "абай", "махамбет", "тұрар рысқұлов", "рыскулов", "турар рыскулович рыскулов", "өтеген батыр",
    "отеген батыра", "отеген-батыр", "сәкен сейфуллин", "габидена мустафина", "ghabiden mustafin",
    "чапаев", "киров", "ильич", "орджоникидзе", "панфилов", "ермак", "шевченко", "shevchenko",
    "әйтеке би", "айтеке-би", "ayteke bi", "turar ryskulov", "otegen batyr",
    "chapaev", "chapayev", "kirov", "ordzhonikidze", "panfilov", "yermak", "abay", "aby", "makhambet",
    "saken seyfullin", "äyteke bī", "turar rysqulov",
    # World-city names that are common words, people or first names
    "дарвин", "darwin", "линдеман", "палмер", "кейси", "дэйвис", "моусон", "тролль", "регина", "reginа",
    "реджайна", "regina", "доусон", "dawson",
    "туле", "сёва",
}

# Names kept only with case-sensitive matching, because their lower-case form
# is an ordinary word: вена (vein), газа (of gas), тирана (of a tyrant), перу (to a pen), ...
CASE_SENSITIVE_NAMES = {"вена", "газа", "тирана", "перу", "бутан", "панама", "джерси", "чили", "катар", "того",
                        "turkey", "jersey"}


def name_option(text: str) -> str:
    return "case_sensitive" if norm_key(text) in CASE_SENSITIVE_NAMES else ""


# ---------------------------------------------------------------------------
# countries.tsv
# ---------------------------------------------------------------------------

COUNTRY_ID = {
    "US": "usa", "GB": "united-kingdom", "AE": "uae", "CD": "dr-congo", "CG": "congo",
    "HK": "hong-kong", "MO": "macao", "TR": "turkey", "KZ": "kazakhstan", "MM": "myanmar",
    "PS": "palestine", "KP": "north-korea", "KR": "south-korea", "CZ": "czechia", "VA": "vatican",
    "CI": "ivory-coast", "FM": "micronesia", "UM": "us-outlying-islands", "VI": "us-virgin-islands",
    "VG": "british-virgin-islands", "SZ": "eswatini", "TL": "timor-leste", "XK": "kosovo",
}
COUNTRY_PLACETYPE = {"AQ": "continent"}


def load_territories(src: Path) -> tuple[dict[str, dict[str, list[str]]], set[str]]:
    """(code -> lang -> names: main CLDR name, its alternatives, then country-list; ISO codes)."""
    out: dict[str, dict[str, list[str]]] = {}
    iso: set[str] = set()
    for lang in ("kk", "ru", "en"):
        data = json.loads((src / "cldr" / lang / "territories.json").read_text(encoding="utf-8"))
        terr = data["main"][lang]["localeDisplayNames"]["territories"]
        for key in sorted(terr, key=lambda k: (k.split("-")[0], "-alt" in k, k)):
            code = key.split("-")[0]
            if len(code) == 2 and code.isalpha():
                out.setdefault(code, {}).setdefault(lang, []).append(terr[key])
        with (src / "country-list" / f"country.{lang}.csv").open(encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(f):
                out.setdefault(rec["id"], {}).setdefault(lang, []).append(rec["value"])
                iso.add(rec["id"])
    return out, iso


def country_name_forms(name: str, lang: str) -> list[str]:
    name = clean(name)
    if not name or " - " in name:
        return []
    forms = [name]
    if lang == "ru":
        forms = [re.sub(r"\bо-ва\b", "острова", re.sub(r"\bо-в\b", "остров", name))]
    if lang == "en" and "&" in name:
        forms = [name.replace("&", "and"), name]
    if lang == "en" and name.startswith("St. "):
        forms.append("Saint " + name[4:])
    return forms


def build_countries(src: Path, curated: Path) -> dict[str, Entity]:
    terr, iso_codes = load_territories(src)
    codes = sorted(c for c in terr if c in iso_codes or c == "XK")
    # Parenthesised forms ("Мьянма (Бирма)") are reduced to the part before the bracket when
    # that part names only one territory ("Виргинские о-ва (США)" and "(Великобритания)" do not).
    stripped_owner: dict[tuple[str, str], set[str]] = {}
    plain_owner: dict[tuple[str, str], set[str]] = {}
    for code in codes:
        for lang, names in terr[code].items():
            for n in names:
                if "(" in n:
                    key = (lang, norm_key(re.sub(r"\s*\(.*?\)", "", n)))
                    stripped_owner.setdefault(key, set()).add(code)
                else:
                    plain_owner.setdefault((lang, norm_key(n)), set()).add(code)
    ents: dict[str, Entity] = {}
    for code in codes:
        if code == "KZ":
            continue  # place:kazakhstan lives in places-kz.tsv
        en_main = terr[code]["en"][0]
        id_ = "place:" + COUNTRY_ID.get(code, slug(en_main.replace("&", "and")))
        ent = Entity(id_, "place")
        for lang in ("kk", "ru", "en"):
            for raw in terr[code].get(lang, []):
                if "(" in raw:
                    base = re.sub(r"\s*\(.*?\)", "", raw).strip()
                    key = (lang, norm_key(base))
                    if stripped_owner.get(key) != {code} or plain_owner.get(key, {code}) != {code}:
                        continue
                    raw = base
                for form in country_name_forms(raw, lang):
                    opt = "case_sensitive" if is_acronym(form) else name_option(form)
                    ent.add_name(form, lang, opt)
        full = [n for n in ent.names if not is_acronym(n[0])]
        if full:
            ent.name, ent.lang = sorted(full, key=lambda n: LANG_ORDER[n[1]])[0][:2]
        ent.add_id("iso", code)
        ent.set_attr("placetype", COUNTRY_PLACETYPE.get(code, "country"))
        ents[id_] = ent
    apply_curated(ents, read_tsv(curated / "countries-curated.tsv"))
    all_case_sensitive_if_risky(ents)
    return ents


def all_case_sensitive_if_risky(ents: dict[str, Entity]) -> None:
    """A place whose own name is also an ordinary word (Перу, Того, Вена) is matched
    case-sensitively under all its names: proper names are written capitalised anyway.
    (Elsewhere only the risky name itself is case-sensitive: Turkey, but not Түркия.)"""
    for ent in ents.values():
        if ent.name and name_option(ent.name):
            ent.names = [(t, l, o or "case_sensitive") for t, l, o in ent.names]


# ---------------------------------------------------------------------------
# places-kz.tsv
# ---------------------------------------------------------------------------

WOF_COLS = ["wof_id", "placetype", "parent_id", "is_current", "lat", "lon", "population", "wikidata",
            "geonames", "name", "name_kk", "name_ru", "name_en", "variants_kk", "variants_ru", "variants_en"]
KZ_COUNTRY_WOF = "85632307"
KZ_BBOX = (40.5, 55.5, 46.4, 87.4)  # lat min/max, lon min/max
MIN_POPULATION = 2000

# The 2022 reform made three regions out of parts of older ones. WOF predates it, so the
# districts that moved are listed here by WOF id (hand-checked against the reform decrees).
REGION_2022 = {
    # Abai Region (from East Kazakhstan)
    "1108785727": "place:abai-region", "1108785459": "place:abai-region", "1108785639": "place:abai-region",
    "1108785305": "place:abai-region", "1108785463": "place:abai-region", "1108785729": "place:abai-region",
    "1108785467": "place:abai-region", "1108785641": "place:abai-region",
    # Zhetisu Region (from Almaty Region)
    "1108785407": "place:zhetisu-region", "1108785413": "place:zhetisu-region", "1108785415": "place:zhetisu-region",
    "1108785423": "place:zhetisu-region", "1108785405": "place:zhetisu-region", "1108785409": "place:zhetisu-region",
    "1108785417": "place:zhetisu-region", "1108785635": "place:zhetisu-region",
    # Ulytau Region (from Karaganda Region)
    "1108785515": "place:ulytau-region", "1108785597": "place:ulytau-region",
}
REFORMED_REGIONS = {"85672915", "85672921", "85672905"}  # East Kazakhstan, Almaty, Karaganda (old)

# Localities whose WOF parent is wrong or missing (hand-checked).
LOCALITY_REGION_FIX = {
    "421166515": "place:abai-region",      # Kurchatov (WOF: Pavlodar)
    "421166517": "place:zhetisu-region",   # Khorgos
    "890449769": "place:kyzylorda-region", # Töretam
    "890420641": "place:abai-region",      # Auezov, Zharma district
    "421167409": "place:east-kazakhstan-region",  # Kurshim, Kurshim district
    "421175803": "place:ulytau-region",    # Atasu, Zhanaarka district
}
# WOF rows left out: "Shalkar" with the population of the Aktobe-region town but coordinates
# in Atyrau region (which of the two is wrong is unclear).
WOF_EXCLUDE = {"890455685"}
# WOF rows whose Wikidata/GeoNames ids belong to another place ("Almaty City" carries the ids
# of Almaty Region): only their wof id is kept.
WOF_IDS_WRONG = {"85672937"}
# Names that WOF attaches to the wrong place (another town's or the district's name).
NAME_DROP = {("421167415", "Белоусовка"), ("421175803", "Жанаарка"), ("421167417", "Караман"),
             ("421172387", "Спепняк")}
# Wikidata ids that WOF attaches to the wrong place (dropped for that row).
WIKIDATA_DROP = {"890449769", "890428921"}  # Töretam carries Baikonur's; a second Aktas


def load_wof(src: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    path = src / "whosonfirst-kz" / "kz-places.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(WOF_COLS):
            continue
        rec = dict(zip(WOF_COLS, cells))
        rows[rec["wof_id"]] = rec
    return rows


def split_variants(field: str) -> list[str]:
    return [v for v in (clean(p) for p in field.replace('""', '"').strip('"').split("|")) if v]


def population(rec: dict[str, str]) -> int:
    try:
        return int(float(rec["population"]))
    except ValueError:
        return 0


def fmt_coord(value: str) -> str:
    try:
        return f"{round(float(value), 5):.5f}".rstrip("0").rstrip(".")
    except ValueError:
        return ""


KK_SUFFIXES = (" қаласы", " ауылы", " кенті", " станицасы", " г.а.")
DIVISION_WORDS = re.compile(r"аудан|район|облыс|област|district|raion|oblast|region|province", re.I)


def usable_cyr(name: str) -> bool:
    return bool(name) and script_of(name) == "cyr" and not (set(name) & MOJIBAKE)


class Stop:
    """Stop list, compared case-, ё- and Kazakh-letter-insensitively (Ақжол = Акжол)."""

    def __init__(self, extra: set[str]):
        self.words = {norm_key(w) for w in STOP_WORDS} | extra
        self.folded = {norm_key(kk_to_ru(w)) for w in self.words}
        # Latin spellings too: the matcher transliterates, so "Esik" would find "есік" (door).
        self.slugs = {slug(w) for w in self.words}

    def is_word(self, name: str) -> bool:
        if script_of(name) == "lat" and slug(name) in self.slugs:
            return True
        return norm_key(name) in self.words or norm_key(kk_to_ru(name)) in self.folded

    def __contains__(self, name: str) -> bool:
        return self.is_word(name) or letters(name) < 4


def locality_names(rec: dict[str, str], stop: Stop) -> tuple[list[tuple[str, str]], list[str]]:
    """(names as (text, lang) in preference order, dropped names)."""
    names: list[tuple[str, str]] = []
    dropped: list[str] = []

    def add(text: str, lang: str) -> None:
        if not text or DIVISION_WORDS.search(text) or " - " in text or (rec["wof_id"], text) in NAME_DROP:
            return
        if lang in ("kk", "ru") and not usable_cyr(text):
            return
        if lang == "en":
            if script_of(text) != "lat":
                return
            text = fold_ascii(text).replace("`", "'")
        base = text
        for suf in KK_SUFFIXES:
            if text.endswith(suf):
                base = text[: -len(suf)]
        for t in ([base, text] if base != text else [text]):
            if t in stop:
                dropped.append(t)
            elif (t, lang) not in names:
                names.append((t, lang))

    add(clean(rec["name_kk"]), "kk")
    for v in split_variants(rec["variants_kk"]):
        add(v, "kk")
    add(clean(rec["name_ru"]), "ru")
    for v in split_variants(rec["variants_ru"]):
        add(v, "ru")
    add(clean(rec["name_en"]), "en")
    for v in split_variants(rec["variants_en"]):
        add(v, "en")
    if not clean(rec["name_en"]):
        add(clean(rec["name"]), "en")
    return names, dropped


def locality_slug(canonical: str, english: list[str]) -> str:
    """Slug of the English name when it spells the canonical name (Ақтөбе -> aktobe), else of
    the canonical name itself (WOF's English names are sometimes Soviet-era ones)."""
    target = slug(canonical)
    best = max(english, key=lambda e: difflib.SequenceMatcher(None, slug(e), target).ratio(), default=None)
    if best and difflib.SequenceMatcher(None, slug(best), target).ratio() >= 0.6:
        return slug(best)
    return target


def build_places_kz(src: Path, curated: Path, reserved: set[str], stop: Stop) -> dict[str, Entity]:
    wof = load_wof(src)
    ents: dict[str, Entity] = {}
    apply_curated(ents, read_tsv(curated / "places-kz-curated.tsv"))
    curated_ids = set(ents)
    wof_to_ent: dict[str, Entity] = {}
    qid_to_ent: dict[str, Entity] = {}
    for ent in ents.values():
        for i in ent.ids:
            scheme, _, value = i.partition(":")
            if scheme == "wof":
                wof_to_ent[value] = ent
            elif scheme == "wikidata":
                qid_to_ent[value] = ent
    absorbed: dict[str, list[dict[str, str]]] = {}

    def absorb(ent: Entity, rec: dict[str, str]) -> None:
        absorbed.setdefault(ent.id, []).append(rec)

    # Old WOF region id -> project region id (from the curated rows' wof ids).
    region_of_wof: dict[str, str] = {}
    for wid, rec in wof.items():
        if rec["placetype"] == "region" and wid in wof_to_ent:
            region_of_wof[wid] = wof_to_ent[wid].id
            absorb(wof_to_ent[wid], rec)
    absorb(ents["place:kazakhstan"], wof[KZ_COUNTRY_WOF])

    # --- counties (districts) ---
    counties = [r for r in wof.values() if r["placetype"] == "county" and r["is_current"] == "1"]
    county_region: dict[str, str] = {}
    for rec in counties:
        reg = REGION_2022.get(rec["wof_id"]) or region_of_wof.get(rec["parent_id"], "")
        if reg:
            county_region[rec["wof_id"]] = reg
    county_qids = {r["wikidata"] for r in counties if r["wikidata"]}
    by_qid: dict[str, list[dict[str, str]]] = {}
    for rec in counties:
        kk, ru = clean(rec["name_kk"]), clean(rec["name_ru"])
        if not rec["wikidata"] or not (usable_cyr(kk) and "аудан" in kk) or not (usable_cyr(ru) and "район" in ru.lower()):
            continue
        by_qid.setdefault(rec["wikidata"], []).append(rec)
    county_ents: list[tuple[int, Entity, list[dict[str, str]]]] = []
    for qid, recs in sorted(by_qid.items()):
        recs.sort(key=lambda r: (-population(r), int(r["wof_id"])))
        main = recs[0]
        ent = Entity("", "place")
        ent.set_name(clean(main["name_kk"]), "kk")
        ent.add_name(clean(main["name_ru"]), "ru")
        en = next((fold_ascii(v) for v in [clean(main["name_en"])] + split_variants(main["variants_en"])
                   if script_of(v) == "lat" and "District" in v), "")
        if en:
            ent.add_name(en, "en")
        for rec in recs:
            for v in split_variants(rec["variants_kk"]):
                if usable_cyr(v) and "аудан" in v:
                    ent.add_name(v, "kk")
            for v in split_variants(rec["variants_ru"]):
                if usable_cyr(v) and "район" in v.lower():
                    ent.add_name(v[0].upper() + v[1:], "ru")
            for v in split_variants(rec["variants_en"]):
                if script_of(v) == "lat" and "District" in v:
                    ent.add_name(fold_ascii(v), "en")
        ent.add_id("wikidata", qid)
        for rec in recs:
            ent.add_id("wof", rec["wof_id"])
        ent.set_attr("lat", fmt_coord(main["lat"]))
        ent.set_attr("lon", fmt_coord(main["lon"]))
        ent.set_attr("placetype", "county")
        pop = max(population(r) for r in recs)
        ent.set_attr("population", pop or None)
        reg = next((county_region[r["wof_id"]] for r in recs if r["wof_id"] in county_region), "")
        ent.add_relation("located_in", reg)
        base = slug(en) if "District" in en else slug(fold_ascii(clean(main["name"])) + " district")
        county_ents.append((pop, ent, recs))
        ent.id = base  # provisional
    taken = set(reserved) | set(ents)
    for pop, ent, recs in sorted(county_ents, key=lambda t: (-t[0], t[1].id, t[2][0]["wof_id"])):
        id_ = "place:" + ent.id
        if id_ in taken:
            id_ = f"{id_}-{recs[0]['wof_id']}"
        ent.id = id_
        taken.add(id_)
        ents[id_] = ent

    # --- localities ---
    county_coords = [(float(r["lat"]), float(r["lon"]), county_region[r["wof_id"]], r["parent_id"])
                     for r in counties if r["wof_id"] in county_region and r["lat"] and r["lon"]]

    def nearest_region(lat: float, lon: float, within_old: str | None) -> str:
        best = None
        for clat, clon, reg, old in county_coords:
            if within_old and old != within_old:
                continue
            d = math.hypot(clat - lat, (clon - lon) * math.cos(math.radians(lat)))
            if best is None or d < best[0]:
                best = (d, reg)
        return best[1] if best else ""

    def locality_region(rec: dict[str, str]) -> str:
        wid, parent = rec["wof_id"], rec["parent_id"]
        if wid in LOCALITY_REGION_FIX:
            return LOCALITY_REGION_FIX[wid]
        if parent in county_region:
            return county_region[parent]
        if parent in REFORMED_REGIONS:
            return nearest_region(float(rec["lat"]), float(rec["lon"]), parent)
        if parent in region_of_wof:
            return region_of_wof[parent]
        if parent in wof and wof[parent]["parent_id"] in region_of_wof:
            return region_of_wof[wof[parent]["parent_id"]]
        return nearest_region(float(rec["lat"]), float(rec["lon"]), None)

    candidates: list[dict[str, str]] = []
    for rec in wof.values():
        if rec["placetype"] != "locality" or rec["is_current"] == "0" or rec["wof_id"] in WOF_EXCLUDE:
            continue
        if rec["wof_id"] in WIKIDATA_DROP:
            rec = dict(rec, wikidata="")
        if rec["wikidata"] in county_qids:
            rec = dict(rec, wikidata="")  # WOF gives some district centres their district's id
        try:
            lat, lon = float(rec["lat"]), float(rec["lon"])
        except ValueError:
            continue
        if not (KZ_BBOX[0] <= lat <= KZ_BBOX[1] and KZ_BBOX[2] <= lon <= KZ_BBOX[3]):
            continue
        if rec["parent_id"] not in wof and rec["parent_id"] not in ("-1", "-4"):
            continue  # parented outside Kazakhstan (WOF puts e.g. Sendai at Kazakh coordinates)
        if rec["wof_id"] in wof_to_ent:
            absorb(wof_to_ent[rec["wof_id"]], rec)
            continue
        if rec["wikidata"] and rec["wikidata"] in qid_to_ent:
            absorb(qid_to_ent[rec["wikidata"]], rec)
            continue
        if population(rec) < MIN_POPULATION and not rec["wikidata"]:
            continue
        candidates.append(rec)

    # Group duplicates: same wikidata id, or same first Russian/Kazakh name in the same region.
    groups: list[list[dict[str, str]]] = []
    key_to_group: dict[str, int] = {}
    for rec in sorted(candidates, key=lambda r: (-population(r), int(r["wof_id"]))):
        names, _ = locality_names(rec, stop)
        reg = locality_region(rec)
        rec["_region"] = reg
        keys = []
        if rec["wikidata"]:
            keys.append("q:" + rec["wikidata"])
        cyr = [t for t, l in names if l in ("ru", "kk")]
        if cyr:
            keys.append(f"n:{reg}:{norm_key(cyr[0])}")
        ru = [t for t, l in names if l == "ru"]
        if ru:
            keys.append(f"n:{reg}:{norm_key(ru[0])}")
        def near(i: int) -> bool:
            first = groups[i][0]
            return math.hypot(float(first["lat"]) - float(rec["lat"]), float(first["lon"]) - float(rec["lon"])) < 0.3

        idx = next((key_to_group[k] for k in keys
                    if k in key_to_group and (k.startswith("q:") or near(key_to_group[k]))), None)
        if idx is None:
            idx = len(groups)
            groups.append([])
        groups[idx].append(rec)
        for k in keys:
            key_to_group.setdefault(k, idx)

    loc_ents: list[tuple[int, Entity, list[dict[str, str]]]] = []
    for recs in groups:
        main = recs[0]
        ent = Entity("", "place")
        all_names: list[tuple[str, str]] = []
        for rec in recs:
            for n in locality_names(rec, stop)[0]:
                if n not in all_names:
                    all_names.append(n)
        kk = [t for t, l in all_names if l == "kk"]
        ru = [t for t, l in all_names if l == "ru"]
        if not kk and not ru:
            continue
        # A bare name dropped by the stop list leaves its suffixed form ("Абай қаласы"); prefer
        # the plain form otherwise.
        canon = (kk or ru)[0]
        ent.set_name(canon, "kk" if kk else "ru")
        for t, l in all_names:
            ent.add_name(t, l)
        qids = sorted({r["wikidata"] for r in recs if r["wikidata"]})
        for q in qids[:1]:
            ent.add_id("wikidata", q)
        for r in recs:
            if r["geonames"]:
                ent.add_id("geonames", r["geonames"])
        for r in recs:
            ent.add_id("wof", r["wof_id"])
        ent.add_relation("located_in", main["_region"])
        ent.set_attr("lat", fmt_coord(main["lat"]))
        ent.set_attr("lon", fmt_coord(main["lon"]))
        ent.set_attr("placetype", "locality")
        pop = max(population(r) for r in recs)
        ent.set_attr("population", pop or None)
        ent.id = locality_slug(canon, [t for t, l in all_names if l == "en"])
        loc_ents.append((pop, ent, recs))
    for pop, ent, recs in sorted(loc_ents, key=lambda t: (-t[0], t[1].id, t[2][0]["wof_id"])):
        id_ = "place:" + ent.id
        if id_ in taken:
            id_ = f"{id_}-{recs[0]['wof_id']}"
        ent.id = id_
        taken.add(id_)
        ents[id_] = ent

    # Curated entries take ids, coordinates and population from the source rows they absorb.
    for id_, recs in sorted(absorbed.items()):
        ent = ents[id_]
        recs = sorted(recs, key=lambda r: (-population(r), int(r["wof_id"])))
        if not ent.has_wikidata():
            for r in recs:
                if r["wikidata"] and r["wof_id"] not in WIKIDATA_DROP | WOF_IDS_WRONG:
                    ent.add_id("wikidata", r["wikidata"])
                    break
        for r in recs:
            if r["geonames"] and r["wof_id"] not in WOF_IDS_WRONG:
                ent.add_id("geonames", r["geonames"])
        for r in recs:
            ent.add_id("wof", r["wof_id"])
        ent.set_attr("lat", fmt_coord(recs[0]["lat"]))
        ent.set_attr("lon", fmt_coord(recs[0]["lon"]))
        if ent.attrs.get("placetype") not in ("region", "country"):
            ent.set_attr("population", max(population(r) for r in recs) or None)
        # Keep attribute order stable: lat, lon, placetype, population, then the rest.
        order = ["lat", "lon", "placetype", "population"]
        ent.attrs = {k: ent.attrs[k] for k in sorted(ent.attrs, key=lambda k: (order.index(k) if k in order else 9, k))}
    for ent in ents.values():
        if ent.type == "place" and ent.id not in absorbed and ent.attrs.get("placetype") in ("region", "city"):
            warn(f"places-kz: curated {ent.id} matched no source row (no coordinates)")
    for ent in ents.values():
        if ent.id not in absorbed:
            order = ["lat", "lon", "placetype", "population"]
            ent.attrs = {k: ent.attrs[k] for k in sorted(ent.attrs, key=lambda k: (order.index(k) if k in order else 9, k))}
    demote_homonyms(ents, curated_ids)
    return ents


def demote_homonyms(ents: dict[str, Entity], first: set[str]) -> None:
    """A name shared by several places is matched only for the most prominent one (curated
    entries, then the larger population); the others keep it as a no_match name, so that
    "Ақтау" in text means the city on the Caspian, not the Karaganda-region settlement."""
    def rank(e: Entity) -> tuple:
        return (e.id not in first, -int(e.attrs.get("population", "0") or 0), e.id)

    seen: set[str] = set()
    for ent in sorted(ents.values(), key=rank):
        clash = {i for i, (text, _, opt) in enumerate(ent.names)
                 if opt == "" and norm_key(kk_to_ru(text)) in seen and ent.id not in first}
        if ent.name and any(norm_key(ent.names[i][0]) == norm_key(ent.name) for i in clash):
            clash = set(range(len(ent.names)))  # its own name is taken: not matched at all
        for i in clash:
            text, lang, _ = ent.names[i]
            ent.names[i] = (text, lang, "no_match")
        seen.update(norm_key(kk_to_ru(t)) for t, _, o in ent.names if o != "no_match")


# ---------------------------------------------------------------------------
# world-cities.tsv
# ---------------------------------------------------------------------------

# IANA time-zone id -> ISO country (from the tz database's zone.tab; hand-transcribed for the
# zones kept here). Zones missing from this table get no located_in relation.
ZONE_COUNTRY = {
    "Africa/Abidjan": "CI", "Africa/Accra": "GH", "Africa/Addis_Ababa": "ET", "Africa/Algiers": "DZ",
    "Africa/Asmera": "ER", "Africa/Bamako": "ML", "Africa/Bangui": "CF", "Africa/Banjul": "GM",
    "Africa/Bissau": "GW", "Africa/Blantyre": "MW", "Africa/Brazzaville": "CG", "Africa/Bujumbura": "BI",
    "Africa/Cairo": "EG", "Africa/Casablanca": "MA", "Africa/Ceuta": "ES", "Africa/Conakry": "GN",
    "Africa/Dakar": "SN", "Africa/Dar_es_Salaam": "TZ", "Africa/Djibouti": "DJ", "Africa/Douala": "CM",
    "Africa/El_Aaiun": "EH", "Africa/Freetown": "SL", "Africa/Gaborone": "BW", "Africa/Harare": "ZW",
    "Africa/Johannesburg": "ZA", "Africa/Juba": "SS", "Africa/Kampala": "UG", "Africa/Khartoum": "SD",
    "Africa/Kigali": "RW", "Africa/Kinshasa": "CD", "Africa/Lagos": "NG", "Africa/Libreville": "GA",
    "Africa/Lome": "TG", "Africa/Luanda": "AO", "Africa/Lubumbashi": "CD", "Africa/Lusaka": "ZM",
    "Africa/Malabo": "GQ", "Africa/Maputo": "MZ", "Africa/Maseru": "LS", "Africa/Mbabane": "SZ",
    "Africa/Mogadishu": "SO", "Africa/Monrovia": "LR", "Africa/Nairobi": "KE", "Africa/Ndjamena": "TD",
    "Africa/Niamey": "NE", "Africa/Nouakchott": "MR", "Africa/Ouagadougou": "BF", "Africa/Porto-Novo": "BJ",
    "Africa/Sao_Tome": "ST", "Africa/Tripoli": "LY", "Africa/Tunis": "TN", "Africa/Windhoek": "NA",
    "America/Adak": "US", "America/Anchorage": "US", "America/Anguilla": "AI", "America/Antigua": "AG",
    "America/Araguaina": "BR", "America/Aruba": "AW", "America/Asuncion": "PY", "America/Bahia": "BR",
    "America/Bahia_Banderas": "MX", "America/Barbados": "BB", "America/Belem": "BR", "America/Belize": "BZ",
    "America/Blanc-Sablon": "CA", "America/Boa_Vista": "BR", "America/Bogota": "CO", "America/Boise": "US",
    "America/Buenos_Aires": "AR", "America/Cambridge_Bay": "CA", "America/Campo_Grande": "BR",
    "America/Cancun": "MX", "America/Caracas": "VE", "America/Catamarca": "AR", "America/Cayenne": "GF",
    "America/Cayman": "KY", "America/Chicago": "US", "America/Chihuahua": "MX", "America/Ciudad_Juarez": "MX",
    "America/Coral_Harbour": "CA", "America/Cordoba": "AR", "America/Costa_Rica": "CR", "America/Creston": "CA",
    "America/Cuiaba": "BR", "America/Curacao": "CW", "America/Danmarkshavn": "GL", "America/Dawson": "CA",
    "America/Dawson_Creek": "CA", "America/Denver": "US", "America/Detroit": "US", "America/Dominica": "DM",
    "America/Edmonton": "CA", "America/Eirunepe": "BR", "America/El_Salvador": "SV", "America/Fort_Nelson": "CA",
    "America/Fortaleza": "BR", "America/Glace_Bay": "CA", "America/Godthab": "GL", "America/Goose_Bay": "CA",
    "America/Grand_Turk": "TC", "America/Grenada": "GD", "America/Guadeloupe": "GP", "America/Guatemala": "GT",
    "America/Guayaquil": "EC", "America/Guyana": "GY", "America/Halifax": "CA", "America/Havana": "CU",
    "America/Hermosillo": "MX", "America/Indianapolis": "US", "America/Inuvik": "CA", "America/Iqaluit": "CA",
    "America/Jamaica": "JM", "America/Jujuy": "AR", "America/Juneau": "US", "America/Kralendijk": "BQ",
    "America/La_Paz": "BO", "America/Lima": "PE", "America/Los_Angeles": "US", "America/Louisville": "US",
    "America/Lower_Princes": "SX", "America/Maceio": "BR", "America/Managua": "NI", "America/Manaus": "BR",
    "America/Marigot": "MF", "America/Martinique": "MQ", "America/Matamoros": "MX", "America/Mazatlan": "MX",
    "America/Mendoza": "AR", "America/Menominee": "US", "America/Merida": "MX", "America/Metlakatla": "US",
    "America/Mexico_City": "MX", "America/Miquelon": "PM", "America/Moncton": "CA", "America/Monterrey": "MX",
    "America/Montevideo": "UY", "America/Montserrat": "MS", "America/Nassau": "BS", "America/New_York": "US",
    "America/Nome": "US", "America/Noronha": "BR", "America/Ojinaga": "MX", "America/Panama": "PA",
    "America/Paramaribo": "SR", "America/Phoenix": "US", "America/Port-au-Prince": "HT",
    "America/Port_of_Spain": "TT", "America/Porto_Velho": "BR", "America/Puerto_Rico": "PR",
    "America/Punta_Arenas": "CL", "America/Rankin_Inlet": "CA", "America/Recife": "BR", "America/Regina": "CA",
    "America/Resolute": "CA", "America/Rio_Branco": "BR", "America/Santarem": "BR", "America/Santiago": "CL",
    "America/Santo_Domingo": "DO", "America/Sao_Paulo": "BR", "America/Scoresbysund": "GL", "America/Sitka": "US",
    "America/St_Barthelemy": "BL", "America/St_Johns": "CA", "America/St_Kitts": "KN", "America/St_Lucia": "LC",
    "America/St_Thomas": "VI", "America/St_Vincent": "VC", "America/Swift_Current": "CA",
    "America/Tegucigalpa": "HN", "America/Thule": "GL", "America/Tijuana": "MX", "America/Toronto": "CA",
    "America/Tortola": "VG", "America/Vancouver": "CA", "America/Whitehorse": "CA", "America/Winnipeg": "CA",
    "America/Yakutat": "US",
    "Asia/Aden": "YE", "Asia/Almaty": "KZ", "Asia/Amman": "JO", "Asia/Anadyr": "RU", "Asia/Aqtau": "KZ",
    "Asia/Aqtobe": "KZ", "Asia/Ashgabat": "TM", "Asia/Atyrau": "KZ", "Asia/Baghdad": "IQ", "Asia/Bahrain": "BH",
    "Asia/Baku": "AZ", "Asia/Bangkok": "TH", "Asia/Barnaul": "RU", "Asia/Beirut": "LB", "Asia/Bishkek": "KG",
    "Asia/Brunei": "BN", "Asia/Calcutta": "IN", "Asia/Chita": "RU", "Asia/Colombo": "LK", "Asia/Damascus": "SY",
    "Asia/Dhaka": "BD", "Asia/Dili": "TL", "Asia/Dubai": "AE", "Asia/Dushanbe": "TJ", "Asia/Famagusta": "CY",
    "Asia/Gaza": "PS", "Asia/Hebron": "PS", "Asia/Hong_Kong": "HK", "Asia/Hovd": "MN", "Asia/Irkutsk": "RU",
    "Asia/Jakarta": "ID", "Asia/Jayapura": "ID", "Asia/Kabul": "AF", "Asia/Kamchatka": "RU",
    "Asia/Karachi": "PK", "Asia/Katmandu": "NP", "Asia/Khandyga": "RU", "Asia/Krasnoyarsk": "RU",
    "Asia/Kuala_Lumpur": "MY", "Asia/Kuching": "MY", "Asia/Kuwait": "KW", "Asia/Macau": "MO",
    "Asia/Magadan": "RU", "Asia/Makassar": "ID", "Asia/Manila": "PH", "Asia/Muscat": "OM", "Asia/Nicosia": "CY",
    "Asia/Novokuznetsk": "RU", "Asia/Novosibirsk": "RU", "Asia/Omsk": "RU", "Asia/Oral": "KZ",
    "Asia/Phnom_Penh": "KH", "Asia/Pontianak": "ID", "Asia/Pyongyang": "KP", "Asia/Qatar": "QA",
    "Asia/Qostanay": "KZ", "Asia/Qyzylorda": "KZ", "Asia/Rangoon": "MM", "Asia/Riyadh": "SA",
    "Asia/Saigon": "VN", "Asia/Sakhalin": "RU", "Asia/Samarkand": "UZ", "Asia/Seoul": "KR",
    "Asia/Shanghai": "CN", "Asia/Singapore": "SG", "Asia/Srednekolymsk": "RU", "Asia/Taipei": "TW",
    "Asia/Tashkent": "UZ", "Asia/Tbilisi": "GE", "Asia/Tehran": "IR", "Asia/Thimphu": "BT", "Asia/Tokyo": "JP",
    "Asia/Tomsk": "RU", "Asia/Ulaanbaatar": "MN", "Asia/Urumqi": "CN", "Asia/Ust-Nera": "RU",
    "Asia/Vientiane": "LA", "Asia/Vladivostok": "RU", "Asia/Yakutsk": "RU", "Asia/Yekaterinburg": "RU",
    "Asia/Yerevan": "AM",
    "Atlantic/Reykjavik": "IS",
    "Australia/Adelaide": "AU", "Australia/Brisbane": "AU", "Australia/Broken_Hill": "AU",
    "Australia/Darwin": "AU", "Australia/Eucla": "AU", "Australia/Hobart": "AU", "Australia/Lindeman": "AU",
    "Australia/Lord_Howe": "AU", "Australia/Melbourne": "AU", "Australia/Perth": "AU", "Australia/Sydney": "AU",
    "Europe/Amsterdam": "NL", "Europe/Andorra": "AD", "Europe/Astrakhan": "RU", "Europe/Athens": "GR",
    "Europe/Belgrade": "RS", "Europe/Berlin": "DE", "Europe/Bratislava": "SK", "Europe/Brussels": "BE",
    "Europe/Bucharest": "RO", "Europe/Budapest": "HU", "Europe/Busingen": "DE", "Europe/Chisinau": "MD",
    "Europe/Copenhagen": "DK", "Europe/Dublin": "IE", "Europe/Gibraltar": "GI", "Europe/Guernsey": "GG",
    "Europe/Helsinki": "FI", "Europe/Isle_of_Man": "IM", "Europe/Istanbul": "TR", "Europe/Jersey": "JE",
    "Europe/Kaliningrad": "RU", "Europe/Kiev": "UA", "Europe/Kirov": "RU", "Europe/Lisbon": "PT",
    "Europe/Ljubljana": "SI", "Europe/London": "GB", "Europe/Luxembourg": "LU", "Europe/Madrid": "ES",
    "Europe/Malta": "MT", "Europe/Mariehamn": "AX", "Europe/Minsk": "BY", "Europe/Monaco": "MC",
    "Europe/Moscow": "RU", "Europe/Oslo": "NO", "Europe/Paris": "FR", "Europe/Podgorica": "ME",
    "Europe/Prague": "CZ", "Europe/Riga": "LV", "Europe/Rome": "IT", "Europe/Samara": "RU",
    "Europe/San_Marino": "SM", "Europe/Sarajevo": "BA", "Europe/Saratov": "RU", "Europe/Skopje": "MK",
    "Europe/Sofia": "BG", "Europe/Stockholm": "SE", "Europe/Tallinn": "EE", "Europe/Tirane": "AL",
    "Europe/Ulyanovsk": "RU", "Europe/Vaduz": "LI", "Europe/Vatican": "VA", "Europe/Vienna": "AT",
    "Europe/Vilnius": "LT", "Europe/Volgograd": "RU", "Europe/Warsaw": "PL", "Europe/Zagreb": "HR",
    "Europe/Zurich": "CH",
    "Indian/Antananarivo": "MG",
    "Pacific/Auckland": "NZ", "Pacific/Honolulu": "US",
}
# Cities whose country is disputed: kept, without a located_in relation.
ZONE_NO_COUNTRY = {"Asia/Jerusalem", "Europe/Simferopol"}
# Ocean areas hold mostly islands; only these cities are kept from them.
OCEAN_CITIES = {"Atlantic/Reykjavik", "Indian/Antananarivo", "Pacific/Auckland", "Pacific/Honolulu"}
# Small places in the exemplar list that are not worth matching in news text.
ZONE_SKIP = {
    "America/Blanc-Sablon", "America/Cambridge_Bay", "America/Coral_Harbour", "America/Creston",
    "America/Danmarkshavn", "America/Dawson", "America/Dawson_Creek", "America/Eirunepe",
    "America/Fort_Nelson", "America/Glace_Bay", "America/Goose_Bay", "America/Inuvik",
    "America/Kralendijk", "America/Lower_Princes", "America/Marigot", "America/Menominee",
    "America/Metlakatla", "America/Miquelon", "America/Ojinaga", "America/Rankin_Inlet",
    "America/Resolute", "America/Scoresbysund", "America/Swift_Current", "America/Thule",
    "America/Yakutat", "America/Adak", "America/Nome", "America/Sitka", "America/Punta_Arenas",
    "Asia/Khandyga", "Asia/Srednekolymsk", "Asia/Ust-Nera", "Asia/Famagusta", "Asia/Jayapura",
    "Asia/Pontianak", "Asia/Kuching", "Australia/Broken_Hill", "Australia/Eucla", "Australia/Lindeman",
    "Australia/Lord_Howe", "Europe/Busingen", "Europe/Mariehamn", "America/Merida", "Asia/Hovd",
    "America/Boise", "America/Bahia_Banderas", "America/Catamarca", "America/Jujuy",
    # islands, or names shared with a region or another better-known place
    "America/Noronha", "America/Bahia", "America/Cordoba", "Asia/Kamchatka", "America/St_Thomas",
    "America/St_Kitts", "America/St_Vincent", "America/Tortola", "America/Grand_Turk", "America/Antigua",
}
ISLAND_WORDS = re.compile(r"арал|о-в|о-ва|остров|island", re.I)


def cldr_cities(src: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for lang in ("kk", "ru", "en"):
        data = json.loads((src / "cldr" / lang / "timeZoneNames.json").read_text(encoding="utf-8"))
        zones = data["main"][lang]["dates"]["timeZoneNames"]["zone"]

        def walk(node: dict, path: list[str]) -> None:
            for key, val in node.items():
                if not isinstance(val, dict):
                    continue
                sub = path + [key]
                if "exemplarCity" in val or (len(sub) >= 2 and not any(isinstance(v, dict) for v in val.values())
                                             and key not in ("long", "short")):
                    zid = "/".join(sub)
                    out.setdefault(zid, {})[lang] = val.get("exemplarCity", "")
                walk(val, sub)

        walk(zones, [])
    for zid, names in out.items():
        if not names.get("en"):
            names["en"] = zid.split("/")[-1].replace("_", " ")
    return out


def build_world_cities(src: Path, curated: Path, countries: dict[str, Entity], stop: Stop) -> dict[str, Entity]:
    iso_to_id = {i.split(":", 1)[1]: e.id for e in countries.values() for i in e.ids if i.startswith("iso:")}
    iso_to_id["KZ"] = "place:kazakhstan"
    territory_names = set()
    for e in countries.values():
        territory_names |= e.name_keys()
    ents: dict[str, Entity] = {}
    for zid, names in sorted(cldr_cities(src).items()):
        area = zid.split("/")[0]
        if area in ("Etc", "Antarctica", "Arctic") or zid.count("/") > 1 or zid in ZONE_SKIP:
            continue
        if area in ("Atlantic", "Pacific", "Indian") and zid not in OCEAN_CITIES:
            continue
        cc = ZONE_COUNTRY.get(zid)
        if cc == "KZ":
            continue  # Kazakh cities are in places-kz.tsv
        if cc is None and zid not in ZONE_NO_COUNTRY:
            warn(f"world-cities: no country for zone {zid}")
        forms = {lang: clean(names.get(lang, "")) for lang in ("kk", "ru", "en")}
        forms["en"] = forms["en"].replace("’", "'")
        if any(ISLAND_WORDS.search(f) or "," in f for f in forms.values() if f):
            continue
        if any(norm_key(f) in territory_names for f in forms.values() if f):
            continue  # a city-state or a city named like its country: the country entry covers it
        en = forms["en"]
        ent = Entity("place:" + slug(en), "place")
        for lang in ("kk", "ru", "en"):
            f = forms[lang]
            if not f:
                continue
            if stop.is_word(f) or (letters(f) < 4 and norm_key(f) not in {"рим", "rome"}):
                continue
            ent.add_name(f, lang, name_option(f))
            if lang == "en" and fold_ascii(f) != f:
                ent.add_name(fold_ascii(f), "en", name_option(f))
        if not any(script_of(t) == "cyr" for t, _, _ in ent.names):
            continue
        pick = sorted(ent.names, key=lambda n: LANG_ORDER.get(n[1], 9))[0]
        ent.name, ent.lang = pick[0], pick[1]
        if cc and zid not in ZONE_NO_COUNTRY:
            ent.add_relation("located_in", iso_to_id[cc])
        ent.set_attr("placetype", "city")
        ent.add_id("tz", zid)
        if ent.id in countries:
            warn(f"world-cities: id {ent.id} clashes with a country; skipped")
            continue
        ents[ent.id] = ent
    apply_curated(ents, read_tsv(curated / "world-cities-curated.tsv"), name_wins=False)
    all_case_sensitive_if_risky(ents)
    for ent in ents.values():
        if "placetype" not in ent.attrs:
            warn(f"world-cities: curated extra names for {ent.id}, which CLDR does not list")
            ent.set_attr("placetype", "city")
        if ent.id in countries:
            raise SystemExit(f"world-cities: curated id {ent.id} clashes with countries.tsv")
    return ents


# ---------------------------------------------------------------------------
# given-names.tsv
# ---------------------------------------------------------------------------

def petrovich_first_names(src: Path) -> dict[str, list[str]]:
    """gender -> names from the 'firstname: exceptions:' lists of petrovich's gender.yml."""
    path: list[tuple[int, str]] = []
    out: dict[str, list[str]] = {"male": [], "female": []}
    for line in (src / "petrovich" / "gender.yml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip())
        text = line.strip()
        if text.startswith("- "):
            keys = [k for _, k in path]
            if keys[-3:-1] == ["firstname", "exceptions"] and keys[-1] in out:
                out[keys[-1]].append(text[2:].strip())
            continue
        while path and path[-1][0] >= indent:
            path.pop()
        path.append((indent, text.rstrip(":")))
    return out


# Entries of petrovich's exception lists that are diminutives, common words, deities, fairy-tale
# names or misfiled (female names in the male list).
PETROVICH_SKIP = {
    "лука", "ага", "ата", "гога", "вова", "лёва", "серега", "генка", "дима", "тима", "фима", "жора",
    "миша", "юра", "степа", "валера", "гена", "мота", "дра", "коста", "изя", "кузя", "филя", "толя",
    "ваня", "саня", "боря", "вася", "ося", "петя", "витя", "митя", "костя", "наташа", "фаня", "аня",
    "любов", "рапунцель", "заратустра", "кришна", "свитлана", "агелина", "джанна", "назера", "эстера",
    "маритта", "двойра", "калистра", "бена", "агга", "гиа", "элиа", "ири", "тери", "габи", "сажи",
    "лиз", "элиз", "мери", "аннаид", "верунчик", "шакед", "товсари", "ансари", "сандали", "аллаберди",
    "ефтений", "сатаней", "эркаим", "гулаим", "хамат", "лали", "ркия", "еркия", "эркия", "кирикия",
    "мазия", "шендля", "вилля", "загиря", "цайся", "ларья", "алья", "маджуда", "муктада", "алиада",
    "нурлыхуда", "алда", "абида", "серега", "фейга", "малюта", "васюта", "вафа", "фаста", "мота",
    "шота", "паата", "алета", "калистра", "гулия", "аксания", "ахлам", "асем", "естер", "ири",
    "агарь", "фамарь", "иаиль", "астинь", "гретель", "греттель", "адась", "руфь", "юдифь", "есфирь",
    # listed under the wrong gender, or surnames
    "джанлука", "ренато", "бактыгуль", "элнур", "эван", "арминэ", "сигитас", "цеткин", "валенса",
    "гарсиа", "гарсия", "лоран", "моран", "махаррам", "джохан", "шелли", "поль", "иргаш", "тэрбиш",
    "халиса", "холиса", "абиба", "абула", "гавриила",
}


def kazakh_common_lemmas(src: Path) -> set[str]:
    """Lemmas of Kazakh content words (NOUN, ADJ, VERB, ADV) that the UD Kazakh treebank
    (CC BY-SA 4.0) writes in lower case in running text: ordinary words, not names. Only
    this derived set is used; no treebank file is shipped."""
    path = src / "ud-kazakh-ktb" / "kk_ktb-ud-train.conllu"
    if not path.exists():
        warn(f"{path} not found: no first name is marked as a common word from the treebank")
        return set()
    lemmas: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[0].isdigit() or cols[3] not in ("NOUN", "ADJ", "VERB", "ADV"):
                continue
            form, lemma = cols[1], cols[2]
            if form[:1].islower() and lemma[:1].islower() and letters(lemma) >= 2:
                lemmas.add(norm_key(lemma))
    return lemmas


def fold_kazakh_letters(text: str) -> str:
    """A lower-case key with the Kazakh letters folded to their Russian look-alikes and doubled
    letters collapsed, as the matcher compares Cyrillic words across the two languages."""
    table = str.maketrans("әғқңөұүһі", "агкноуухи")
    out = []
    for ch in norm_key(text).translate(table):
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def build_given_names(src: Path, curated: Path) -> dict[str, Entity]:
    ents: dict[str, Entity] = {}
    english_ids: set[str] = set()
    known: dict[str, str] = {}  # name key -> entity id

    def register(ent: Entity) -> None:
        for k in ent.name_keys():
            known.setdefault(k, ent.id)

    files = (("given-names-kk.tsv", "kk"), ("given-names-ru.tsv", "ru"), ("given-names-en.tsv", "en"),
             ("given-names-world.tsv", "world"))
    for fname, lang in files:
        rows = read_tsv(curated / fname)
        local: dict[str, Entity] = {}
        apply_curated(local, rows)
        for id_, ent in local.items():
            gender = ent.attrs.get("gender")
            if gender not in ("m", "f"):
                raise SystemExit(f"{fname}: {id_} needs gender=m or gender=f")
            # Regular Russian and Latin spellings (hand-written aliases add the irregular ones);
            # the English file's names are Latin already and list their Russian transcriptions.
            # The foreign names of the world file are Russian transcriptions that list their own
            # Latin spelling (a transliteration back, Вольфганг -> Volfgang, is no name).
            if lang in ("kk", "ru"):
                ru = kk_to_ru(ent.name) if lang == "kk" else ent.name
                ent.add_name(ru, "ru")
                ent.add_name(ru_to_latin(ru), "en")
            if id_ in ents:
                other = ents[id_]
                if other.attrs.get("gender") != gender:
                    raise SystemExit(f"{fname}: {id_} defined twice with different genders")
                for t, l, o in ent.names:
                    other.add_name(t, l, o)
                # A later row may know that a name is also a common word (Али, Жак).
                if ent.attrs.get("common_word") == "yes":
                    other.set_attr("common_word", "yes")
                continue
            # A world-file name joins an earlier entry only through a Cyrillic spelling: the same
            # Latin spelling is often another name in Russian (Paul is Пол, Поль and Пауль).
            keys = ent.name_keys() if lang != "world" else {
                norm_key(t) for t, _, _ in ent.names if not re.search("[A-Za-z]", t)}
            clash = next((known[k] for k in sorted(keys) if k in known), None)
            if clash and ents[clash].attrs.get("gender") == gender:
                for t, l, o in ent.names:
                    ents[clash].add_name(t, l, o)
                # A later file may know that a name is also a common word (Ана, Роза).
                if ent.attrs.get("common_word") == "yes":
                    ents[clash].set_attr("common_word", "yes")
                continue
            ents[id_] = ent
            if lang in ("en", "world"):
                english_ids.add(id_)
            register(ent)

    # Kazakh first names that are also ordinary words (Бақыт "happiness", Толқын "wave"): the
    # person rules read them alone as a person only in a person's context. Marked from the
    # lemmas of the UD Kazakh treebank, besides the hand-written `common_word=yes` rows.
    lemmas = kazakh_common_lemmas(src)
    for ent in ents.values():
        if ent.attrs.get("common_word") is None and norm_key(ent.name) in lemmas:
            ent.set_attr("common_word", "yes")
    # A Russian transcription of a foreign name can read like a Kazakh word once the matcher
    # folds Kazakh letters to their Russian look-alikes (Жан "soul", Жак/жақ "side", Билл/біл
    # "know"): those names, too, need a person's context alone.
    folded_lemmas = {fold_kazakh_letters(l) for l in lemmas}
    for id_ in english_ids:
        ent = ents[id_]
        if ent.attrs.get("common_word") is None and any(
            lang == "ru" and fold_kazakh_letters(t) in folded_lemmas for t, lang, _ in ent.names
        ):
            ent.set_attr("common_word", "yes")

    # The person rules take a word's first name from the entry's name when the name is ASCII
    # Latin, and look any other name up among the Cyrillic ones (so `Этьен` would be named
    # `Étienne`, `Хосе Мануэль` `José`, and `Гиорги`, whose key is that of `György`, `György`):
    # Latin names are written in ASCII (the curated files are checked for it).
    # A Latin alias with diacritics (Jürgen, François) serves words written so, unless its key is
    # that of a Cyrillic name (Raúl and Рауль: `Рауль` would be named `Raúl`).
    cyrillic_keys = {match_key(t) for ent in ents.values() for t, _, _ in ent.names if script_of(t) == "cyr"}
    for ent in ents.values():
        if ent.name and script_of(ent.name) == "lat" and not ent.name.isascii():
            raise SystemExit(f"given-names: {ent.id}: write the Latin name {ent.name!r} as "
                             f"{ascii_latin(ent.name)!r}: the person rules read a name with diacritics "
                             f"as a Cyrillic one")
        for text, lang, opt in list(ent.names):
            if script_of(text) == "lat" and not text.isascii() and match_key(text) in cyrillic_keys:
                # The loader reads the curated files too: the row itself must go.
                raise SystemExit(f"given-names: {ent.id}: the Latin alias {text!r} has the key of a Cyrillic "
                                 f"first name ({match_key(text)}); write it as {ascii_latin(text)!r}")

    pet = petrovich_first_names(src)
    for gender_word, gender in (("male", "m"), ("female", "f")):
        for raw in pet[gender_word]:
            if raw in PETROVICH_SKIP or letters(raw) < 3:
                continue
            name = "-".join(p.capitalize() for p in raw.split("-"))
            key = norm_key(name)
            if key in known:
                other = ents[known[key]]
                if other.attrs.get("gender") != gender:
                    warn(f"given-names: petrovich {gender_word} {name} is {other.attrs.get('gender')} in {other.id}")
                continue
            id_ = "given_name:" + slug(name)
            if id_ in ents and ents[id_].attrs.get("gender") == gender:
                ents[id_].add_name(name, "ru")  # a spelling variant (Этел / Этель)
                known.setdefault(key, id_)
                continue
            if id_ in ents:
                id_ += "-" + gender
            ent = Entity(id_, "given_name")
            ent.set_name(name, "ru")
            ent.add_name(ru_to_latin(name), "en")
            ent.set_attr("gender", gender)
            ent.set_attr("source", "petrovich")
            ents[id_] = ent
            register(ent)
    return ents


# ---------------------------------------------------------------------------
# Curated-only files
# ---------------------------------------------------------------------------

def build_curated_only(curated: Path, fname: str, type_: str) -> dict[str, Entity]:
    ents: dict[str, Entity] = {}
    rows = read_tsv(curated / fname)
    for row in rows:
        if row.get("type") != type_:
            raise SystemExit(f"{row['_where']}: expected type {type_}")
    apply_curated(ents, rows)
    return ents


# ---------------------------------------------------------------------------
# World regions (continents and parts of the world)
# ---------------------------------------------------------------------------

# CLDR numeric region codes used as places; "001" (the world) and the UN statistical groupings
# whose names are no place names in running text ("Sub-Saharan Africa" is kept, "Northern
# America (region)" is not) are left out.
WORLD_REGION_CODES = [
    "002", "003", "005", "009", "011", "013", "014", "015", "017", "019", "029", "030", "034", "035", "039",
    "053", "054", "061", "142", "143", "145", "150", "151", "154", "155", "202", "419",
]


def build_world_regions(src: Path, curated: Path) -> dict[str, Entity]:
    """Continents and parts of the world from CLDR's numeric territory codes, in kk/ru/en;
    names with a parenthesised qualifier or a word like "аймағы"/"регион" are left out."""
    names: dict[str, dict[str, list[str]]] = {}
    for lang in ("kk", "ru", "en"):
        data = json.loads((src / "cldr" / lang / "territories.json").read_text(encoding="utf-8"))
        terr = data["main"][lang]["localeDisplayNames"]["territories"]
        for key in sorted(terr):
            code = key.split("-")[0]
            if code in WORLD_REGION_CODES:
                names.setdefault(code, {}).setdefault(lang, []).append(terr[key])
    ents: dict[str, Entity] = {}
    for code in WORLD_REGION_CODES:
        by_lang = names.get(code, {})
        if not by_lang.get("en"):
            continue
        id_ = "place:" + slug(by_lang["en"][0])
        ent = Entity(id_, "place")
        for lang in ("kk", "ru", "en"):
            for raw in by_lang.get(lang, []):
                name = clean(raw)
                if not name or "(" in name or re.search(r"\b(аймағы|регион|region)\b", name, re.I):
                    continue
                ent.add_name(name, lang, name_option(name))
        if not ent.names:
            continue
        ent.name, ent.lang = sorted(ent.names, key=lambda n: LANG_ORDER[n[1]])[0][:2]
        ent.add_id("cldr", code)
        ent.set_attr("placetype", "continent" if code in ("002", "009", "019", "142", "150") else "region")
        ents[id_] = ent
    apply_curated(ents, read_tsv(curated / "world-regions-curated.tsv"))
    # First-level divisions and historical regions of other countries (Крым, Калифорния, Урал).
    apply_curated(ents, read_tsv(curated / "world-admin-regions-curated.tsv"))
    # Seas, rivers, mountains, islands and more regions (Черное море, Байкал, Альпы, Бавария).
    apply_curated(ents, read_tsv(curated / "world-geography-curated.tsv"))
    return ents


def add_bare_admin_names(places: dict[str, Entity], others: list[dict[str, Entity]], given: dict[str, Entity],
                         stop: Stop) -> None:
    """Districts and regions are often named without "ауданы"/"облысы" (Отырар, Түпқараған,
    Жетісу): add the bare Kazakh name as an alias when no other place, country, city or first
    name has it, it is no stop word (Абай, Махамбет are people), it has four letters or more and
    it does not look like a person's name (a district named after a person keeps "ауданы")."""
    taken: dict[str, int] = {}
    for ents in [places] + others:
        for ent in ents.values():
            for text, _, _ in ent.names:
                taken[norm_key(text)] = taken.get(norm_key(text), 0) + 1
    first_names = {norm_key(t) for ent in given.values() for t, _, _ in ent.names}
    bare_count: dict[str, int] = {}
    candidates: list[tuple[Entity, str, str]] = []
    for ent in sorted(places.values(), key=lambda e: e.id):
        for text, lang, opt in list(ent.names):
            if lang != "kk" or opt:
                continue
            m = re.fullmatch(r"(.+) (ауданы|облысы)", text)
            if not m:
                continue
            bare = m.group(1)
            key = norm_key(bare)
            if key in taken or key in first_names or bare in stop:
                continue
            # Districts named after people keep their descriptor: a surname (Алтынсарин,
            # Денисов), a first name (Райымбек, Бәйдібек) or a title (Шал ақын, Бұқар жырау).
            low = bare.lower()
            if re.search(r"(ов|ев|ин|ова|ева|ина|ұлы|бек|бай|жан|хан)$", low):
                continue
            if " " in bare and bare.split()[0] not in ("Шығыс", "Батыс", "Солтүстік", "Оңтүстік"):
                continue
            # A compass word before another place's name reads as a part of that place
            # ("Шығыс Қазақстан" is also "eastern Kazakhstan"): the region keeps "облысы".
            if " " in bare and taken.get(norm_key(bare.split(" ", 1)[1]), 0) > 0:
                continue
            bare_count[key] = bare_count.get(key, 0) + 1
            candidates.append((ent, bare, m.group(2)))
    # A bare name shared by a region and a district of the same name ("Маңғыстау") names the
    # region, the more prominent of the two.
    region_count: dict[str, int] = {}
    for ent, bare, head in candidates:
        if head == "облысы":
            region_count[norm_key(bare)] = region_count.get(norm_key(bare), 0) + 1
    for ent, bare, head in candidates:
        key = norm_key(bare)
        if bare_count[key] == 1 or (head == "облысы" and region_count.get(key) == 1):
            ent.add_name(bare, "kk")


# Main
# ---------------------------------------------------------------------------

def check_relations(all_ents: dict[str, Entity]) -> None:
    for ent in all_ents.values():
        for rel in ent.relations:
            target = rel.split("=", 1)[1]
            if target not in all_ents:
                warn(f"{ent.id}: relation target {target} is not defined in any shipped file")


def report_name_clashes(files: dict[str, dict[str, Entity]]) -> None:
    """Same (case-insensitive) name on two place entries: print for review."""
    seen: dict[str, str] = {}
    for fname in ("places-kz.tsv", "countries.tsv", "world-cities.tsv", "world-regions.tsv"):
        for ent in sorted(files[fname].values(), key=lambda e: e.id):
            for text, _, opt in ent.names:
                if opt == "no_match":
                    continue
                key = norm_key(text)
                if key in seen and seen[key] != ent.id:
                    warn(f"name {text!r} is on both {seen[key]} and {ent.id}")
                else:
                    seen[key] = ent.id


def check_curated_consistency(curated: Path, all_ents: dict[str, Entity]) -> None:
    """GazetteerLoader reads every .tsv under Gazetteers/ recursively, so the curated inputs are
    loaded too. They must then never loosen what the generated files say: a name written in a
    case-insensitive curated row must not be case-sensitive or no_match in the output."""
    for path in sorted(curated.glob("*.tsv")):
        for row in read_tsv(path):
            ent = all_ents.get(row["id"])
            if ent is None:
                warn(f"{row['_where']}: {row['id']} is not in any generated file")
                continue
            if row.get("options", ""):
                continue
            strict = {t for t, _, o in ent.names if o} - {t for t, _, o in ent.names if not o}
            for text in [row["name"]] + [t for t, _ in parse_aliases(row.get("aliases", ""))]:
                if clean(text) in strict:
                    warn(f"{row['_where']}: {text!r} is case-insensitive here but not in the generated "
                         f"{ent.id}; the loader also reads curated/, so give this row the same options")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources",
                    help="the shared source data (default: ../shared/sources from the repository root)")
    ap.add_argument("--out", type=Path, default=ROOT / "Gazetteers", help="output directory")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file would change")
    ap.add_argument("--quiet", action="store_true", help="do not list review warnings")
    args = ap.parse_args(argv)
    src: Path = args.sources
    curated = ROOT / "Gazetteers" / "curated"
    if not (src / "whosonfirst-kz" / "kz-places.tsv").exists():
        print(f"error: source data not found in {src} (use --sources DIR)", file=sys.stderr)
        return 2

    stop = Stop(month_and_day_names(src))
    countries = build_countries(src, curated)
    cities = build_world_cities(src, curated, countries, stop)
    # World-city and country ids are reserved before Kazakh districts and towns get theirs.
    places = build_places_kz(src, curated, set(countries) | set(cities), stop)
    given_names = build_given_names(src, curated)
    add_bare_admin_names(places, [countries, cities], given_names, stop)

    files: dict[str, tuple[dict[str, Entity], str]] = {
        "places-kz.tsv": (places, "Places of Kazakhstan: the country, regions, districts, cities and towns."),
        "countries.tsv": (countries, "Countries and territories of the world (Kazakhstan itself is in places-kz.tsv)."),
        "world-cities.tsv": (cities, "World cities outside Kazakhstan."),
        "world-regions.tsv": (build_world_regions(src, curated),
                              "Continents and parts of the world (CLDR regions)."),
        "organisations-international.tsv": (
            build_curated_only(curated, "organisations-international.tsv", "organisation"),
            "International organisations (hand-curated)."),
        "organisations-kz.tsv": (
            build_curated_only(curated, "organisations-kz.tsv", "organisation"),
            "State bodies, institutions, companies and media of Kazakhstan (hand-curated)."),
        "organisations-companies-media.tsv": (
            build_curated_only(curated, "organisations-companies-media.tsv", "organisation"),
            "World and Kazakh companies, news media and sports clubs (hand-curated)."),
        "organisations-world.tsv": (
            build_curated_only(curated, "organisations-world.tsv", "organisation"),
            "State bodies, companies, media and sports clubs of other countries (hand-curated)."),
        "given-names.tsv": (given_names,
                            "First names (lexicon for the person-name rules, not entities)."),
        "people.tsv": (build_curated_only(curated, "people-curated.tsv", "person"),
                       "Well-known people usually named by one name (hand-curated)."),
        "positions.tsv": (build_curated_only(curated, "positions.tsv", "position"),
                          "Position titles (hand-curated)."),
    }
    all_ents: dict[str, Entity] = {}
    for fname, (ents, _) in files.items():
        for id_, ent in ents.items():
            if id_ in all_ents:
                raise SystemExit(f"{fname}: id {id_} is also defined in another shipped file")
            all_ents[id_] = ent
    check_relations(all_ents)
    check_curated_consistency(curated, all_ents)
    report_name_clashes({k: v[0] for k, v in files.items()})

    args.out.mkdir(parents=True, exist_ok=True)
    changed_any = False
    print(f"{'file':36} {'entries':>8} {'rows':>6}")
    for fname, (ents, title) in files.items():
        n_ent, n_rows, changed = write_tsv(args.out / fname, list(ents.values()), title, args.check)
        changed_any |= changed
        mark = " (would change)" if args.check and changed else ""
        print(f"{fname:36} {n_ent:8d} {n_rows:6d}{mark}")
    if WARNINGS and not args.quiet:
        print(f"\n{len(WARNINGS)} notes for review:", file=sys.stderr)
        for w in WARNINGS:
            print("  " + w, file=sys.stderr)
    if args.check and changed_any:
        print("error: the committed gazetteers differ from what the script generates", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
