// The search client's core: loads the static index that the build exported from Lucene and ranks pages
// exactly as Lucene's IndexSearcher would (BM25Similarity defaults, the same field boosts, float
// arithmetic step for step), which RankingParityTest proves. No DOM here: search-page.js shows results.

import { analyze } from './search-analyzer.js';

export const PREFIX_MIN = 3; // never complete a one- or two-letter prefix (junk results)
export const PREFIX_WEIGHT = 0.7;
export const PREFIX_MAX = 20;
export const FUZZY_ONE_MIN = 4; // terms of 4+ letters match at edit distance 1
export const FUZZY_TWO_MIN = 8; // and of 8+ letters at distance 2
export const FUZZY_WEIGHTS = [1, 0.5, 0.3];
export const FUZZY_MAX = 10;

const f32 = Math.fround;

/** Lucene's SmallFloat.byte4ToInt: the field length a norm byte stands for. */
export function lengthOfNorm(norm) {
  if (norm < 24) return norm;
  const i = norm - 24;
  const bits = i & 0x07;
  const shift = (i >>> 3) - 1;
  return 24 + (shift === -1 ? bits : (bits | 0x08) * 2 ** shift);
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VLQ_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < VLQ.length; i++) VLQ_VALUE[VLQ.charCodeAt(i)] = i;

/** Decodes the index's variable-length base-64 integers (see Vlq.java). */
export function decodeVlq(text) {
  const out = new Int32Array(text.length);
  let n = 0;
  let value = 0;
  let shift = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = VLQ_VALUE[text.charCodeAt(i)];
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out[n++] = value;
      value = 0;
      shift = 0;
    }
  }
  return out.subarray(0, n);
}

/** A term's postings string as one flat [docDelta, freq, norm, ...] array per field (null if absent). */
export function decodePostings(text, fieldCount) {
  const values = decodeVlq(text);
  const out = new Array(fieldCount).fill(null);
  let i = 0;
  while (i < values.length) {
    const field = values[i];
    const count = values[i + 1];
    out[field] = values.subarray(i + 2, i + 2 + count * 3);
    i += 2 + count * 3;
  }
  return out;
}

/** Damerau (optimal string alignment) distance, or max + 1 as soon as it must exceed max. */
export function editDistance(a, b, max) {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2 = null;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length];
}

/**
 * Turns query text into clauses. Quoted text becomes a phrase; other words are analysed and any run
 * of them forming a synonym phrase becomes that group's token (longest match first, as Lucene's
 * SynonymGraphFilter does). The last word, when typing has not moved past it, also matches as a prefix.
 * Each clause: {type: 'term', term, prefix, fuzzy} or {type: 'phrase', terms: [{term, offset}]}.
 */
export function parseQuery(text, synonyms) {
  const clauses = [];
  const plain = [];
  const quoted = /"([^"]*)"?/g;
  let last = 0;
  let match;
  while ((match = quoted.exec(text)) !== null) {
    plain.push(text.slice(last, match.index));
    last = quoted.lastIndex;
    const tokens = analyze(match[1]);
    if (tokens.length === 1) {
      clauses.push({ type: 'term', term: tokens[0].term, prefix: false, fuzzy: false });
    } else if (tokens.length > 1) {
      const first = tokens[0].position;
      clauses.push({ type: 'phrase', terms: tokens.map((t) => ({ term: t.term, offset: t.position - first })) });
    }
    if (match[0].length === 0) quoted.lastIndex++;
  }
  const tail = text.slice(last);
  plain.push(tail);
  const words = analyze(plain.join(' ')).map((t) => t.term);
  const typingLastWord = last === 0 || !text.trimEnd().endsWith('"');
  const lastRaw = /(\S+)$/.exec(tail);
  const lastWordTerms = lastRaw && !/\s$/.test(text) ? analyze(lastRaw[1]) : [];
  let i = 0;
  const plainClauses = [];
  while (i < words.length) {
    const found = synonyms ? synonyms.longestMatch(words, i) : null;
    if (found) {
      plainClauses.push({ type: 'term', term: found.token, prefix: false, fuzzy: false, synonym: true });
      i += found.length;
    } else {
      plainClauses.push({ type: 'term', term: words[i], prefix: false, fuzzy: true });
      i++;
    }
  }
  const lastClause = plainClauses[plainClauses.length - 1];
  if (typingLastWord && lastClause && !lastClause.synonym && lastWordTerms.length > 0
      && lastWordTerms[lastWordTerms.length - 1].term === lastClause.term) {
    lastClause.prefix = true;
  }
  return [...plainClauses, ...clauses];
}

