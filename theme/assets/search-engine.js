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
/** A match only through a synonym group counts this much of a match of the words the reader typed. */
export const SYNONYM_WEIGHT = 0.4;
/** When fewer pages than this have every word, pages with some of them are listed too. */
export const SOME_BELOW = 5;
/** A search that finds nothing suggests indexed words at most this many edits from what was typed. */
export const NEAREST_MAX_EDITS = 3;

/** Lucene's minimum_should_match of "two thirds" (rounded down, at least one) for {@code n} words. */
export function minimumShouldMatch(n) {
  return Math.max(1, Math.floor((2 * n) / 3));
}

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

/** Reads the unsigned LEB128 varints of the index's binary segments (see ByteSink.java). */
class Bytes {
  constructor(bytes, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  varint() {
    const bytes = this.bytes;
    let byte = bytes[this.at++];
    let value = byte & 0x7f;
    let shift = 7;
    while (byte & 0x80) {
      byte = bytes[this.at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    return value;
  }

  varints(count) {
    const out = new Int32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.varint();
    return out;
  }
}

const utf8 = new TextDecoder();

/**
 * A term's postings block: per field (null where the term is absent) its postings as
 * {docs (ascending doc ids), freqs, norms}, and for {@code sectionField} also sections: per doc the
 * section whose own text matches the term best (0: none after the introduction; i: the i-th heading).
 */
export function decodePostings(bytes, start, end, fieldCount, sectionField = -1) {
  const out = new Array(fieldCount).fill(null);
  const r = new Bytes(bytes, start);
  while (r.at < end) {
    const field = r.varint();
    const count = r.varint();
    const docs = r.varints(count);
    for (let i = 1; i < count; i++) docs[i] += docs[i - 1];
    const freqs = r.varints(count);
    const norms = bytes.subarray(r.at, r.at + count);
    r.at += count;
    out[field] = field === sectionField ? { docs, freqs, norms, sections: r.varints(count) } : { docs, freqs, norms };
  }
  return out;
}

/** An empty final DEFLATE block: closes a run of segments, which each end with a sync flush. */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

/**
 * Inflates compressed segments laid end to end in one call of the browser's own decompressor (each call
 * has a fixed cost of about a millisecond, so ten small calls cost ten times one) and splits the output at each segment's length prefix.
 * The parts are written straight into the decompressor: wrapping them in a Blob first cost about 2 ms a
 * query in Chromium, as every Blob is registered with the browser process.
 */
async function inflateSegments(parts) {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  // A corrupt segment errors the stream: that surfaces below, from the readable side, so the
  // writer's own promises are only kept from being reported as unhandled.
  Promise.all([...parts, FINAL_BLOCK].map((part) => writer.write(part)).concat(writer.close())).catch(() => {});
  const bytes = new Uint8Array(await new Response(inflater.readable).arrayBuffer());
  const reader = new Bytes(bytes);
  const out = [];
  while (reader.at < bytes.length) {
    const length = reader.varint();
    out.push(bytes.subarray(reader.at, reader.at + length));
    reader.at += length;
  }
  if (out.length !== parts.length || reader.at !== bytes.length) {
    throw new Error(`search index: ${parts.length} segments inflated to ${out.length}`);
  }
  return out;
}

/** A shard's terms segment: sorted terms, and where each term's postings block starts. */
class Shard {
  constructor(bytes, sectionField) {
    this.sectionField = sectionField;
    const r = new Bytes(bytes);
    const count = r.varint();
    const length = r.varint();
    this.terms = count === 0 ? [] : utf8.decode(bytes.subarray(r.at, r.at + length)).split('\n');
    r.at += length;
    this.starts = new Int32Array(count + 1);
    const lengths = r.varints(count);
    this.starts[0] = r.at;
    for (let i = 0; i < count; i++) this.starts[i + 1] = this.starts[i] + lengths[i];
    this.bytes = bytes;
    this.decoded = new Map();
  }

  /** The slot of the first term >= {@code term} (terms.length if none). */
  lowerBound(term) {
    return lowerBound(this.terms, term);
  }

  slotOf(term) {
    const slot = this.lowerBound(term);
    return this.terms[slot] === term ? slot : undefined;
  }

  postings(slot, fieldCount) {
    let out = this.decoded.get(slot);
    if (!out) {
      out = decodePostings(this.bytes, this.starts[slot], this.starts[slot + 1], fieldCount, this.sectionField);
      this.decoded.set(slot, out);
    }
    return out;
  }

  postingCount(slot, fieldCount) {
    return this.postings(slot, fieldCount).reduce((sum, p) => sum + (p ? p.docs.length : 0), 0);
  }
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
 * Then question and filler words ({@code filler}, analysed terms such as "how", "my", "can") are dropped
 * as a query-time stop filter, unless nothing else is left. Each clause: {type: 'term', term, prefix,
 * fuzzy} or {type: 'phrase', terms: [{term, offset}]}.
 */
export function parseQuery(text, synonyms, filler = new Set()) {
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
      plainClauses.push({ type: 'term', term: found.token, prefix: false, fuzzy: false, synonym: true,
        words: words.slice(i, i + found.length) });
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
  const meaningful = plainClauses.filter((c) => c.synonym || !filler.has(c.term));
  return [...(meaningful.length > 0 || clauses.length > 0 ? meaningful : plainClauses), ...clauses];
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

}

/** Requests closer than this many bytes in one pack file are fetched as one range. */
const COALESCE_GAP = 1024;

/**
 * On a host that answers one range per request, neighbouring runs of segments in one pack file closer than
 * this are fetched as one range, the bytes between them fetched and dropped: a request costs the browser
 * about as much as a few KB more of one response (bench/pagefind-compare.sh, README).
 */
export const ONE_RANGE_GAP = 8192;

/** And at most this many such bytes in all per batch, so that merging never costs a query much. */
export const ONE_RANGE_OVERFETCH = 16384;

/** At most this many ranges go in one request (Apache answers more than 200 with the whole file). */
const MAX_RANGES = 64;

/** The file under the index's base URL that the client asks for two ranges of at once (IndexExporter). */
const RANGE_PROBE = 'ranges.txt';

const CRLF2 = [13, 10, 13, 10];
const latin1 = new TextDecoder('latin1');

/** Where {@code pattern} (bytes) first occurs in {@code bytes} at or after {@code from}, or -1. */
function indexOfBytes(bytes, pattern, from) {
  const last = bytes.length - pattern.length;
  for (let i = from; i <= last; i++) {
    let j = 0;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return i;
  }
  return -1;
}

/**
 * The parts of a 206 response as [{start, bytes}]: each part of a multipart/byteranges body (RFC 9110
 * §14.6), or the one range a single-part answer names in its Content-Range header. Each part is read by
 * the length its Content-Range gives, so bytes that happen to spell the boundary cannot cut it short.
 * Returns null for anything malformed or truncated.
 */
export function byteRangeParts(contentType, contentRange, bytes) {
  const named = (header) => {
    const m = /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header || '');
    return m && Number(m[2]) >= Number(m[1]) ? { start: Number(m[1]), length: Number(m[2]) - Number(m[1]) + 1 } : null;
  };
  const multipart = /^\s*multipart\/byteranges\s*;(?:.*;)?\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType || '');
  if (!multipart) {
    const range = named(contentRange);
    return range && range.length === bytes.length ? [{ start: range.start, bytes }] : null;
  }
  const delimiter = Array.from(`--${multipart[1] || multipart[2]}`, (c) => c.charCodeAt(0));
  const parts = [];
  let at = indexOfBytes(bytes, delimiter, 0);
  while (at >= 0) {
    at += delimiter.length;
    if (bytes[at] === 45 && bytes[at + 1] === 45) return parts; // the closing delimiter
    const headEnd = indexOfBytes(bytes, CRLF2, at);
    if (headEnd < 0) return null;
    const header = /^content-range:(.*)$/im.exec(latin1.decode(bytes.subarray(at, headEnd)));
    const range = header && named(header[1]);
    const from = headEnd + CRLF2.length;
    if (!range || from + range.length > bytes.length) return null;
    parts.push({ start: range.start, bytes: bytes.subarray(from, from + range.length) });
    at = indexOfBytes(bytes, delimiter, from + range.length);
  }
  return null;
}

/**
 * Whether the host answers a request for two ranges with both in one multipart response. Never rejects:
 * any other answer (the whole file, only the first range, an error) means no.
 */
async function answersSeveralRanges(url) {
  try {
    const response = await fetch(url, { headers: { Range: 'bytes=0-1,4-5' }, cache: 'no-store' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 206) return false;
    const parts = byteRangeParts(response.headers.get('Content-Type'), response.headers.get('Content-Range'), bytes);
    return parts !== null && parts.length === 2 && parts[0].start === 0 && parts[0].bytes.length === 2
      && parts[1].start === 4 && parts[1].bytes.length === 2;
  } catch {
    return false;
  }
}

/**
 * A static index under one base URL (the site's /search/ folder): the manifest, and segments read from
 * the pack files with HTTP range requests. Segments asked for in the same turn of the event loop are
 * fetched together, neighbours in one range; each is fetched and inflated at most once. Where the host
 * answers several ranges in one response (nginx, Apache and Caddy do; Varnish refuses them, S3 sends the
 * whole file), all the ranges a batch needs from one pack file go in one request, so a query's ten results
 * cost one or two requests instead of ten; where it answers one range per request, segments a few KB apart
 * in one pack file share a range, the bytes between them fetched and dropped. A host that ignores Range
 * sends the whole file, which is then kept and sliced.
 */
export class SearchIndex {
  constructor(baseUrl) {
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    this.manifest = null;
    this.segments = new Map();
    this.queue = [];
    this.wholeFiles = new Map();
    this.severalRanges = false;
    this.loading = null;
  }

  /**
   * Loads the manifest and, in the same round trip, asks whether the host answers several ranges at once
   * and starts the browser's decompressor, so the first query neither waits for either nor falls back to
   * one request per range because the probe had not answered yet. Concurrent calls share one load.
   */
  load() {
    if (!this.loading) {
      const manifest = fetch(`${this.baseUrl}index.json`).then((response) => {
        if (!response.ok) throw new Error(`cannot load the search index: ${response.status}`);
        return response.json();
      });
      const probe = answersSeveralRanges(`${this.baseUrl}${RANGE_PROBE}`);
      const warm = inflateSegments([]).catch(() => {});
      this.loading = Promise.all([manifest, probe, warm]).then(([m, several]) => {
        this.severalRanges = several;
        this.prepare(m);
        return m;
      });
      this.loading.catch(() => { this.loading = null; });
    }
    return this.loading;
  }
  prepare(m) {
    this.manifest = m;
    this.synonyms = new SynonymTable(m.syn);
    this.filler = new Set(m.filler || []);
    this.fieldCount = m.fields.length;
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
    // Where each segment lives: segments fill the pack files in order, never crossing a file's end.
    const lengths = decodeVlq(m.seg);
    this.locations = [];
    let file = 0;
    let at = 0;
    for (const length of lengths) {
      if (at + length > m.packs[file][1]) {
        file++;
        at = 0;
      }
      this.locations.push({ file, start: at, end: at + length });
      at += length;
    }
    this.scratch = { sums: new Float64Array(m.n), stamp: new Int32Array(m.n), touched: new Int32Array(m.n), round: 0 };
  }

  /** Segment {@code k}, inflated: a promise of its bytes. */
  segment(k) {
    let promise = this.segments.get(k);
    if (!promise) {
      promise = new Promise((resolve, reject) => this.queue.push({ k, resolve, reject }));
      promise.catch(() => this.segments.delete(k));
      this.segments.set(k, promise);
      if (this.queue.length === 1) queueMicrotask(() => this.flush());
    }
    return promise;
  }

  /**
   * Fetches every queued segment: neighbours in one file share a range request, the requests go out
   * together, and everything they bring is inflated in one call.
   */
  flush() {
    const queued = this.queue.sort((x, y) => x.k - y.k);
    this.queue = [];
    const runs = [];
    for (const item of queued) {
      const run = runs[runs.length - 1];
      const loc = this.locations[item.k];
      const last = run ? this.locations[run[run.length - 1].k] : null;
      if (last && last.file === loc.file && loc.start - last.end <= COALESCE_GAP) run.push(item);
      else runs.push([item]);
    }
    this.fetchBatch(queued, this.severalRanges ? runs : this.mergeForOneRange(runs));
  }

  /**
   * For a host that answers one range per request: joins runs of one pack file into one range across the
   * smallest gaps first, each gap at most ONE_RANGE_GAP, until ONE_RANGE_OVERFETCH bytes between runs are spent.
   * Runs are in file order, as segments fill the pack files in order.
   */
  mergeForOneRange(runs) {
    const gaps = [];
    for (let i = 1; i < runs.length; i++) {
      const before = this.locations[runs[i - 1][runs[i - 1].length - 1].k];
      const after = this.locations[runs[i][0].k];
      const gap = after.start - before.end;
      if (before.file === after.file && !this.wholeFiles.has(after.file) && gap <= ONE_RANGE_GAP) {
        gaps.push({ i, gap });
      }
    }
    gaps.sort((a, b) => a.gap - b.gap || a.i - b.i);
    const join = new Uint8Array(runs.length);
    let spent = 0;
    for (const { i, gap } of gaps) {
      if (spent + gap > ONE_RANGE_OVERFETCH) break;
      spent += gap;
      join[i] = 1;
    }
    const out = [];
    runs.forEach((run, i) => {
      if (join[i]) out[out.length - 1] = out[out.length - 1].concat(run);
      else out.push(run);
    });
    return out;
  }

  async fetchBatch(items, runs) {
    try {
      const spans = runs.map((run) => {
        const first = this.locations[run[0].k];
        return { file: first.file, start: first.start, end: this.locations[run[run.length - 1].k].end };
      });
      const bytes = await this.read(spans);
      const parts = runs.map((run, i) => run.map(({ k }) => bytes[i].subarray(
        this.locations[k].start - spans[i].start, this.locations[k].end - spans[i].start)));
      const segments = await inflateSegments(parts.flat());
      items.forEach((item, i) => item.resolve(segments[i]));
    } catch (e) {
      for (const item of items) item.reject(e);
    }
  }

  /** The bytes of every span {file, start, end}, in order: per pack file one request when the host allows. */
  async read(spans) {
    const byFile = new Map();
    spans.forEach((span, i) => {
      if (!byFile.has(span.file)) byFile.set(span.file, []);
      byFile.get(span.file).push(i);
    });
    const out = new Array(spans.length);
    const reads = [];
    for (const [file, indexes] of byFile) {
      if (this.severalRanges && indexes.length > 1 && !this.wholeFiles.has(file)) {
        for (let g = 0; g < indexes.length; g += MAX_RANGES) {
          const group = indexes.slice(g, g + MAX_RANGES);
          reads.push(this.ranges(file, group.map((i) => spans[i])).then((got) => {
            group.forEach((i, j) => { out[i] = got[j]; });
          }));
        }
      } else {
        for (const i of indexes) {
          reads.push(this.range(file, spans[i].start, spans[i].end).then((got) => { out[i] = got; }));
        }
      }
    }
    await Promise.all(reads);
    return out;
  }

  /**
   * Several spans of pack file {@code file} in one request. A host that turns out not to answer them as
   * asked (the whole file, only some of the ranges) is not asked for several again.
   */
  async ranges(file, spans) {
    const [name] = this.manifest.packs[file];
    const response = await fetch(`${this.baseUrl}${name}`, {
      headers: { Range: `bytes=${spans.map((s) => `${s.start}-${s.end - 1}`).join(',')}` },
      cache: 'no-store',
    });
    if (response.status === 200) {
      this.severalRanges = false;
      const whole = await this.keepWhole(file, response);
      return spans.map((s) => whole.subarray(s.start, s.end));
    }
    if (response.status === 206) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const parts = byteRangeParts(response.headers.get('Content-Type'), response.headers.get('Content-Range'), bytes);
      // A host may merge neighbouring ranges into one part, so a span is found in whichever part holds it.
      const found = parts && spans.map((s) => {
        const part = parts.find((p) => p.start <= s.start && s.end <= p.start + p.bytes.length);
        return part ? part.bytes.subarray(s.start - part.start, s.end - part.start) : null;
      });
      if (found && found.every((f) => f !== null)) return found;
    } else {
      await response.arrayBuffer().catch(() => {});
    }
    this.severalRanges = false;
    return Promise.all(spans.map((s) => this.range(file, s.start, s.end)));
  }

  /** Bytes [start, end) of pack file {@code file}. */
  async range(file, start, end) {
    const [name] = this.manifest.packs[file];
    const whole = this.wholeFiles.get(file);
    if (whole) return (await whole).subarray(start, end);
    // 'no-store': the browser's cache keeps ranges as sparse entries, which made each request about 1 ms
    // slower here, and the cached pieces would show later which words someone looked up.
    const response = await fetch(`${this.baseUrl}${name}`, {
      headers: { Range: `bytes=${start}-${end - 1}` },
      cache: 'no-store',
    });
    if (response.status === 206) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.length !== end - start) throw new Error(`${name}: asked for ${end - start} bytes, got ${bytes.length}`);
      return bytes;
    }
    if (response.status === 200) return (await this.keepWhole(file, response)).subarray(start, end);
    throw new Error(`cannot load ${name}: ${response.status}`);
  }

