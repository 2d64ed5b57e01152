// The /search/ page: reads ?q=, searches as the reader types, and shows results built with DOM calls and
// textContent only, so nothing from the index is ever parsed as HTML. Each result shows where the page sits
// (Section › Title) rather than its address. Typing replaces the history entry; submitting adds one, so
// Back and Forward step through searches.

import { analyze } from './search-analyzer.js';
import { SearchIndex } from './search-engine.js';

const LIMIT = 10;
const LONG_PAGE_HEADINGS = 3;

const form = document.querySelector('.search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const noJs = document.getElementById('search-no-js');
const hint = document.getElementById('search-hint');
const more = document.getElementById('search-more');
const someHeading = document.getElementById('search-some-heading');
const someList = document.getElementById('search-some');
const sectionTitles = JSON.parse(list.dataset.sections || '{}');
const index = new SearchIndex(new URL(list.dataset.index, document.baseURI).href);

let sequence = 0;
let timer = 0;

// The index is compressed; a browser without DecompressionStream keeps the no-JavaScript guidance.
const supported = typeof DecompressionStream === 'function';
noJs.hidden = supported;
// "As you type" is true only now that this script runs.
hint.hidden = !supported;

function queryFromLocation() {
  return new URLSearchParams(window.location.search).get('q') || '';
}

function urlFor(query) {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  return url.href;
}

/** Appends {@code text} to {@code parent}, wrapping words whose analysed term is in {@code terms} in mark. */
function appendHighlighted(parent, text, terms) {
  const chars = Array.from(text);
  let at = 0;
  let marked = 0;
  for (const token of analyze(text)) {
    if (!terms.has(token.term)) continue;
    if (token.start > at) parent.append(document.createTextNode(chars.slice(at, token.start).join('')));
    const mark = document.createElement('mark');
    mark.textContent = chars.slice(token.start, token.end).join('');
    parent.append(mark);
    at = token.end;
    marked++;
  }
  if (at < chars.length) parent.append(document.createTextNode(chars.slice(at).join('')));
  return marked;
}

/** "Section › Sub-section › Title" for a result's href: the titles of the sections its address is in. */
function trailOf(href, title) {
  const path = new URL(href, document.baseURI).pathname;
  const names = [];
  for (let end = path.indexOf('/', 1); end > 0 && end < path.length - 1; end = path.indexOf('/', end + 1)) {
    const name = sectionTitles[path.slice(0, end + 1)];
    if (name) names.push(name);
  }
  if (names.length === 0) names.push('Home');
  names.push(title);
  return names.join(' › ');
}

function countMatches(text, terms) {
  return analyze(text || '').filter((t) => terms.has(t.term)).length;
}

function paragraph(className, ...children) {
  const p = document.createElement('p');
  p.className = className;
  p.append(...children);
  return p;
}

/** A result; on a long page, a link to {@code section}, the section the search found the best match in (0: none). */
function resultItem(doc, terms, section) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = doc.u;
  appendHighlighted(link, doc.t, terms);
  heading.append(link);
  li.append(heading);
  li.append(paragraph('search-result-trail', document.createTextNode(trailOf(doc.u, doc.t))));
  if (doc.n !== undefined) {
    // A content note stands in for every excerpt: distressing text never appears here unasked.
    const label = document.createElement('strong');
    label.textContent = 'Content note: ';
    li.append(paragraph('search-result-note', label, document.createTextNode(doc.n)));
  } else {
    const excerpt = paragraph('search-result-excerpt');
    const best = countMatches(doc.x, terms) > countMatches(doc.d, terms) ? doc.x : doc.d;
    appendHighlighted(excerpt, best || '', terms);
    li.append(excerpt);
  }
  if (doc.h.length >= LONG_PAGE_HEADINGS && section > 0 && section <= doc.h.length) {
    const [id, text] = doc.h[section - 1];
    const sectionLink = document.createElement('a');
    sectionLink.href = `${doc.u}#${encodeURIComponent(id)}`;
    appendHighlighted(sectionLink, text, terms);
    li.append(paragraph('search-result-section', document.createTextNode('Go to section: '), sectionLink));
  }
  return li;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

/** How {@code term} (analysed) is spelt in the pages {@code docs}, lower case; the term itself if it is not found. */
function spellingOf(term, docs) {
  for (const doc of docs) {
    for (const text of [doc.t, doc.d, doc.x, ...doc.h.map((h) => h[1])]) {
      if (!text) continue;
      const chars = Array.from(text);
      const token = analyze(text).find((t) => t.term === term);
      if (token) return chars.slice(token.start, token.end).join('').toLowerCase();
    }
  }
  return term;
}

/**
 * {@code text} with each word whose analysed term a correction starts from replaced: by the corrected
 * spelling (for the status), or by the word in quotes, which searches it exactly (for the link).
 */
function rewrite(text, corrections, replace) {
  const chars = Array.from(text);
  let out = '';
  let at = 0;
  for (const token of analyze(text)) {
    const correction = corrections.find((c) => c.from === token.term);
    if (!correction) continue;
    out += chars.slice(at, token.start).join('') + replace(correction, chars.slice(token.start, token.end).join(''));
    at = token.end;
  }
  return out + chars.slice(at).join('');
}

/** Below a search that found nothing: the A–Z index, Topics, and up to three indexed words near what was typed. */
async function nothingFound(text) {
  const near = await index.nearestTerms(text, 3);
  const docs = await Promise.all(near.map((n) => index.document(n.doc)));
  const parts = [document.createTextNode('Browse the '), link(list.dataset.aZ, 'A–Z index'),
    document.createTextNode(' or '), link(list.dataset.topics, 'Topics'), document.createTextNode('.')];
  if (near.length > 0) {
    parts.push(document.createTextNode(' Words these pages use that are close to yours: '));
    near.forEach((n, i) => {
      const word = spellingOf(n.term, [docs[i]]);
      if (i > 0) parts.push(document.createTextNode(', '));
      parts.push(link(urlFor(word), word));
    });
    parts.push(document.createTextNode('.'));
  }
  return parts;
}

function show(element, children) {
  element.replaceChildren(...children);
  element.hidden = children.length === 0;
}

async function run(query) {
  const mine = ++sequence;
  const text = query.trim();
  if (!supported) return;
  if (!text) {
    list.replaceChildren();
    show(someList, []);
    show(more, []);
    someHeading.hidden = true;
    status.textContent = '';
    return;
  }
  try {
    const found = await index.search(text, LIMIT);
    // Both lists' pages in one batch of requests, not one list after the other.
    const allDocs = await Promise.all([...found.hits, ...found.some.hits].map((hit) => index.document(hit.doc)));
    const docs = allDocs.slice(0, found.hits.length);
    const someDocs = allDocs.slice(found.hits.length);
    const nothing = found.total === 0 && found.some.total === 0 ? await nothingFound(text) : [];
    if (mine !== sequence) return;
    const terms = new Set(found.terms);
    list.replaceChildren(...docs.map((doc, i) => resultItem(doc, terms, found.hits[i].section)));
    show(someList, someDocs.map((doc, i) => resultItem(doc, terms, found.some.hits[i].section)));
    someHeading.hidden = someDocs.length === 0;
    const shown = found.total > LIMIT ? `, showing the best ${LIMIT}` : '';
    let message;
    if (found.total === 0 && found.some.total === 0) {
      message = `No pages found for “${text}”. Try other or fewer words.`;
    } else if (found.total === 0) {
      message = `No page has all the words of “${text}”. ${plural(found.some.total, 'page')} match some of them.`;
    } else {
      const some = found.some.total > 0 ? ` ${plural(found.some.total, 'other page')} match some of your words.` : '';
      message = `${plural(found.total, 'page')} found for “${text}”${shown}.${some}`;
    }
    let help = nothing;
    if (found.corrections.length > 0 && nothing.length === 0) {
      const pages = [...docs, ...someDocs];
      const corrected = rewrite(text, found.corrections, (c) => spellingOf(c.to, pages));
      message = `Showing results for ${corrected}. ${message}`;
      const exact = rewrite(text, found.corrections, (c, typed) => `"${typed}"`);
      help = [document.createTextNode('Search instead for exactly '), link(urlFor(exact), `“${text}”`)];
    }
    status.textContent = message;
    show(more, help);
    status.classList.toggle('search-status-partial', found.total === 0 && found.some.total > 0);
  } catch (error) {
    if (mine !== sequence) return;
    list.replaceChildren();
    show(someList, []);
    someHeading.hidden = true;
    show(more, [document.createTextNode('You can still browse the '), link(list.dataset.aZ, 'A–Z index'),
      document.createTextNode(' or '), link(list.dataset.topics, 'Topics'), document.createTextNode('.')]);
    status.textContent = 'Search could not load. Check your connection and try again.';
  }
}

// A reader who moves into the box is about to search: load the manifest (and learn whether the host answers
// several ranges at once) then, not after the first keystroke. A failure here shows when the search runs.
input.addEventListener('focus', () => {
  if (supported) index.load().catch(() => {});
}, { once: true });

input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    window.history.replaceState({ q: input.value }, '', urlFor(input.value.trim()));
    run(input.value);
  }, 60);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  const query = input.value.trim();
  if (query !== queryFromLocation()) window.history.pushState({ q: query }, '', urlFor(query));
  run(query);
});

window.addEventListener('popstate', () => {
  const query = queryFromLocation();
  input.value = query;
  run(query);
});

const initial = queryFromLocation();
if (initial) {
  input.value = initial;
  run(initial);
}
