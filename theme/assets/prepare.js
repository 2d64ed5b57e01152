// Prepare what to say: turns the reader's choices into a draft they can edit, copy and print.
// The phrases are the page's own printed list ([data-phrase]); this module only reads them. It makes no
// request and stores nothing: the draft lives in the text box and nowhere else, is wiped on Clear, when the
// page is left (the exit control, Shift three times, or any other way) and is never restored on reload.
//
// The reader's own edits: until they type in the draft, it is rebuilt from the choices on every change.
// Once they have typed, their text is kept as it is: a new choice's sentence is added at the end (before the
// closing words if those are still unchanged), a choice taken away removes its sentence only where it still
// appears word for word, and a new channel swaps the opening and closing words only where they are unchanged.

const form = document.getElementById('prepare');
const draft = document.getElementById('prepare-draft');
const status = document.getElementById('prepare-status');
const list = document.getElementById('prepare-phrases');
const printCopy = document.getElementById('prepare-print-copy');

const phrases = new Map();
for (const element of document.querySelectorAll('[data-phrase]')) {
  phrases.set(element.dataset.phrase, element.textContent.trim());
}
const defaultChannel = list ? list.dataset.defaultChannel : '';

let edited = false;
let parts = new Map();

function checked(name) {
  return [...form.querySelectorAll('input[name="' + name + '"]:checked')].map((input) => input.value);
}

function labelOf(input) {
  return input.labels && input.labels[0] ? input.labels[0].textContent.trim() : input.value;
}

/** The draft's parts for the current choices, in draft order: key → sentence. Empty when nothing is chosen. */
function partsFor() {
  const concerns = checked('concern');
  const wants = checked('want');
  const chosenChannel = checked('channel')[0];
  const out = new Map();
  if (concerns.length === 0 && wants.length === 0 && !chosenChannel) {
    return out;
  }
  const channel = chosenChannel || defaultChannel;
  out.set('opening', phrases.get('opening:' + channel) || '');
  for (const concern of concerns) {
    out.set('concern:' + concern, phrases.get('concern:' + concern) || '');
  }
  for (const want of wants) {
    out.set('want:' + want, phrases.get('ask:' + channel + ':' + want) || phrases.get('want:' + want) || '');
  }
  out.set('closing', phrases.get('closing:' + channel) || '');
  return out;
}

function join(texts) {
  return texts.filter((text) => text !== '').join('\n\n');
}

function tidy(text) {
  return text.replace(/\n{3,}/g, '\n\n').replace(/^\s+/, '');
}

/** Applies the change from the old parts to the new ones to a draft the reader has edited. */
function merge(text, before, after) {
  let out = text;
  for (const [key, sentence] of before) {
    const next = after.get(key);
    if (next === sentence || sentence === '') {
      continue;
    }
    if (out.includes(sentence)) {
      out = out.replace(sentence, () => (next === undefined ? '' : next));
    }
  }
  const closing = after.get('closing');
  for (const [key, sentence] of after) {
    if (before.has(key) || sentence === '' || out.includes(sentence)) {
      continue;
    }
    if (key !== 'closing' && closing && out.includes(closing)) {
      const at = out.lastIndexOf(closing);
      out = out.slice(0, at) + sentence + '\n\n' + out.slice(at);
    } else {
      out = out.replace(/\s*$/, '') + (out.trim() === '' ? '' : '\n\n') + sentence;
    }
  }
  return tidy(out);
}

function announce(text) {
  // Emptied first, so the same words said twice are announced twice.
  status.textContent = '';
  window.setTimeout(() => { status.textContent = text; }, 50);
}

function describe(input) {
  const label = labelOf(input);
  if (input.type === 'radio') {
    return 'Draft changed for: ' + label + '.';
  }
  return (input.checked ? 'Added to the draft: ' : 'Taken out of the draft: ') + label + '.';
}

function update(input) {
  let next = partsFor();
  if (edited && next.size === 0) {
    // The opening and closing belong to no one choice: in the reader's own draft they stay until Clear.
    next = new Map([...parts].filter(([key]) => key === 'opening' || key === 'closing'));
  }
  const before = draft.value;
  draft.value = edited ? merge(before, parts, next) : join([...next.values()]);
  parts = next;
  let note = '';
  if (edited) {
    note = draft.value === before ? ' You had changed those words, so the draft was left as it is.' : ' Your own words were kept.';
  }
  announce(describe(input) + note);
}

function clearAll() {
  form.reset();
  draft.value = '';
  printCopy.textContent = '';
  edited = false;
  parts = new Map();
}

async function copy() {
  const text = draft.value;
  if (text === '') {
    announce('The draft is empty. Choose what happened first.');
    return;
  }
  try {
    await navigator.clipboard.writeText(text);
    announce('Draft copied. You can paste it where you need it.');
  } catch (error) {
    // No Clipboard API (a page served over plain http) or permission refused: the older copy command may work.
    draft.focus();
    draft.select();
    if (document.execCommand && document.execCommand('copy')) {
      announce('Draft copied. You can paste it where you need it.');
    } else {
      announce('Copying did not work here. The draft is selected: press Control and C, or Command and C, to copy it.');
    }
  }
}

function preparePrint() {
  printCopy.textContent = draft.value;
}

function print() {
  preparePrint();
  window.print();
}

form.addEventListener('change', (event) => {
  if (event.target.matches('input[name="concern"], input[name="want"], input[name="channel"]')) {
    update(event.target);
  }
});
form.addEventListener('submit', (event) => event.preventDefault());
draft.addEventListener('input', () => { edited = draft.value !== ''; });
document.getElementById('prepare-copy').addEventListener('click', copy);
document.getElementById('prepare-print').addEventListener('click', print);
document.getElementById('prepare-clear').addEventListener('click', () => {
  clearAll();
  announce('Cleared. The draft and your choices are gone.');
});
window.addEventListener('beforeprint', preparePrint);
window.addEventListener('afterprint', () => { printCopy.textContent = ''; });
// The exit control (safety.js) says it is leaving; any other way of leaving ends here too, so a page kept in
// the back-forward cache holds no draft.
document.addEventListener('site-exit', clearAll);
window.addEventListener('pagehide', clearAll);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) {
    clearAll();
  }
});

clearAll();
form.hidden = false;
if (list) {
  list.hidden = true;
}
