// Live reload for `kb serve` only. The dev server adds this script to the pages it serves; a built
// site never loads it. It listens to the server's event stream: after a rebuild it reloads this page
// if the page changed (keeping the scroll position), and when a build fails it shows the errors over
// the last good version of the page.

const SCROLL_KEY = 'kbLiveReloadScrollY';
const OVERLAY_ID = 'kb-build-errors';

let serverId = null;

restoreScroll();

const events = new EventSource('/__kb/events');

events.addEventListener('hello', (event) => {
  const data = JSON.parse(event.data);
  if (serverId !== null && data.server !== serverId) {
    // serve was restarted: the site may have changed in any way.
    reloadKeepingScroll();
    return;
  }
  serverId = data.server;
  hideOverlay();
});

events.addEventListener('reload', (event) => {
  const data = JSON.parse(event.data);
  hideOverlay();
  const notFound = navigationStatus() === 404;
  const reload = data.all || data.pages.includes(currentPage()) || (notFound && data.pages.length > 0);
  // Lets tools (and the tests) see a rebuild that left this page as it was.
  window.dispatchEvent(new CustomEvent('kb:rebuilt', { detail: { reload } }));
  if (reload) {
    reloadKeepingScroll();
  }
});

events.addEventListener('diagnostics', (event) => {
  showOverlay(JSON.parse(event.data));
});

function currentPage() {
  const path = location.pathname;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function navigationStatus() {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation && typeof navigation.responseStatus === 'number' ? navigation.responseStatus : 200;
}

function reloadKeepingScroll() {
  // history.state survives a reload and is private to this tab; no storage is used.
  history.replaceState({ ...(history.state || {}), [SCROLL_KEY]: window.scrollY }, '');
  location.reload();
}

function restoreScroll() {
  const state = history.state;
  if (!state || typeof state[SCROLL_KEY] !== 'number') {
    return;
  }
  const y = state[SCROLL_KEY];
  const rest = { ...state };
  delete rest[SCROLL_KEY];
  history.replaceState(Object.keys(rest).length > 0 ? rest : null, '');
  window.scrollTo(0, y);
}

function ensureStyles() {
  if (document.getElementById('kb-live-reload-styles')) {
    return;
  }
  const link = document.createElement('link');
  link.id = 'kb-live-reload-styles';
  link.rel = 'stylesheet';
  link.href = new URL('./live-reload.css', import.meta.url).href;
  document.head.append(link);
}

function element(name, className, text) {
  const node = document.createElement(name);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function place(d) {
  if (d.line <= 0) {
    return d.path;
  }
  return d.column <= 0 ? `${d.path}:${d.line}` : `${d.path}:${d.line}:${d.column}`;
}

function showOverlay(data) {
  ensureStyles();
  hideOverlay();
  const overlay = element('aside', 'kb-build-errors');
  overlay.id = OVERLAY_ID;
  overlay.setAttribute('role', 'alert');
  overlay.setAttribute('aria-labelledby', `${OVERLAY_ID}-title`);
  const title = element('h2', 'kb-build-errors__title', 'The site could not be rebuilt');
  title.id = `${OVERLAY_ID}-title`;
  overlay.append(title);
  overlay.append(element('p', 'kb-build-errors__summary',
    `${data.summary}. Below is the last version of this page that built. Fix the problems and save: this message goes away by itself.`));
  const list = element('ol', 'kb-build-errors__list');
  for (const d of data.diagnostics) {
    const item = element('li', `kb-build-errors__item kb-build-errors__item--${d.severity}`);
    const head = element('p', 'kb-build-errors__message');
    head.append(element('code', 'kb-build-errors__location', place(d)));
    head.append(document.createTextNode(` ${d.severity}: ${d.message}`));
    item.append(head);
    if (d.hint) {
      item.append(element('p', 'kb-build-errors__hint', `hint: ${d.hint}`));
    }
    list.append(item);
  }
  overlay.append(list);
  const hide = element('button', 'kb-build-errors__hide', 'Hide this message');
  hide.type = 'button';
  hide.addEventListener('click', hideOverlay);
  overlay.append(hide);
  document.body.prepend(overlay);
}

function hideOverlay() {
  const overlay = document.getElementById(OVERLAY_ID);
  if (overlay) {
    overlay.remove();
  }
}