  /** The host ignored Range and sent all of pack file {@code file}: keep it for every later read. */
  keepWhole(file, response) {
    const [name, size] = this.manifest.packs[file];
    const promise = response.arrayBuffer().then((buffer) => {
      if (buffer.byteLength !== size) throw new Error(`${name}: expected ${size} bytes, got ${buffer.byteLength}`);
      return new Uint8Array(buffer);
    });
    this.wholeFiles.set(file, promise);
    promise.catch(() => this.wholeFiles.delete(file));
    return promise;
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
    const bytes = await this.segment(2 * n);
    if (!bytes.shard) bytes.shard = new Shard(bytes, this.manifest.sec);
    return bytes.shard;
  }

  /** Positions of one term: per field, per posting, the set of its positions (fields without: null). */
  async positions(n, slot, postingsPerField) {
    const bytes = await this.segment(2 * n + 1);
    const r = new Bytes(bytes);
    const count = (await this.shard(n)).terms.length;
    const lengths = r.varints(count);
    let at = r.at;
    for (let i = 0; i < slot; i++) at += lengths[i];
    r.at = at;
    return postingsPerField.map((postings) => {
      if (!postings) return null;
      const perPosting = [];
      for (let i = 0; i < postings.freqs.length; i++) {
        const set = new Set();
        let position = 0;
        for (let j = 0; j < postings.freqs[i]; j++) {
          position += r.varint();
          set.add(position);
        }
        perPosting.push(set);
      }
      return perPosting;
    });
  }

