// The query analysis of the search index, reproducing Lucene 9's EnglishAnalyzer chain token for token:
// StandardTokenizer (Unicode UAX#29 word boundaries, as Lucene's grammar applies them), English
// possessive filter, lower case, English stop words, Porter stemming. Proved by AnalyzerParityTest.

import { porterStem } from './search-porter.js';

// Word-break classes (UAX#29), approximated with the Unicode properties JavaScript regular expressions know.
const EXTEND = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200D\p{Emoji_Modifier}]/u;
const FORMAT_EXCLUDED = /[\u200B\u200E\u200F\u2028\u2029\uFEFF]/u;
const HAN = /\p{Script=Han}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const KATAKANA = /[\p{Script=Katakana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u;
const COMPLEX = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=Ahom}]/u;
const HEBREW = /[\p{Script=Hebrew}&&\p{Letter}]/v;
const ALETTER = /[\p{Alphabetic}\u02C2-\u02C5\u02D2-\u02D7\u02DE\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u055A-\u055C\u055E\u058A\u05F3\uA708-\uA716\uA720\uA721\uA789\uA78A\uAB5B]/u;
const NUMERIC = /\p{Nd}/u;
const EXTEND_NUM_LET = /\p{Pc}/u;
const MID_LETTER = /[\u003A\u00B7\u0387\u055F\u05F4\u2027\uFE13\uFE55\uFF1A]/u;
const MID_NUM = /[\u002C\u003B\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B]/u;
const MID_NUM_LET = /[\u002E\u2018\u2019\u2024\uFE52\uFF07\uFF0E\u0027]/u;
const DOUBLE_QUOTE = /"/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;

const A = 1; // ALetter and Hebrew letters (AHLetter)
const N = 2; // Numeric
const K = 3; // Katakana
const E = 4; // ExtendNumLet
const ML = 5; // MidLetter
const MN = 6; // MidNum
const MNL = 7; // MidNumLet and single quote: both a MidLetter and a MidNum
const X = 8; // Extend, Format, ZWJ: belongs to the character before it
const IDEO = 9; // Han or Hiragana: one token each
const SA = 10; // South East Asian scripts: runs kept together
const EMOJI = 11;
const DQ = 12;
const RI = 13; // regional indicators: a pair is one flag
const OTHER = 0;

const classCache = new Map();

function classify(ch) {
  let c = classCache.get(ch);
  if (c !== undefined) return c;
  if (EXTEND.test(ch) && !FORMAT_EXCLUDED.test(ch)) c = X;
  else if (HAN.test(ch) || HIRAGANA.test(ch)) c = IDEO;
  else if (KATAKANA.test(ch)) c = K;
  else if (COMPLEX.test(ch) && !NUMERIC.test(ch)) c = SA;
  else if (NUMERIC.test(ch)) c = N;
  else if (ALETTER.test(ch)) c = A;
  else if (EXTEND_NUM_LET.test(ch)) c = E;
  else if (MID_NUM_LET.test(ch)) c = MNL;
  else if (MID_LETTER.test(ch)) c = ML;
  else if (MID_NUM.test(ch)) c = MN;
  else if (DOUBLE_QUOTE.test(ch)) c = DQ;
  else if (PICTOGRAPHIC.test(ch)) c = EMOJI;
  else if (REGIONAL_INDICATOR.test(ch)) c = RI;
  else c = OTHER;
  classCache.set(ch, c);
  return c;
}

const MAX_TOKEN_LENGTH = 255;

/** Splits text into the words Lucene's StandardTokenizer emits, with their positions. */
export function tokenize(text) {
  const chars = Array.from(text);
  const classes = chars.map(classify);
  const tokens = [];
  let position = -1;
  let i = 0;
  // Index just past the character at i and the Extend/Format/ZWJ characters that follow it.
  const after = (at) => {
    let p = at + 1;
    while (p < chars.length && classes[p] === X) p++;
    return p;
  };
  // start and end are code point indices into the text, for highlighting.
  const emit = (start, end) => {
    let word = chars.slice(start, end).join('');
    // Lucene's scanner buffer holds 255 chars; longer words come out in pieces.
    while (word.length > MAX_TOKEN_LENGTH) {
      tokens.push({ term: word.slice(0, MAX_TOKEN_LENGTH), position: ++position, start, end });
      word = word.slice(MAX_TOKEN_LENGTH);
    }
    tokens.push({ term: word, position: ++position, start, end });
  };
  while (i < chars.length) {
    const c = classes[i];
    if (c === A || c === N || c === K || c === E) {
      const start = i;
      let last = c;
      i = after(i);
      let sawNonE = c !== E;
      for (;;) {
        if (i >= chars.length) break;
        const next = classes[i];
        if (next === A || next === N) {
          if (last === K) break;
          last = next;
          sawNonE = true;
          i = after(i);
        } else if (next === K) {
          if (last === A || last === N) break;
          last = K;
          sawNonE = true;
          i = after(i);
        } else if (next === E) {
          last = E;
          i = after(i);
        } else if (next === ML || next === MN || next === MNL) {
          const j = after(i);
          const following = j < chars.length ? classes[j] : OTHER;
          const letterJoin = last === A && (next === ML || next === MNL) && following === A;
          const numberJoin = last === N && (next === MN || next === MNL) && following === N;
          if (!letterJoin && !numberJoin) break;
          i = j;
        } else {
          break;
        }
      }
      if (sawNonE) emit(start, i);
    } else if (c === IDEO) {
      const end = after(i);
      emit(i, end);
      i = end;
    } else if (c === SA) {
      const start = i;
      while (i < chars.length && (classes[i] === SA || classes[i] === X)) i++;
      emit(start, i);
    } else if (c === EMOJI) {
      const start = i;
      i = after(i);
      while (i < chars.length && chars[i - 1] === '\u200D' && classes[i] === EMOJI) i = after(i);
      emit(start, i);
    } else if (c === RI && after(i) < chars.length && classes[after(i)] === RI) {
      const end = after(after(i));
      emit(i, end);
      i = end;
    } else {
      i++;
    }
  }
  return tokens;
}

export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is',
  'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there',
  'these', 'they', 'this', 'to', 'was', 'will', 'with']);

/** Java's Character.toLowerCase, code point by code point (no final sigma, no dotted-I expansion). */
export function lowerCase(word) {
  let out = '';
  for (const ch of word) {
    if (ch === '\u0130') {
      out += 'i';
      continue;
    }
    const lower = ch.toLowerCase();
    out += Array.from(lower).length === 1 ? lower : ch;
  }
  return out;
}

const APOSTROPHES = new Set(["'", '\u2019', '\uFF07']);

function stripPossessive(word) {
  if (word.length >= 2 && APOSTROPHES.has(word[word.length - 2])
      && (word[word.length - 1] === 's' || word[word.length - 1] === 'S')) {
    return word.slice(0, -2);
  }
  return word;
}

/** The English chain: tokens of {@code text} as Lucene indexes them, with positions counting stop words. */
export function analyze(text) {
  const out = [];
  for (const token of tokenize(text)) {
    const lower = lowerCase(stripPossessive(token.term));
    if (STOP_WORDS.has(lower)) continue;
    out.push({ term: porterStem(lower), position: token.position, start: token.start, end: token.end });
  }
  return out;
}
