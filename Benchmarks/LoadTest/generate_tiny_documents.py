#!/usr/bin/env python3
"""Generates N tiny JSONL documents (0-4 words each) for the "10 million tiny documents" test of
RELIABILITY.md: ids are unique, texts cycle through empty strings, punctuation, single names
from the gazetteers' kind (places, organisations, people) and numbers, so that per-document
overhead (reading, batching, output, the store's rows) dominates. Deterministic.

    python3 Benchmarks/LoadTest/generate_tiny_documents.py 10000000 > /tmp/tiny-10m.jsonl
"""
import json
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
texts = ["", ".", "Астана", "Астанада.", "Алматы", "ҚР Президенті", "Әлия Мұстафина", "2025 жылы",
         "ЮНЕСКО", "Москве", "30.10.2025", "Ақорда", "ok", "—", "Қарағандыда болды.", "Минфин РК"]
out = sys.stdout
write = out.write
for i in range(n):
    write('{"id":"t%d","text":%s}\n' % (i, json.dumps(texts[i % len(texts)], ensure_ascii=False)))
