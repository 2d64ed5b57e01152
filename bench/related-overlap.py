#!/usr/bin/env python3
"""Compares the related-articles lists of two built sites (e.g. main's and a branch's output folders).

Usage: related-overlap.py BEFORE_DIR AFTER_DIR [--list]
Prints the mean top-5 overlap |before ∩ after| / 5 over pages that have a list in either build, how many
pages changed, and with --list each changed page's two lists. Reads the <section class="related"> cards.
"""
import os
import re
import sys

SECTION = re.compile(r'<section class="related".*?</section>', re.S)
LINK = re.compile(r'<a class="card-link" href="([^"]+)"')


def lists(root):
    out = {}
    for folder, _, files in os.walk(root):
        if "index.html" in files:
            path = os.path.join(folder, "index.html")
            with open(path, encoding="utf-8", errors="replace") as f:
                html = f.read()
            match = SECTION.search(html)
            out[os.path.relpath(folder, root)] = LINK.findall(match.group(0)) if match else []
    return out


def main():
    before, after = lists(sys.argv[1]), lists(sys.argv[2])
    pages = sorted(p for p in set(before) | set(after) if before.get(p) or after.get(p))
    total, changed = 0.0, []
    for page in pages:
        a, b = before.get(page, []), after.get(page, [])
        total += len(set(a) & set(b)) / 5
        if a != b:
            changed.append((page, a, b))
    print(f"pages with related lists: {len(pages)}; changed: {len(changed)}; "
          f"mean top-5 overlap: {total / max(1, len(pages)):.3f}")
    if "--list" in sys.argv:
        for page, a, b in changed:
            print(f"{page}\n  before: {' '.join(a)}\n  after:  {' '.join(b)}")


if __name__ == "__main__":
    main()