/** The synonym phrases of the manifest, for longest-match lookups over analysed terms. */
export class SynonymTable {
  constructor(entries) {
    this.byFirst = new Map();
    for (const [token, ...terms] of entries) {
      const list = this.byFirst.get(terms[0]) || [];
      list.push({ token, terms });
      this.byFirst.set(terms[0], list);
    }
  }

  /** The longest phrase starting at words[start], as {token, length}, or null. */
  longestMatch(words, start) {
    const candidates = this.byFirst.get(words[start]);
    if (!candidates) return null;
    let best = null;
    for (const { token, terms } of candidates) {
      if (start + terms.length > words.length) continue;
      if (best && terms.length <= best.length) continue;
      let ok = true;
      for (let k = 1; k < terms.length; k++) {
        if (words[start + k] !== terms[k]) {
          ok = false;
          break;
        }
      }
      if (ok) best = { token, length: terms.length };
    }
    return best;
  }

  /** Every term of every phrase of the group with this token (to highlight what a synonym matched). */
  termsOf(token) {
    const out = [];
    for (const list of this.byFirst.values()) {
      for (const entry of list) if (entry.token === token) out.push(...entry.terms);
    }
    return out;
  }
}

/** A static index under one base URL (the site's /search/ folder). Fetches each file at most once. */
export class SearchIndex {
  constructor(baseUrl, fetcher = (url) => fetch(url).then((r) => {
    if (!r.ok) throw new Error(`cannot load ${url}: ${r.status}`);
    return r.json();
  })) {
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.fetcher = fetcher;
    this.files = new Map();
    this.manifest = null;
  }

  async load() {
    if (!this.manifest) {
      const m = await this.fetcher(`${this.baseUrl}index.json`);
      this.prepare(m);
    }
    return this.manifest;
  }

  prepare(m) {
    this.manifest = m;
    this.synonyms = new SynonymTable(m.syn);
    const k1 = f32(m.k1);
    const b = f32(m.b);
    this.fieldStats = m.stats.map(([docCount, sumTotalTermFreq]) => {
      const avgdl = f32(sumTotalTermFreq / docCount);
      const cache = new Float64Array(256);
      for (let i = 0; i < 256; i++) {
        cache[i] = f32(1 / f32(k1 * f32(f32(1 - b) + f32(f32(b * lengthOfNorm(i)) / avgdl))));
      }
      return { docCount, cache };
    });
  }

  file(name) {
    if (!this.files.has(name)) {
      const promise = this.fetcher(`${this.baseUrl}${name}?v=${this.manifest.v}`);
      promise.catch(() => this.files.delete(name));
      this.files.set(name, promise);
    }
    return this.files.get(name);
  }

