#!/usr/bin/env python3
"""Review the foreign first names of Gazetteers/curated/given-names-world.tsv for collisions.

Lists, for each Cyrillic name (and alias) of the world file that is not marked
`common_word=yes`:

- `place`, `organisation`, `position`, `person`, `event`: the same name (case- and ё-insensitive,
  or the same script-neutral match key) in a shipped entity gazetteer (Gazetteers/*.tsv);
- `given-gender`: the same name on a first name of the other gender;
- `given-case`: the name reads like a case form of another first name (`Мари` ~ `Марии`,
  `Карла` ~ `Карл`), so the person rule may take one for the other;
- `ru-word`: the lower-case name is a Russian word (hunspell `ru_RU`, when installed);
- `kk-word`: the name, with the Kazakh letters folded as the matcher folds them, is a Kazakh
  dictionary stem (hunspell `kk_KZ`, when installed);
- `ru-form`, `kk-form`: a Russian or Kazakh dictionary word (hunspell) whose match key is the
  name's plus a case, possessive or plural ending, which the morphology may strip (`Сети` ~
  `Сет`, `День` ~ `Дэн`, Kazakh `Сауда` ~ `Сауд` + `-да`);
- `short`: three letters or fewer.

Names marked `common_word=yes` are listed apart (a word the person rules read alone only in a
person's context). Run after scripts/build_gazetteers.py, from the repository root:

    python3 scripts/check_given_names.py [--all]

`--all` lists every world name with a note, not only the unmarked ones. Exit status 0 always:
the output is for review (resolve a collision by leaving the name out or marking it
`common_word=yes` in the curated file). Standard library only; the hunspell dictionaries are
optional (Debian packages hunspell-ru and hunspell-kk).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_gazetteers as bg  # noqa: E402

HUNSPELL_DIR = Path("/usr/share/hunspell")

match_key = bg.match_key


def is_cyrillic(text: str) -> bool:
    return bool(re.search("[а-яёәғқңөұүһі]", text.lower())) and not re.search("[a-z]", text.lower())


def case_forms(name: str, gender: str) -> set[str]:
    """A few Russian case forms of a first name (genitive, dative, accusative, instrumental,
    prepositional), enough to see one name read as another's case form."""
    low = name.lower()
    if low.endswith("а"):
        stem = low[:-1]
        return {stem + e for e in ("ы", "и", "е", "у", "ой", "ою")}
    if low.endswith("я"):
        stem = low[:-1]
        return {stem + e for e in ("и", "е", "ю", "ей")}
    if low.endswith("й"):
        stem = low[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е", "и")}
    if low.endswith("ь"):
        stem = low[:-1]
        return {stem + e for e in ("я", "ю", "ем", "е", "и", "ью")}
    if gender == "m" and re.search("[бвгджзклмнпрстфхцчшщ]$", low):
        return {low + e for e in ("а", "у", "ом", "е", "ым", "ем")}
    return set()


def hunspell_good(words: list[str], dictionary: str) -> set[str]:
    """The words that hunspell accepts in `dictionary` (empty when it is not installed)."""
    if not (HUNSPELL_DIR / f"{dictionary}.dic").exists():
        print(f"note: no hunspell {dictionary} dictionary; that check is skipped", file=sys.stderr)
        return set()
    try:
        run = subprocess.run(["hunspell", "-d", dictionary, "-G"], input="\n".join(words), capture_output=True,
                             text=True, check=False)
    except FileNotFoundError:
        print("note: no hunspell program; the dictionary checks are skipped", file=sys.stderr)
        return set()
    return {line.strip() for line in run.stdout.splitlines() if line.strip()}


def dictionary_keys(dictionary: str) -> dict[str, str]:
    """Match key -> a lower-case word of a hunspell dictionary (its stems, as listed)."""
    path = HUNSPELL_DIR / f"{dictionary}.dic"
    if not path.exists():
        return {}
    keys: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        word = line.split("/")[0].strip()
        if word and word[:1].islower() and len(word) >= 3:
            keys.setdefault(match_key(word), word)
    return keys


# Endings the morphology strips to reach a first name, as match keys: Kazakh case, possessive
# and plural endings (`Сауда` = `Сауд` + `-да`, `Білім` = `Біл` + `-ім`, `Енді` = `Ен` + `-ді`),
# and Russian case endings (`Сети`).
ENDING_KEYS = sorted({match_key(e) for e in (
    "а е ы і и у ю я да де та те ды ді ты ті ны ні ға ге қа ке ын ін ым ім ың ің дың дің тың тің ның нің "
    "мен бен пен нан нен дан ден тан тен лар лер дар дер тар тер ша ше ла ле сы сі ғы гі қы кі "
    "ом ем ой ей ью ам ах ями"
).split()} | {""})


def kazakh_stems() -> set[str]:
    path = HUNSPELL_DIR / "kk_KZ.dic"
    if not path.exists():
        return set()
    stems = set()
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        word = line.split("/")[0].strip()
        if word and word[:1].islower() and len(word) >= 2:
            stems.add(bg.fold_kazakh_letters(word))
    return stems


def read_generated(out: Path) -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str, set[str]]]]:
    """Entity names by type (name, id) and the first names (id, gender, names) of the shipped files."""
    by_type: dict[str, list[tuple[str, str]]] = {}
    given: list[tuple[str, str, set[str]]] = []
    for path in sorted(out.glob("*.tsv")):
        for row in bg.read_tsv(path):
            names = [row["name"]] + [t for t, _ in bg.parse_aliases(row.get("aliases", ""))]
            if "no_match" in row.get("options", ""):
                continue
            if row["type"] == "given_name":
                attrs = dict(kv.split("=", 1) for kv in row.get("attributes", "").split("|") if "=" in kv)
                given.append((row["id"], attrs.get("gender", ""), set(names)))
                continue
            for name in names:
                by_type.setdefault(row["type"], []).append((name, row["id"]))
    return by_type, given


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--all", action="store_true", help="also list names marked common_word=yes")
    args = ap.parse_args(argv)
    world = bg.read_tsv(ROOT / "Gazetteers" / "curated" / "given-names-world.tsv")
    by_type, given = read_generated(ROOT / "Gazetteers")

    index: dict[str, list[tuple[str, str]]] = {}
    for type_, names in by_type.items():
        for name, id_ in names:
            for key in {bg.norm_key(name), match_key(name) if is_cyrillic(name) else ""} - {""}:
                index.setdefault(key, []).append((type_, id_))
    given_by_key: dict[str, list[tuple[str, str]]] = {}
    given_forms: dict[str, list[tuple[str, str]]] = {}
    for id_, gender, names in given:
        for name in names:
            if not is_cyrillic(name):
                continue
            given_by_key.setdefault(match_key(name), []).append((id_, gender))
            for form in case_forms(name, gender):
                given_forms.setdefault(match_key(form), []).append((id_, name))

    entries = []
    for row in world:
        attrs = dict(kv.split("=", 1) for kv in row.get("attributes", "").split("|") if "=" in kv)
        names = [row["name"]] + [t for t, _ in bg.parse_aliases(row.get("aliases", ""))]
        entries.append((row, attrs, [n for n in names if is_cyrillic(n)]))
    words = sorted({n.lower() for _, _, names in entries for n in names})
    ru_words = hunspell_good(words, "ru_RU")
    kk = kazakh_stems()
    ru_keys = dictionary_keys("ru_RU")
    kk_keys = dictionary_keys("kk_KZ")

    flagged = 0
    for row, attrs, names in entries:
        common = attrs.get("common_word") == "yes"
        if common and not args.all:
            continue
        notes = []
        own = {n.lower() for n in names}
        for name in names:
            key = match_key(name)
            for type_, id_ in sorted(set(index.get(bg.norm_key(name), []) + index.get(key, []))):
                notes.append(f"{type_} {name}={id_}")
            for id_, gender in given_by_key.get(key, []):
                if gender != attrs.get("gender"):
                    notes.append(f"given-gender {name}={id_}({gender})")
            for id_, other in given_forms.get(key, []):
                if other.lower() not in own and match_key(other) != key:
                    notes.append(f"given-case {name}~{other}({id_})")
            if name.lower() in ru_words:
                notes.append(f"ru-word {name.lower()}")
            if bg.fold_kazakh_letters(name) in kk:
                notes.append(f"kk-word {name}")
            # A dictionary word whose key is the name's key plus an ending: the morphology may
            # strip the ending and read the word as the name (`Сети` -> `Сет`, `День` -> `Дэн`).
            for ending in ENDING_KEYS:
                for label, keys in (("ru-form", ru_keys), ("kk-form", kk_keys)):
                    word = keys.get(key + ending)
                    if word and word != name.lower():
                        notes.append(f"{label} {name}+{ending or '0'}={word}")
            if bg.letters(name) <= 3:
                notes.append(f"short {name}")
        if notes:
            flagged += 1
            mark = " [common_word]" if common else ""
            print(f"{row['_where']}\t{row['name']}{mark}\t" + "; ".join(dict.fromkeys(notes)))
    print(f"{flagged} of {len(entries)} world first names have a note", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
