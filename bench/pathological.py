#!/usr/bin/env python3
"""Writes one pathological markdown page of about SIZE bytes for each case into DIR/<case>/content/page.md."""
import os
import sys

AT_LIMIT = 9_950

def repeat(unit, size):
    return (unit * (size // len(unit) + 1))[:size]

def paragraphs(unit, size, per_line=20):
    line = unit * per_line
    out = []
    total = 0
    while total < size:
        out.append(line)
        total += len(line) + 1
    return "\n".join(out)

CASES = {
    "spans": lambda n: paragraphs("<span>", n),
    "spans-one-line": lambda n: repeat("<span>", n),
    "lt-runs": lambda n: repeat("< <a <b x ", n),
    "open-comments": lambda n: repeat("<!-- a ", n),
    "emphasis-stars": lambda n: repeat("*", n),
    "emphasis-words": lambda n: paragraphs("*a ", n),
    "underscores": lambda n: repeat("_a ", n),
    "brackets": lambda n: repeat("[", n),
    "bracket-pairs": lambda n: repeat("[a](", n),
    "link-labels": lambda n: repeat("[a]", n),
    "images": lambda n: repeat("![", n),
    "backticks": lambda n: repeat("`a ``b ```c ", n),
    "backtick-runs": lambda n: "\n\n".join(repeat("`", k) for k in range(1, 1500))[:n],
    "table": lambda n: "| a | b | c |\n|---|---|---|\n" + paragraphs("| x | y | z |\n", n, 1),
    "wide-table": lambda n: "|" + "a|" * 2000 + "\n|" + "-|" * 2000 + "\n" + paragraphs("|x" * 2000 + "|\n", n, 1),
    "link-refs": lambda n: "\n".join(f"[r{i}]: /x{i}" for i in range(n // 12)) + "\n\n" + repeat("[r1] ", 1000),
    "entities": lambda n: repeat("&amp;&#123;&#x1F600;&bogus; ", n),
    "wikilinks": lambda n: repeat("[[", n),
    "wikilinks-open": lambda n: repeat("[[a ", n),
    "placeholders": lambda n: repeat("[[helpline:", n),
    "autolinks": lambda n: repeat("www.a http://b ", n),
    "lt-autolinks": lambda n: repeat("<http://a ", n),
    "footnotes": lambda n: repeat("[^", n),
    "quotes": lambda n: paragraphs("> ", 2000, 30) + "\n" + repeat("x ", n - 2000),
    "escapes": lambda n: repeat("\\", n),
    "plain": lambda n: paragraphs("Plain words in a sentence. ", n, 4),
    "list-items": lambda n: repeat("- a\n", n),
    "ordered-items": lambda n: repeat("1. a\n", n),
    "quote-lists": lambda n: repeat("> - a\n", n),
    "footnote-refs": lambda n: repeat("[^1] ", n - 20) + "\n\n[^1]: A note.",
    "star-underscore": lambda n: repeat("*_", n),
    "heading-ids": lambda n: repeat("# a\n", n),
    "setext": lambda n: repeat("a\n=\n", n),
    "link-titles": lambda n: repeat('[a](b "', n),
    # Just under the generator's limit of 10,000 elements a page (ElementCountGuard), whatever SIZE says:
    # the most of each costly shape a page may have, which must still build in time.
    "setext-at-limit": lambda n: "a\n=\n" * AT_LIMIT,
    "list-items-at-limit": lambda n: "- a\n" * AT_LIMIT,
    "footnote-refs-at-limit": lambda n: "[^1] " * (AT_LIMIT // 3) + "\n\n[^1]: A note.",
    "bracket-pairs-at-limit": lambda n: "[a](" * AT_LIMIT,
    "table-at-limit": lambda n: "| a | b | c |\n|---|---|---|\n" + "| x | y | z |\n" * (AT_LIMIT // 5 - 2),
    "entities-at-limit": lambda n: "&amp; " * AT_LIMIT,
    # A long page may have up to 64 elements per 1,024 characters (ElementCountGuard.MAX_ELEMENTS_PER_KB):
    # SIZE bytes of each costly shape at about 60 per 1,024, which the limit lets through and must build in time.
    "setext-dense": lambda n: repeat("abcdefghijklm\n=\n", n),
    "list-items-dense": lambda n: repeat("- abcdefghijklm\n", n),
    "headings-dense": lambda n: repeat("# abcdefghijklm\n", n),
    "links-dense": lambda n: repeat("[a](b) cdefghijk ", n),
    # An ordinary long article (SiteBuilderTest's): a section heading, 20 sentences with a link and an
    # emphasis each, a list and a small table per 1.8 KB; 44 elements per 1,024 characters.
    "long-article": lambda n: repeat("## Section\n\n" + "This paragraph talks calmly about *therapy* and [a link](index.md)"
                                     " with some words. " * 20 + "\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n", n),
}

def main():
    out, size = sys.argv[1], int(sys.argv[2])
    names = sys.argv[3:] or list(CASES)
    for name in names:
        content = os.path.join(out, name, "content")
        os.makedirs(content, exist_ok=True)
        with open(os.path.join(content, "page.md"), "w", encoding="utf-8") as f:
            f.write('---\ntitle: "Page"\ndescription: "A pathological page."\n---\n' + CASES[name](size) + "\n")
    print(" ".join(names))

if __name__ == "__main__":
    main()