  /** The shard whose term range holds {@code term}: the last whose first term is <= term. */
  shardOf(term) {
    const starts = this.manifest.shards;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  async shard(n) {
    const data = await this.file(`t-${n}.json`);
    if (!data.index) {
      data.index = new Map(data.terms.map((t, i) => [t, i]));
      data.decoded = new Map();
    }
    return data;
  }

  /** Per-field postings of the term in {@code slot} of a loaded shard, decoded once. */
  postings(shard, slot) {
    let out = shard.decoded.get(slot);
    if (!out) {
      out = decodePostings(shard.post[slot], this.manifest.fields.length);
      shard.decoded.set(slot, out);
    }
    return out;
  }

  /** Positions of one term: per field, per posting, the set of its positions (fields without: null). */
  async positions(n, slot, postingsPerField) {
    const group = this.manifest.pgroup;
    const g = Math.floor(n / group);
    const file = await this.file(`p-${g}.json`);
    const deltas = decodeVlq(file.pos[n - g * group][slot]);
    let at = 0;
    return postingsPerField.map((postings) => {
      if (!postings) return null;
      const perPosting = [];
      for (let i = 0; i < postings.length; i += 3) {
        const set = new Set();
        let position = 0;
        for (let j = 0; j < postings[i + 1]; j++) {
          position += deltas[at++];
          set.add(position);
        }
        perPosting.push(set);
      }
      return perPosting;
    });
  }

  /**
   * The variants a term clause matches: [{term, weight, shard, slot}], exact first. Prefix and typo
   * candidates come only from the shard the term itself lives in, so they cost no extra request.
   */
  async variants(clause) {
    const n = this.shardOf(clause.term);
    const shard = await this.shard(n);
    const out = [];
    const exact = shard.index.get(clause.term);
    if (exact !== undefined) out.push({ term: clause.term, weight: 1, shard: n, slot: exact });
    const taken = new Set([clause.term]);
    const length = Array.from(clause.term).length;
    const postingCount = (slot) => this.postings(shard, slot).reduce((sum, p) => sum + (p ? p.length / 3 : 0), 0);
    const rank = (a, b) => a.order - b.order || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
    if (clause.prefix && length >= PREFIX_MIN) {
      const found = [];
      for (let slot = 0; slot < shard.terms.length; slot++) {
        const t = shard.terms[slot];
        if (t !== clause.term && t.startsWith(clause.term)) found.push({ term: t, slot, order: 0, count: postingCount(slot) });
      }
      found.sort(rank);
      for (const c of found.slice(0, PREFIX_MAX)) {
        out.push({ term: c.term, weight: PREFIX_WEIGHT, shard: n, slot: c.slot });
        taken.add(c.term);
      }
    }
    if (clause.fuzzy && length >= FUZZY_ONE_MIN) {
      const max = length >= FUZZY_TWO_MIN ? 2 : 1;
      const found = [];
      for (let slot = 0; slot < shard.terms.length; slot++) {
        const t = shard.terms[slot];
        if (taken.has(t) || t.startsWith('#')) continue;
        const d = editDistance(clause.term, t, max);
        if (d <= max) found.push({ term: t, slot, order: d, count: postingCount(slot) });
      }
      found.sort(rank);
      for (const c of found.slice(0, FUZZY_MAX)) {
        out.push({ term: c.term, weight: FUZZY_WEIGHTS[c.order], shard: n, slot: c.slot });
      }
    }
    return out;
  }

  /** BM25 scores of one term in every field, summed as Lucene's BooleanQuery does, kept per doc as the best variant. */
  termScores(postingsPerField, weight, into) {
    const boosts = this.manifest.boosts;
    const sums = new Float64Array(this.manifest.n);
    const touched = [];
    postingsPerField.forEach((postings, f) => {
      if (!postings) return;
      const { docCount, cache } = this.fieldStats[f];
      const docFreq = postings.length / 3;
      const idf = f32(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
      const w = f32(f32(f32(boosts[f]) * f32(weight)) * idf);
      let doc = 0;
      for (let i = 0; i < postings.length; i += 3) {
        doc += postings[i];
        const s = f32(w - f32(w / f32(1 + f32(postings[i + 1] * cache[postings[i + 2]]))));
        if (sums[doc] === 0) touched.push(doc);
        sums[doc] += s;
      }
    });
    for (const doc of touched) {
      // DisjunctionMaxQuery with tie breaker 0: the best variant counts.
      const s = f32(sums[doc]);
      const previous = into.get(doc);
      if (previous === undefined || s > previous) into.set(doc, s);
    }
  }

  async phraseScores(clause) {
    const scores = new Map();
    const terms = [];
    for (const { term, offset } of clause.terms) {
      const n = this.shardOf(term);
      const shard = await this.shard(n);
      const slot = shard.index.get(term);
      if (slot === undefined) return scores;
      terms.push({ n, slot, offset, post: this.postings(shard, slot) });
    }
    const positions = await Promise.all(terms.map((t) => this.positions(t.n, t.slot, t.post)));
    const boosts = this.manifest.boosts;
    const perDoc = new Map();
    for (let f = 0; f < boosts.length; f++) {
      if (terms.some((t) => !t.post[f])) continue;
      const { docCount, cache } = this.fieldStats[f];
      let idfSum = 0;
      const decoded = terms.map((t, k) => {
        const postings = t.post[f];
        const docFreq = postings.length / 3;
        idfSum += f32(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
        const byDoc = new Map();
        let doc = 0;
        for (let i = 0; i < postings.length; i += 3) {
          doc += postings[i];
          byDoc.set(doc, { positions: positions[k][f][i / 3], norm: postings[i + 2] });
        }
        return byDoc;
      });
      const w = f32(f32(boosts[f]) * f32(idfSum));
      for (const [doc, first] of decoded[0]) {
        if (!decoded.every((m) => m.has(doc))) continue;
        let freq = 0;
        for (const start of first.positions) {
          const base = start - terms[0].offset;
          if (terms.every((t, k) => decoded[k].get(doc).positions.has(base + t.offset))) freq++;
        }
        if (freq === 0) continue;
        const s = f32(w - f32(w / f32(1 + f32(freq * cache[first.norm]))));
        perDoc.set(doc, (perDoc.get(doc) || 0) + s);
      }
    }
    for (const [doc, sum] of perDoc) scores.set(doc, f32(sum));
    return scores;
  }

  /** Map docId -> clause score for one clause, and the index terms it matched. */
  async clauseScores(clause) {
    if (clause.type === 'phrase') {
      return { scores: await this.phraseScores(clause), terms: clause.terms.map((t) => t.term) };
    }
    const variants = await this.variants(clause);
    const scores = new Map();
    const terms = [];
    for (const v of variants) {
      const shard = await this.shard(v.shard);
      this.termScores(this.postings(shard, v.slot), v.weight, scores);
      if (v.term.startsWith('#')) terms.push(...this.synonyms.termsOf(v.term));
      else terms.push(v.term);
    }
    return { scores, terms };
  }

  /**
   * Ranks pages for {@code text}: all clauses must match; when no page matches them all, pages matching
   * some of them, with partial = true. Returns {hits: [{doc, score}], total, partial, terms}.
   */
  async search(text, limit = 10) {
    await this.load();
    const clauses = parseQuery(text, this.synonyms);
    if (clauses.length === 0) return { hits: [], total: 0, partial: false, terms: [] };
    const results = await Promise.all(clauses.map((c) => this.clauseScores(c)));
    const terms = [...new Set(results.flatMap((r) => r.terms))];
    let combined = combine(results, true);
    let partial = false;
    if (combined.length === 0 && clauses.length > 1) {
      combined = combine(results, false);
      partial = combined.length > 0;
    }
    combined.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return { hits: combined.slice(0, limit), total: combined.length, partial, terms };
  }

  /** Display data of a document. */
  async document(doc) {
    const size = this.manifest.chunk;
    const chunk = await this.file(`d-${Math.floor(doc / size)}.json`);
    return chunk[doc % size];
  }
}

function combine(results, requireAll) {
  const out = [];
  const [first, ...rest] = results;
  const candidates = requireAll ? first.scores.keys() : new Set(results.flatMap((r) => [...r.scores.keys()]));
  for (const doc of candidates) {
    let sum = 0;
    let all = true;
    for (const r of results) {
      const s = r.scores.get(doc);
      if (s === undefined) {
        all = false;
        if (requireAll) break;
      } else {
        sum += s;
      }
    }
    if (requireAll && !all) continue;
    out.push({ doc, score: f32(sum) });
  }
  void rest;
  return out;
}
