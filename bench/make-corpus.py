#!/usr/bin/env python3
"""Write a deterministic synthetic corpus for the build benchmark.

    python3 bench/make-corpus.py N OUTDIR

OUTDIR receives:
  content/            N articles in ~20 folders plus content/index.md (our generator's content folder)
  site-config.yaml    config for our generator: content_dir -> OUTDIR/content, theme_dir -> the repo's theme
  hugo/               a Hugo site of the same markdown (hugo.toml, content/, layouts/, static/)

Every article has valid front matter (title, description, tags, date, last_reviewed, next_review and no
other key), 3-6 '##' sections, bullet lists, one GFM table and 3-8 relative links to other articles of the
corpus, written '../folder/slug.md' so that every target exists. Body words come from a 5,000-word
pseudo-vocabulary drawn with Zipf's law (exponent 1.1), about 1,000 words an article.

Same N and same Python 3 minor version -> byte-identical files: every article draws from its own
random.Random seeded from (SEED, index), and only the link targets depend on N.
Standard library only.
"""

import bisect
import datetime
import itertools
import os
import random
import shutil
import sys
from pathlib import Path

SEED = 20261126
VOCABULARY_SIZE = 5000
ZIPF_EXPONENT = 1.1
TARGET_WORDS = 1000

# Twenty folders, as in a real knowledge base; articles are spread over them round-robin.
FOLDERS = [
    "recognising-harm", "your-rights", "complaints", "boundaries", "consent", "power-and-control",
    "anti-oppressive-practice", "cultural-safety", "disability", "neurodivergence", "lgbtq-affirming",
    "racism-in-therapy", "trauma-informed-care", "ending-therapy", "finding-a-therapist",
    "self-advocacy", "recovery", "for-practitioners", "research", "glossary-notes",
]
TAGS = ["harm", "rights", "complaints", "boundaries", "consent", "self-advocacy", "recovery", "practice"]

ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl",
          "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "y", "z"]
NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "oo", "ou"]
CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng", "ck"]


def vocabulary():
    """5,000 distinct pronounceable lower-case words; rank 1 is the most frequent."""
    rng = random.Random(SEED)
    words, seen = [], set()
    while len(words) < VOCABULARY_SIZE:
        syllables = 1 + min(rng.randrange(4), rng.randrange(4))  # mostly short words, like real text
        word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables))
        if word not in seen:
            seen.add(word)
            words.append(word)
    # Frequent words are short in real text; ranking by length keeps the bytes per word realistic.
    return sorted(words, key=len)


class ZipfWords:
    """Draws words with P(rank r) proportional to 1 / r^s."""

    def __init__(self, words, exponent):
        self.words = words
        self.cumulative = list(itertools.accumulate(1.0 / (rank ** exponent) for rank in range(1, len(words) + 1)))
        self.total = self.cumulative[-1]

    def draw(self, rng, count):
        return [self.words[bisect.bisect(self.cumulative, rng.random() * self.total)] for _ in range(count)]


class Article:
    def __init__(self, index, rng, words):
        self.index = index
        self.rng = rng
        self.folder = FOLDERS[index % len(FOLDERS)]
        self.title_words = [w.capitalize() for w in words.draw(rng, rng.randint(3, 6))]
        self.slug = "%05d-%s" % (index, "-".join(w.lower() for w in self.title_words[:3]))
        self.title = " ".join(self.title_words)

    @property
    def path(self):
        return "%s/%s.md" % (self.folder, self.slug)


def sentence(rng, words, count):
    drawn = words.draw(rng, count)
    if rng.random() < 0.15 and count > 4:  # a little inline emphasis, as real articles have
        i = rng.randrange(count - 1)
        drawn[i] = ("**%s**" if rng.random() < 0.5 else "*%s*") % drawn[i]
    text = " ".join(drawn)
    return text[0].upper() + text[1:] + "."


def paragraph(rng, words, word_budget, links):
    """A paragraph of about word_budget words; each entry in links becomes one inline link."""
    sentences, used = [], 0
    while used < word_budget:
        n = rng.randint(8, 22)
        sentences.append(sentence(rng, words, n))
        used += n
    for label, target in links:
        i = rng.randrange(len(sentences))
        sentences[i] = sentences[i][:-1] + ", see [%s](%s)." % (label, target)
    return " ".join(sentences), used


def bullet_list(rng, words):
    items = [" ".join(words.draw(rng, rng.randint(4, 12))) for _ in range(rng.randint(3, 6))]
    return "\n".join("- " + item[0].upper() + item[1:] for item in items), sum(len(i.split()) for i in items)


