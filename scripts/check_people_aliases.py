#!/usr/bin/env python3
"""Check the names of Gazetteers/curated/people-curated.tsv for collisions.

Reports, for review (it changes nothing):

- a person name shared by two people of the file;
- a person name that is also a name in another shipped gazetteer (a place, an organisation,
  a first name, a position), compared after folding case, ё and the Kazakh letters;
- with --words, a one-word Cyrillic name that is, lower-cased or with a common Russian case
  ending, a word of the Russian or Kazakh hunspell dictionary (`hunspell -G`; needs the
  hunspell, hunspell-ru and hunspell-kk packages). Such a surname is no alias, or is given in
  a case-sensitive row.

Usage, from the repository root (after scripts/build_gazetteers.py):

    python3 scripts/check_people_aliases.py [--words]

Python 3.11+, standard library only. It only prints: some hits are known and deliberate
(Платон is a person and a first name; лавров, путина are word forms of surnames the person
rules read anyway).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import build_gazetteers as bg  # noqa: E402
from check_given_names import hunspell_good  # noqa: E402

PEOPLE = ROOT / "Gazetteers" / "curated" / "people-curated.tsv"
FOLD = str.maketrans({"ё": "е", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у",
                      "ү": "у", "һ": "х", "і": "и", "’": "'"})
# Endings added to a surname to find a word it shares a form with (лимон-ов, мурашк-и).
ENDINGS = ["", "а", "у", "ом", "ем", "е", "ы", "и", "ов", "ой", "ей", "ам", "ами", "ах", "я", "ю"]


def fold(name: str) -> str:
    return name.lower().translate(FOLD)


def names_of(row: dict[str, str]) -> list[str]:
    return [row["name"]] + [text for text, _ in bg.parse_aliases(row.get("aliases", ""))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", action="store_true", help="also check against hunspell dictionaries")
    args = parser.parse_args()

    other: dict[str, set[str]] = collections.defaultdict(set)
    for path in sorted((ROOT / "Gazetteers").glob("*.tsv")):
        if path.name == "people.tsv":
            continue
        for row in bg.read_tsv(path):
            for name in names_of(row):
                other[fold(name)].add(row["id"])

    people: dict[str, set[str]] = collections.defaultdict(set)
    case_sensitive: set[str] = set()
    for row in bg.read_tsv(PEOPLE):
        if not row["id"].startswith("person:"):
            continue
        for name in names_of(row):
            people[fold(name)].add(row["id"])
            if "case_sensitive" in row.get("options", ""):
                case_sensitive.add(fold(name))

    collisions = 0
    for key, ids in sorted(people.items()):
        if len(ids) > 1:
            print(f"shared by people: {key!r}: {sorted(ids)}")
            collisions += 1
        if key in other:
            print(f"also in another gazetteer: {key!r}: {sorted(ids)} / {sorted(other[key])}")
            collisions += 1

    if args.words:
        single = sorted(k for k in people if " " not in k and re.search("[а-я]", k))
        for dictionary in ("ru_RU", "kk_KZ"):
            words = hunspell_good([w + e for w in single for e in ENDINGS], dictionary)
            for name in single:
                hits = [name + e for e in ENDINGS if name + e in words]
                if hits:
                    mark = " (case-sensitive row)" if name in case_sensitive else ""
                    print(f"word form in {dictionary}: {name!r}{mark}: {', '.join(hits)}")
    print(f"{collisions} shared name(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
