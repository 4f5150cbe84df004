#!/usr/bin/env python3
"""Generates a catalogue CSV for benchmarking `shejire enrich` (fixed seed, deterministic).

Each row is an archival record: id, title, description, date, fond. Descriptions are Kazakh,
Russian, English or mixed sentences built from real-looking templates with names, organisations,
places and dates from the shipped gazetteers' world; about one row in ten has a quoted comma,
a doubled quote or a line break inside a field, so the CSV reader's quoting paths are exercised.

    python3 Benchmarks/EnrichBenchmark/generate_catalogue.py --mb 1000 > /tmp/catalogue-1g.csv
"""
import argparse
import random
import sys

PEOPLE = ["Әлия Мұстафина", "Абай Құнанбайұлы", "Нұрсұлтан Назарбаев", "Қасым-Жомарт Тоқаев", "Алия Мустафина",
          "Ерлан Қарин", "Aliya Mustafina", "Мұхтар Әуезов", "Шоқан Уәлиханов", "Ахмет Байтұрсынұлы"]
PLACES_KK = ["Астанада", "Алматыда", "Шымкентте", "Қарағандыда", "Барселонада", "Ақтөбеде", "Атырауда", "Парижде"]
PLACES_RU = ["в Астане", "в Алматы", "в Шымкенте", "в Караганде", "в Барселоне", "в Москве", "в Париже"]
PLACES_EN = ["in Astana", "in Almaty", "in Barcelona", "in Paris", "in Shymkent"]
ORGS_KK = ["ҚР Президенті архивінің", "Ұлттық архивтің", "Халықаралық архивтер кеңесінің", "Ұлттық кітапхананың"]
ORGS_RU = ["Национального архива Республики Казахстан", "Архива Президента Республики Казахстан", "Международного совета архивов"]
ORGS_EN = ["the Archive of the President of Kazakhstan", "the International Council on Archives", "the National Archive of Kazakhstan"]
MONTHS_KK = ["қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"]
MONTHS_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def sentence(rng):
    year = rng.randint(1920, 2025)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    kind = rng.random()
    person = rng.choice(PEOPLE)
    if kind < 0.45:
        return (f"{year} жылғы {day} {MONTHS_KK[month - 1]} {rng.choice(PLACES_KK)} {rng.choice(ORGS_KK)} директоры "
                f"{person} бастаған делегация құжаттарды таныстырды.")
    if kind < 0.75:
        return (f"Директор {rng.choice(ORGS_RU)} {person} встретился {rng.choice(PLACES_RU)} с делегацией "
                f"{day} {MONTHS_RU[month - 1]} {year} года.")
    if kind < 0.92:
        return (f"On {day} {MONTHS_EN[month - 1]} {year} {rng.choice(ORGS_EN)} signed an agreement "
                f"{rng.choice(PLACES_EN)}; {person} spoke.")
    return f"Хат {rng.choice(PLACES_KK)} жазылған. Письмо {rng.choice(PLACES_RU)}, {year} жыл, {person}."


def field(value):
    if any(c in value for c in ',"\n\r'):
        return '"' + value.replace('"', '""') + '"'
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=100, help="approximate size in MB (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    out = sys.stdout
    target = int(args.mb * 1_000_000)
    written = 0
    header = "id,title,description,date,fond\n"
    out.write(header)
    written += len(header.encode())
    row = 0
    while written < target:
        row += 1
        description = " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
        title = rng.choice(["Хаттама", "Протокол", "Letter", "Хат", "Фотосурет", "Отчёт"])
        if rng.random() < 0.1:
            title += ', "' + rng.choice(["Архив-2024", "Шежіре", "Recollections"]) + '"'
        if rng.random() < 0.05:
            description += "\nЕскерту: " + sentence(rng)
        date = f"{rng.randint(1920, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        line = ",".join([f"rec-{row}", field(title), field(description), date, f"Ф. {rng.randint(1, 300)}"]) + "\n"
        out.write(line)
        written += len(line.encode())


if __name__ == "__main__":
    main()
