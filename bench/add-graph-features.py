#!/usr/bin/env python3
"""Give a corpus from make-corpus.py what the link stage works on besides links and tags.

    python3 bench/add-graph-features.py CONTENT_DIR

- content/glossary/: 40 entries whose terms are words used across the corpus (ranks 40-79 by how many
  articles use them), each with one synonym (the next-ranked word after the 40 terms), so most pages link
  several terms and list them under "Terms used on this page".
- learning paths: in each folder, the first 10 articles (by file name) form a series, series_order 1-10.

Deterministic: the same corpus gives the same files. Standard library only.
"""

import collections
import re
import sys
from pathlib import Path

TERMS = 40
SERIES_LENGTH = 10


def main():
    content = Path(sys.argv[1])
    articles = sorted(p for p in content.rglob("*.md") if p.name != "index.md" and p.parent.name != "glossary")
    used_in = collections.Counter()
    for path in articles[:2000]:
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        used_in.update(set(re.findall(r"[a-z]{4,}", body)))
    ranked = [word for word, _ in sorted(used_in.items(), key=lambda kv: (-kv[1], kv[0]))]
    terms, synonyms = ranked[40:40 + TERMS], ranked[40 + TERMS:40 + 2 * TERMS]

    glossary = content / "glossary"
    glossary.mkdir(exist_ok=True)
    for term, synonym in zip(terms, synonyms):
        (glossary / (term + ".md")).write_text("\n".join([
            "---",
            'title: "%s"' % term.capitalize(),
            'description: "A made-up word the benchmark uses as a glossary term."',
            'synonyms: ["%s"]' % synonym,
            "date: 2026-01-01",
            "last_reviewed: 2026-01-01",
            "next_review: 2027-01-01",
            "---",
            "",
            "An entry of the synthetic glossary.",
            "",
        ]), encoding="utf-8")

    by_folder = collections.defaultdict(list)
    for path in articles:
        by_folder[path.parent.name].append(path)
    for folder, paths in sorted(by_folder.items()):
        for order, path in enumerate(paths[:SERIES_LENGTH], start=1):
            text = path.read_text(encoding="utf-8")
            head = 'series: "Path through %s"\nseries_order: %d\n' % (folder, order)
            path.write_text(text.replace("\ndate: ", "\n" + head + "date: ", 1), encoding="utf-8")
    print("added %d glossary entries and %d learning paths" % (len(terms), len(by_folder)), file=sys.stderr)


if __name__ == "__main__":
    main()
