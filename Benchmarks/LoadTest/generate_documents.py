#!/usr/bin/env python3
"""Generates N short news documents (JSONL) in Kazakh and Russian for the load test.

Sentences are built from the shipped gazetteers (places, organisations, given names with
generated surnames) and the patterns the rules and relation rules know (titles before names,
membership, events held in places, dates in both languages). Fixed seed: the same N gives the
same bytes.

    python3 Benchmarks/LoadTest/generate_documents.py 1000000 > /tmp/load-1m.jsonl
"""
import csv
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
rnd = random.Random(20261126)


def column(path, type_filter=None, lang="kk"):
    names = []
    with open(path, encoding="utf-8") as f:
        rows = [line for line in f if not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        if type_filter and row.get("type") != type_filter:
            continue
        if row.get("lang") == lang and row.get("name"):
            names.append(row["name"])
    return names


places = column("Gazetteers/places-kz.tsv", "place") or ["Астана"]
orgs = column("Gazetteers/organisations-kz.tsv", "organisation") or ["Ақорда"]
given = column("Gazetteers/given-names.tsv") or ["Әлия"]
surnames = ["Мұстафин", "Мұстафина", "Сейітов", "Сейітова", "Қарин", "Қарина", "Тажин", "Тажина", "Әлібеков", "Әлібекова",
            "Жұмабаев", "Жұмабаева", "Тоқтаров", "Тоқтарова", "Ибраев", "Ибраева", "Нұрланұлы", "Нұрланқызы"]
kk_titles = ["директоры", "төрағасы", "басшысы", "әкімі", "ректоры"]
ru_titles = ["директор", "председатель", "глава", "руководитель"]
kk_months = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"]
ru_months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def person():
    return f"{rnd.choice(given)} {rnd.choice(surnames)}"


def kazakh(i):
    year = rnd.randrange(1991, 2026)
    day = rnd.randrange(1, 28)
    month = rnd.randrange(12)
    org, place, who = rnd.choice(orgs), rnd.choice(places), person()
    sentences = [
        f"{org} {rnd.choice(kk_titles)} {who} {year} жылғы {day} {kk_months[month]} {place} қаласында болды.",
        f"Жиынға {rnd.choice(orgs)} өкілдері қатысты.",
        f"{place} халықаралық форумы {year} жылы өтті.",
    ]
    return " ".join(sentences[: rnd.randrange(1, 4)]), "kk", f"{year}-{month + 1:02d}-{day:02d}"


def russian(i):
    year = rnd.randrange(1991, 2026)
    day = rnd.randrange(1, 28)
    month = rnd.randrange(12)
    org, place, who = rnd.choice(orgs), rnd.choice(places), person()
    sentences = [
        f"{rnd.choice(ru_titles).capitalize()} {org} {who} {day} {ru_months[month]} {year} года посетил {place}.",
        f"С {year} года организация является членом {rnd.choice(orgs)}.",
    ]
    return " ".join(sentences[: rnd.randrange(1, 3)]), "ru", f"{year}-{month + 1:02d}-{day:02d}"


out = sys.stdout
for i in range(n):
    text, lang, date = (kazakh if i % 3 else russian)(i)
    out.write(json.dumps({"id": f"load-{i}", "text": text, "language": lang, "date": date}, ensure_ascii=False) + "\n")