  /**
   * The variants a term clause matches: [{term, weight, shard, slot, fuzzy}], exact first. Prefix and typo
   * candidates come only from the shard the term itself lives in, so they cost no extra request. Typo
   * variants are looked for only when the term itself is not in the index (Lucene's spell checkers'
   * SUGGEST_WHEN_NOT_IN_INDEX), so a page with the exact word never loses to an edit-distance neighbour.
   */
  async variants(clause) {
    const n = this.shardOf(clause.term);
    const shard = await this.shard(n);
    const out = [];
    const exact = shard.slotOf(clause.term);
    if (exact !== undefined) out.push({ term: clause.term, weight: 1, shard: n, slot: exact });
    const taken = new Set([clause.term]);
    const length = Array.from(clause.term).length;
    const count = (slot) => shard.postingCount(slot, this.fieldCount);
    const rank = (a, b) => a.order - b.order || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
    if (clause.prefix && length >= PREFIX_MIN) {
      const found = [];
      for (let slot = shard.lowerBound(clause.term); slot < shard.terms.length; slot++) {
        const t = shard.terms[slot];
        if (!t.startsWith(clause.term)) break;
        if (t !== clause.term) found.push({ term: t, slot, order: 0, count: count(slot) });
      }
      found.sort(rank);
      for (const c of found.slice(0, PREFIX_MAX)) {
        out.push({ term: c.term, weight: PREFIX_WEIGHT, shard: n, slot: c.slot });
        taken.add(c.term);
      }
    }
    if (clause.fuzzy && exact === undefined && length >= FUZZY_ONE_MIN) {
      const max = length >= FUZZY_TWO_MIN ? 2 : 1;
      const found = [];
      for (let slot = 0; slot < shard.terms.length; slot++) {
        const t = shard.terms[slot];
        if (taken.has(t) || t.startsWith('#')) continue;
        const d = editDistance(clause.term, t, max);
        if (d <= max) found.push({ term: t, slot, order: d, count: count(slot) });
      }
      found.sort(rank);
      for (const c of found.slice(0, FUZZY_MAX)) {
        out.push({ term: c.term, weight: FUZZY_WEIGHTS[c.order], shard: n, slot: c.slot, fuzzy: true });
      }
    }
    return out;
  }

