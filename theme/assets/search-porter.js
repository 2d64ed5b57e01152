// A line-by-line port of Lucene 9's org.apache.lucene.analysis.en.PorterStemmer (Porter, 1980), so the
// client stems exactly as the index did. Works on UTF-16 code units, as the Java original does on chars;
// every character but a, e, i, o, u (and y after a consonant) counts as a consonant.

export function porterStem(word) {
  const b = word.split('');
  let k = b.length - 1;
  const k0 = 0;
  let j = 0;
  if (k <= k0 + 1) {
    return word;
  }

  const cons = (i) => {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        return false;
      case 'y':
        return i === k0 ? true : !cons(i - 1);
      default:
        return true;
    }
  };

  const m = () => {
    let n = 0;
    let i = k0;
    for (;;) {
      if (i > j) return n;
      if (!cons(i)) break;
      i++;
    }
    i++;
    for (;;) {
      for (;;) {
        if (i > j) return n;
        if (cons(i)) break;
        i++;
      }
      i++;
      n++;
      for (;;) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
    }
  };

  const vowelinstem = () => {
    for (let i = k0; i <= j; i++) if (!cons(i)) return true;
    return false;
  };

  const doublec = (jj) => {
    if (jj < k0 + 1) return false;
    if (b[jj] !== b[jj - 1]) return false;
    return cons(jj);
  };

  const cvc = (i) => {
    if (i < k0 + 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
    const ch = b[i];
    return !(ch === 'w' || ch === 'x' || ch === 'y');
  };

  const ends = (s) => {
    const l = s.length;
    const o = k - l + 1;
    if (o < k0) return false;
    for (let i = 0; i < l; i++) if (b[o + i] !== s[i]) return false;
    j = k - l;
    return true;
  };

  const setto = (s) => {
    const l = s.length;
    const o = j + 1;
    for (let i = 0; i < l; i++) b[o + i] = s[i];
    k = j + l;
  };

  const r = (s) => {
    if (m() > 0) setto(s);
  };

  const step1 = () => {
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setto('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (m() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelinstem()) {
      k = j;
      if (ends('at')) setto('ate');
      else if (ends('bl')) setto('ble');
      else if (ends('iz')) setto('ize');
      else if (doublec(k)) {
        const ch = b[k--];
        if (ch === 'l' || ch === 's' || ch === 'z') k++;
      } else if (m() === 1 && cvc(k)) setto('e');
    }
  };

  const step2 = () => {
    if (ends('y') && vowelinstem()) b[k] = 'i';
  };

  // Each entry: suffix, replacement; tried in order within the group for b[k - 1] (step 3) or b[k] (step 4).
  const STEP3 = {
    a: [['ational', 'ate'], ['tional', 'tion']],
    c: [['enci', 'ence'], ['anci', 'ance']],
    e: [['izer', 'ize']],
    l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
    o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
    s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
    t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
    g: [['logi', 'log']],
  };
  const STEP4 = {
    e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
    i: [['iciti', 'ic']],
    l: [['ical', 'ic'], ['ful', '']],
    s: [['ness', '']],
  };
  const replaceFirst = (rules) => {
    if (!rules) return;
    for (const [suffix, replacement] of rules) {
      if (ends(suffix)) {
        r(replacement);
        return;
      }
    }
  };

  const step3 = () => {
    if (k === k0) return;
    replaceFirst(Object.prototype.hasOwnProperty.call(STEP3, b[k - 1]) ? STEP3[b[k - 1]] : null);
  };

  const step4 = () => {
    replaceFirst(Object.prototype.hasOwnProperty.call(STEP4, b[k]) ? STEP4[b[k]] : null);
  };

  const step5 = () => {
    if (k === k0) return;
    let found = false;
    switch (b[k - 1]) {
      case 'a': found = ends('al'); break;
      case 'c': found = ends('ance') || ends('ence'); break;
      case 'e': found = ends('er'); break;
      case 'i': found = ends('ic'); break;
      case 'l': found = ends('able') || ends('ible'); break;
      case 'n': found = ends('ant') || ends('ement') || ends('ment') || ends('ent'); break;
      case 'o':
        found = (ends('ion') && j >= 0 && (b[j] === 's' || b[j] === 't')) || ends('ou');
        break;
      case 's': found = ends('ism'); break;
      case 't': found = ends('ate') || ends('iti'); break;
      case 'u': found = ends('ous'); break;
      case 'v': found = ends('ive'); break;
      case 'z': found = ends('ize'); break;
      default: return;
    }
    if (found && m() > 1) k = j;
  };

  const step6 = () => {
    j = k;
    if (b[k] === 'e') {
      const a = m();
      if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === 'l' && doublec(k) && m() > 1) k--;
  };

  step1();
  step2();
  step3();
  step4();
  step5();
  step6();
  return b.slice(0, k + 1).join('');
}