def table(rng, words):
    header = [w.capitalize() for w in words.draw(rng, 3)]
    rows = [[" ".join(words.draw(rng, rng.randint(1, 4))) for _ in range(3)] for _ in range(rng.randint(3, 5))]
    lines = ["| " + " | ".join(header) + " |", "| --- | --- | --- |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines), 3 + sum(len(cell.split()) for row in rows for cell in row)


def front_matter(article, words, rng):
    day = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    reviewed = day + datetime.timedelta(days=rng.randrange(365))
    tags = sorted(rng.sample(TAGS, rng.randint(1, 3)))
    description = sentence(rng, words, rng.randint(10, 18))
    return "\n".join([
        "---",
        'title: "%s"' % article.title,
        'description: "%s"' % description.replace("*", ""),
        "tags: [%s]" % ", ".join(tags),
        "date: %s" % day.isoformat(),
        "last_reviewed: %s" % reviewed.isoformat(),
        "next_review: %s" % (reviewed + datetime.timedelta(days=365)).isoformat(),
        "---",
        "",
    ])


def article_text(article, articles, words):
    rng = article.rng
    header = front_matter(article, words, rng)
    others = [a for a in (articles[rng.randrange(len(articles))] for _ in range(12)) if a is not article]
    targets = list(dict.fromkeys(others))[:rng.randint(3, 8)]
    links = [(" ".join(t.title_words[:3]).lower(), "../%s/%s.md" % (t.folder, t.slug)) for t in targets]

    section_count = rng.randint(3, 6)
    table_section = rng.randrange(section_count)
    per_section = int(TARGET_WORDS * 0.92) // section_count  # sentences run past their budget
    parts, total = [], 0
    for s in range(section_count):
        heading = " ".join(words.draw(rng, rng.randint(2, 5)))
        parts.append("## " + heading[0].upper() + heading[1:])
        budget = per_section
        section_links = links[s::section_count]
        if rng.random() < 0.7:
            text, n = bullet_list(rng, words)
            parts.append(text)
            budget -= n
        if s == table_section:
            text, n = table(rng, words)
            parts.append(text)
            budget -= n
        paragraphs = rng.randint(1, 3)
        for p in range(paragraphs):
            text, n = paragraph(rng, words, max(20, budget // paragraphs), section_links[p::paragraphs])
            parts.append(text)
        total += per_section
    return header + "\n" + "\n\n".join(parts) + "\n"


def index_text(articles):
    featured = articles[:: max(1, len(articles) // 20)][:20]
    lines = [
        "---",
        'title: "Synthetic benchmark corpus"',
        'description: "A generated knowledge base of %d articles for timing the build."' % len(articles),
        "tags: [practice]",
        "date: 2026-01-01",
        "last_reviewed: 2026-01-01",
        "next_review: 2027-01-01",
        "---",
        "",
        "## Start here",
        "",
    ]
    lines += ["- [%s](%s)" % (a.title, a.path) for a in featured]
    return "\n".join(lines) + "\n"


HUGO_CONFIG = """\
baseURL = "https://example.org/"
languageCode = "en-gb"
title = "Synthetic benchmark corpus"
# Our generator writes neither taxonomy pages, feeds nor a sitemap yet; keep Hugo's work comparable.
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""

HUGO_LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a class="site-name" href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>{{ .Site.Params.description }}</p></footer>
</body>
</html>
""",
    "_default/single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
{{ .Content }}
</article>
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="article-list">
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
{{ end }}
""",
    # Our generator turns '../folder/page.md' into the page's URL; make Hugo do the same work.
    "_default/_markup/render-link.html": """\
{{- $dest := .Destination -}}
{{- if strings.HasSuffix $dest ".md" -}}{{- with .Page.GetPage $dest -}}{{- $dest = .RelPermalink -}}{{- end -}}{{- end -}}
<a href="{{ $dest | safeURL }}">{{ .Text | safeHTML }}</a>
{{- /* no trailing newline inside the paragraph */ -}}
""",
    "index.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
<section aria-labelledby="all-articles">
<h2 id="all-articles">All articles</h2>
<ul class="article-list">
{{ range .Site.RegularPages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
{{ end }}</ul>
</section>
{{ end }}
""",
}


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3 or not argv[1].isdigit() or int(argv[1]) < 2:
        sys.exit("usage: make-corpus.py N OUTDIR   (N >= 2 articles)")
    count, out = int(argv[1]), Path(argv[2]).resolve()
    repo = Path(__file__).resolve().parent.parent
    theme = repo / "theme"
    if not (theme / "templates").is_dir():
        sys.exit("make-corpus.py: theme not found at %s" % theme)

    for stale in ("content", "hugo"):
        shutil.rmtree(out / stale, ignore_errors=True)
    words = ZipfWords(vocabulary(), ZIPF_EXPONENT)
    articles = [Article(i, random.Random("%d-%d" % (SEED, i)), words) for i in range(count)]
    hugo = out / "hugo"
    for article in articles:
        text = article_text(article, articles, words)
        write(out / "content" / article.path, text)
        write(hugo / "content" / article.path, text)
    home = index_text(articles)
    write(out / "content" / "index.md", home)
    # Hugo's home page is content/_index.md; a root index.md would turn the whole site into one bundle.
    write(hugo / "content" / "_index.md", home)

    write(out / "site-config.yaml", "\n".join([
        "# Generated by bench/make-corpus.py for the build benchmark.",
        'title: "Synthetic benchmark corpus"',
        'description: "A generated knowledge base for timing the build."',
        'base_url: "https://example.org/"',
        "language: en-GB",
        'content_dir: "%s"' % (out / "content"),
        'theme_dir: "%s"' % theme,
        "output_dir: public",
        "",
    ]))
    write(hugo / "hugo.toml", HUGO_CONFIG + '[params]\ndescription = "A generated knowledge base for timing the build."\n')
    for name, text in HUGO_LAYOUTS.items():
        write(hugo / "layouts" / name, text)
    for asset in sorted((theme / "assets").glob("*.css")):
        write(hugo / "static" / asset.name, asset.read_text(encoding="utf-8"))
    print("wrote %d articles + index.md to %s" % (count, out))


if __name__ == "__main__":
    main(sys.argv)