  /**
   * Adds one variant's BM25 score (its fields summed, as Lucene's BooleanQuery does) to a clause,
   * keeping per doc the best variant (DisjunctionMaxQuery, tie breaker 0).
   */
  termScores(postingsPerField, weight, clause) {
    const boosts = this.manifest.boosts;
    const { sums, stamp, touched } = this.scratch;
    const round = ++this.scratch.round;
    let count = 0;
    postingsPerField.forEach((postings, f) => {
      if (!postings) return;
      const { docCount, cache } = this.fieldStats[f];
      const { docs, freqs, norms } = postings;
      const docFreq = docs.length;
      const idf = f32(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
      const w = f32(f32(f32(boosts[f]) * f32(weight)) * idf);
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i];
        const s = f32(w - f32(w / f32(1 + f32(freqs[i] * cache[norms[i]]))));
        if (stamp[doc] !== round) {
          stamp[doc] = round;
          sums[doc] = 0;
          touched[count++] = doc;
        }
        sums[doc] += s;
      }
    });
    for (let i = 0; i < count; i++) clause.offer(touched[i], f32(sums[touched[i]]));
  }

  async phraseScores(clause) {
    const result = new ClauseResult(this.manifest.n);
    // Every word's shard and positions are asked for in one batch: their places are known from the terms.
    const shards = clause.terms.map(({ term }) => this.shardOf(term));
    const loaded = await Promise.all(shards.map((n) => Promise.all([this.shard(n), this.segment(2 * n + 1)])));
    const terms = [];
    for (let k = 0; k < clause.terms.length; k++) {
      const shard = loaded[k][0];
      const slot = shard.slotOf(clause.terms[k].term);
      if (slot === undefined) return result;
      terms.push({ n: shards[k], slot, offset: clause.terms[k].offset, post: shard.postings(slot, this.fieldCount) });
    }
    const positions = await Promise.all(terms.map((t) => this.positions(t.n, t.slot, t.post)));
    const boosts = this.manifest.boosts;
    const perDoc = new Map();
    for (let f = 0; f < boosts.length; f++) {
      if (terms.some((t) => !t.post[f])) continue;
      const { docCount, cache } = this.fieldStats[f];
      let idfSum = 0;
      const decoded = terms.map((t, k) => {
        const { docs, norms } = t.post[f];
        const docFreq = docs.length;
        idfSum += f32(Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5)));
        const byDoc = new Map();
        for (let i = 0; i < docs.length; i++) byDoc.set(docs[i], { positions: positions[k][f][i], norm: norms[i] });
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
    for (const [doc, sum] of perDoc) result.offer(doc, f32(sum));
    return result;
  }

  /**
   * One clause's {result: ClauseResult, terms: the index terms it matched, correction}: correction is
   * {from, to} when the term itself is not in the index and only typo variants matched, to being the best.
   */
  async clauseScores(clause) {
    if (clause.type === 'phrase') {
      return { result: await this.phraseScores(clause), terms: clause.terms.map((t) => t.term), correction: null };
    }
    if (clause.synonym) return this.synonymScores(clause);
    const variants = await this.variants(clause);
    const correction = variants.length > 0 && variants.every((v) => v.fuzzy)
      ? { from: clause.term, to: variants[0].term } : null;
    const result = new ClauseResult(this.manifest.n);
    const terms = [];
    for (const v of variants) {
      const shard = await this.shard(v.shard);
      this.termScores(shard.postings(v.slot, this.fieldCount), v.weight, result);
      terms.push(v.term);
    }
    return { result, terms, correction };
  }

  /**
   * A synonym phrase's clause: per doc the better (DisjunctionMaxQuery) of the typed words themselves, all
   * of them, summed (a BooleanQuery of MUST clauses), and the group's token at SYNONYM_WEIGHT. So a page
   * reached only through the group ranks below one with the reader's own words, and only those words
   * are highlighted.
   */
  async synonymScores(clause) {
    const n = this.manifest.n;
    const result = new ClauseResult(n);
    const token = await this.exactPostings(clause.term);
    if (token) this.termScores(token, SYNONYM_WEIGHT, result);
    const words = await Promise.all(clause.words.map((w) => this.exactPostings(w)));
    if (words.every((w) => w !== null)) {
      const each = words.map((postings) => {
        const r = new ClauseResult(n);
        this.termScores(postings, 1, r);
        return r;
      });
      for (const doc of each[0].docs) {
        if (!each.every((r) => r.has[doc])) continue;
        let sum = 0;
        for (const r of each) sum += r.scores[doc];
        result.offer(doc, f32(sum));
      }
    }
    return { result, terms: clause.words, correction: null };
  }

  /** The postings of {@code term} itself (per field, as decodePostings), or null when no page has it. */
  async exactPostings(term) {
    const shard = await this.shard(this.shardOf(term));
    const slot = shard.slotOf(term);
    return slot === undefined ? null : shard.postings(slot, this.fieldCount);
  }

  /**
   * Ranks pages for {@code text}. A synonym phrase of several words that matches no page is replaced by
   * its words, one clause each. hits: pages matching every clause. When fewer than SOME_BELOW do,
   * some.hits: the other pages matching at least minimumShouldMatch of the clauses (Lucene's BooleanQuery
   * of SHOULD clauses with that minimum). Returns {hits: [{doc, score}], total, some: {hits, total}, terms,
   * corrections: [{from, to}]}.
   */
  async search(text, limit = 10) {
    await this.load();
    let clauses = parseQuery(text, this.synonyms, this.filler);
    const none = { hits: [], total: 0 };
    if (clauses.length === 0) return { ...none, some: none, terms: [], corrections: [] };
    let results = await Promise.all(clauses.map((c) => this.clauseScores(c)));
    // A phrase of several words that is in a synonym group but on no page, neither whole nor through its group,
    // would block every page: its words then count one by one, as if the phrase were not in the table.
    const unmatched = (c, i) => c.synonym && c.words.length > 1 && results[i].result.docs.length === 0;
    if (clauses.some(unmatched)) {
      clauses = clauses.flatMap((c, i) => {
        if (!unmatched(c, i)) return [c];
        const kept = c.words.filter((w) => !this.filler.has(w));
        return (kept.length > 0 ? kept : c.words).map((w) => ({ type: 'term', term: w, prefix: false, fuzzy: true }));
      });
      results = await Promise.all(clauses.map((c) => this.clauseScores(c)));
    }
    // Filler words ("my" of a synonym phrase such as "report my therapist") are neither highlighted nor
    // vote for a section, unless the reader typed nothing else.
    const matched = [...new Set(results.flatMap((r) => r.terms))];
    const meaningful = matched.filter((t) => !this.filler.has(t));
    const terms = meaningful.length > 0 ? meaningful : matched;
    const corrections = results.map((r) => r.correction).filter((c) => c !== null);
    const clauseResults = results.map((r) => r.result);
    const found = combine(clauseResults, clauses.length, false, limit);
    let some = none;
    if (found.total < SOME_BELOW && clauses.length > 1) {
      some = combine(clauseResults, minimumShouldMatch(clauses.length), true, limit);
    }
    await this.addSections([...found.hits, ...some.hits], terms);
    return { hits: found.hits, total: found.total, some, terms, corrections };
  }

  /**
   * Sets each hit's section: the section of its page that the matched terms favour (each term votes for
   * the section whose own text matches it best, weighted by the term's idf in the body, so a rare word
   * outvotes a common one; ties go to the earlier section), 0 when none after the introduction.
   * Synonym group tokens never vote: the section is for the words the reader typed. Reads no new data:
   * the terms' shards are those the search has just read.
   */
  async addSections(hits, terms) {
    const field = this.manifest.sec;
    if (field === undefined || hits.length === 0) return;
    const postings = (await Promise.all(terms.map((t) => this.exactPostings(t))))
      .map((p) => (p ? p[field] : null)).filter((p) => p && p.sections);
    const { docCount } = this.fieldStats[field];
    const idf = postings.map((p) => Math.log(1 + (docCount - p.docs.length + 0.5) / (p.docs.length + 0.5)));
    for (const hit of hits) {
      const votes = new Map();
      postings.forEach((p, k) => {
        const i = lowerBound(p.docs, hit.doc);
        if (p.docs[i] !== hit.doc || p.sections[i] === 0) return;
        votes.set(p.sections[i], (votes.get(p.sections[i]) || 0) + idf[k]);
      });
      let section = 0;
      for (const [s, v] of votes) {
        if (section === 0 || v > votes.get(section) || (v === votes.get(section) && s < section)) section = s;
      }
      hit.section = section;
    }
  }

  /**
   * Up to {@code max} indexed words nearest (by edit distance, then by how many pages use them) to the
   * meaningful words of {@code text}, for a search that found nothing: [{term, doc}], doc a page using it.
   * Only the shards the typed words live in are read, which the search has already fetched.
   */
  async nearestTerms(text, max = 3) {
    await this.load();
    const words = [...new Set(analyze(text).map((t) => t.term).filter((t) => !this.filler.has(t)))];
    const found = [];
    for (const word of words) {
      const shard = await this.shard(this.shardOf(word));
      shard.terms.forEach((term, slot) => {
        if (term.startsWith('#') || term === word) return;
        const distance = editDistance(word, term, NEAREST_MAX_EDITS);
        if (distance > NEAREST_MAX_EDITS) return;
        const postings = shard.postings(slot, this.fieldCount).filter((p) => p !== null);
        const count = postings.reduce((sum, p) => sum + p.docs.length, 0);
        found.push({ term, distance, count, doc: Math.min(...postings.map((p) => p.docs[0])) });
      });
    }
    found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.term < b.term ? -1 : 1));
    const out = [];
    for (const f of found) {
      if (out.length === max) break;
      if (!out.some((o) => o.term === f.term)) out.push({ term: f.term, doc: f.doc });
    }
    return out;
  }

  /** Display data of a document: {u, t, d, x, h} or, for a page with a content note, {u, t, n, h}. */
  async document(doc) {
    const size = this.manifest.chunk;
    const bytes = await this.segment(2 * this.manifest.shards.length + Math.floor(doc / size));
    if (!bytes.docs) bytes.docs = JSON.parse(utf8.decode(bytes));
    return bytes.docs[doc % size];
  }
}

/** The index of the first element of the ascending {@code values} that is >= {@code value}. */
function lowerBound(values, value) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One clause's score per matching doc, dense over doc ids, with the matching docs listed. */
class ClauseResult {
  constructor(n) {
    this.scores = new Float32Array(n);
    this.has = new Uint8Array(n);
    this.docs = [];
  }

  offer(doc, score) {
    if (!this.has[doc]) {
      this.has[doc] = 1;
      this.scores[doc] = score;
      this.docs.push(doc);
    } else if (score > this.scores[doc]) {
      this.scores[doc] = score;
    }
  }
}

/**
 * Docs matching at least {@code minimum} clauses (and, with {@code notAll}, not every one), scored by the
 * sum of their clause scores in clause order: {hits: the best {@code limit} as [{doc, score}] by score
 * then doc, total}.
 */
function combine(results, minimum, notAll, limit) {
  const requireAll = minimum === results.length;
  let candidates;
  if (requireAll) {
    candidates = results.reduce((a, b) => (b.docs.length < a.docs.length ? b : a)).docs;
  } else {
    const seen = new Uint8Array(results[0].has.length);
    candidates = [];
    for (const r of results) {
      for (const doc of r.docs) {
        if (!seen[doc]) {
          seen[doc] = 1;
          candidates.push(doc);
        }
      }
    }
  }
  const top = [];
  let total = 0;
  for (const doc of candidates) {
    let sum = 0;
    let matched = 0;
    for (const r of results) {
      if (r.has[doc]) {
        sum += r.scores[doc];
        matched++;
      } else if (requireAll) {
        break;
      }
    }
    if (matched < minimum || (notAll && matched === results.length)) continue;
    total++;
    const score = f32(sum);
    if (top.length === limit) {
      const worst = top[limit - 1];
      if (score < worst.score || (score === worst.score && doc > worst.doc)) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && (top[i - 1].score < score || (top[i - 1].score === score && top[i - 1].doc > doc))) i--;
    top.splice(i, 0, { doc, score });
  }
  return { hits: top, total };
}
