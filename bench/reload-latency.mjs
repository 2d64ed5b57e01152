#!/usr/bin/env node
// Measures what an author waits for in `kb serve`: from saving an article's markdown to
//   (1) the rebuilt page being on disk, and
//   (2) an open page in headless Chromium having reloaded itself (its load event),
// over several edits of one article. Used by bench/serve-latency.sh; needs Node 20+ run with
// --experimental-websocket (Node 22+ has WebSocket built in) and Debian's /usr/bin/chromium.
//
//   node --experimental-websocket bench/reload-latency.mjs PAGE_URL ARTICLE_MD OUTPUT_HTML [EDITS] [WARMUP]
//
// Times are wall-clock milliseconds on this machine's clock: the start is taken just before the file
// is written; "on disk" when an inotify event for the output file shows the new text; "reloaded" is
// the page's own performance.timeOrigin + loadEventEnd, so no polling delay is counted.
// Prints one JSON line with every sample, the medians, the 95th percentiles (nearest rank) and the maxima.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [pageUrl, articleFile, outputFile, editsArg, warmupArg] = process.argv.slice(2);
if (!pageUrl || !articleFile || !outputFile) {
  console.error('usage: reload-latency.mjs PAGE_URL ARTICLE_MD OUTPUT_HTML [EDITS] [WARMUP]');
  process.exit(2);
}
const edits = Number(editsArg || 30);
const warmup = Number(warmupArg || 3);
const TIMEOUT_MS = 60_000;
// How long the author looks at the reloaded page before saving again. Past serve's 1.5 s quiet time the
// search index starts building in the background between saves (PAUSE_MS=2500 times that case).
const pauseMs = Number(process.env.PAUSE_MS || 400);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), TIMEOUT_MS);
  });
  // Cleared, so that a finished run does not wait out the timers of every edit before exiting.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function startChromium() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-chromium-'));
  const chromium = spawn('/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run',
    `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { stdio: 'ignore' });
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 600 && !fs.existsSync(portFile); i++) {
    await sleep(50);
  }
  const [port] = fs.readFileSync(portFile, 'utf8').split('\n');
  const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
  const page = targets.find((t) => t.type === 'page');
  return { chromium, profile, socketUrl: page.webSocketDebuggerUrl };
}

function connect(socketUrl) {
  const socket = new WebSocket(socketUrl);
  let nextId = 1;
  const pending = new Map();
  const listeners = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      message.error ? reject(new Error(message.error.message)) : resolve(message.result);
    } else if (message.method && listeners.has(message.method)) {
      for (const listener of listeners.get(message.method)) {
        listener(message.params);
      }
    }
  });
  const opened = new Promise((resolve) => socket.addEventListener('open', resolve));
  return opened.then(() => ({
    send(method, params = {}) {
      const id = nextId++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
    once(method) {
      return new Promise((resolve) => {
        const list = listeners.get(method) || [];
        const listener = (params) => {
          list.splice(list.indexOf(listener), 1);
          resolve(params);
        };
        list.push(listener);
        listeners.set(method, list);
      });
    },
    close() {
      socket.close();
    },
  }));
}

/** Resolves with Date.now() when the output file first contains `marker`. */
function whenOnDisk(marker) {
  return new Promise((resolve) => {
    const dir = path.dirname(outputFile);
    const check = () => {
      try {
        if (fs.readFileSync(outputFile, 'utf8').includes(marker)) {
          watcher.close();
          resolve(Date.now());
        }
      } catch {
        // Being replaced right now: the rename's own event follows.
      }
    };
    const watcher = fs.watch(dir, check);
  });
}

async function evaluate(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  return result.value;
}

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const original = fs.readFileSync(articleFile, 'utf8');
const { chromium, profile, socketUrl } = await startChromium();
const cdp = await connect(socketUrl);
const samples = [];
let searchIndexMs = null;
try {
  await cdp.send('Page.enable');
  await cdp.send('Runtime.enable');
  const firstLoad = cdp.once('Page.loadEventFired');
  await cdp.send('Page.navigate', { url: pageUrl });
  await withTimeout(firstLoad, 'the first page load');
  // Give the page's EventSource time to connect before the first edit.
  await sleep(1000);
  for (let i = 0; i < warmup + edits; i++) {
    const marker = `Benchmark edit ${i} ${process.pid}.`;
    const onDisk = whenOnDisk(marker);
    const reloaded = cdp.once('Page.loadEventFired');
    const start = Date.now();
    fs.writeFileSync(articleFile, `${original}\n${marker}\n`);
    const diskAt = await withTimeout(onDisk, `edit ${i} on disk`);
    await withTimeout(reloaded, `edit ${i} reloaded in the browser`);
    const loadedAt = await evaluate(cdp,
      "performance.timeOrigin + performance.getEntriesByType('navigation')[0].loadEventEnd");
    const shows = await evaluate(cdp, `document.body.textContent.includes(${JSON.stringify(marker)})`);
    if (!shows) {
      throw new Error(`edit ${i}: the reloaded page does not show the edit`);
    }
    if (i >= warmup) {
      samples.push({ disk: diskAt - start, reload: Math.round(loadedAt - start) });
    }
    await sleep(pauseMs);
  }
  // serve builds a changed search index once edits pause; time how long after the last edit it is written.
  const searchDir = path.join(path.dirname(path.dirname(path.dirname(outputFile))), 'search');
  if (fs.existsSync(searchDir)) {
    const lastEdit = Date.now() - pauseMs;
    let watcher;
    const indexed = new Promise((resolve) => {
      watcher = fs.watch(searchDir, () => resolve(Date.now()));
    });
    // On a busy machine the index can take longer than the timeout: then its time is left out (null),
    // and the edits' samples are still reported.
    try {
      searchIndexMs = (await withTimeout(indexed, 'the search index')) - lastEdit;
    } catch (error) {
      console.error(`reload-latency.mjs: ${error.message}; reporting the edits without it`);
    } finally {
      watcher.close();
    }
  }
} finally {
  fs.writeFileSync(articleFile, original);
  cdp.close();
  chromium.kill();
  await sleep(200);
  try {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // Chromium may still be writing its profile as it exits; a leftover temporary folder is harmless.
  }
}
console.log(JSON.stringify({
  edits: samples.length,
  diskMedianMs: median(samples.map((s) => s.disk)),
  diskP95Ms: percentile(samples.map((s) => s.disk), 95),
  diskMaxMs: Math.max(...samples.map((s) => s.disk)),
  reloadMedianMs: median(samples.map((s) => s.reload)),
  reloadP95Ms: percentile(samples.map((s) => s.reload), 95),
  reloadMaxMs: Math.max(...samples.map((s) => s.reload)),
  searchIndexAfterLastEditMs: searchIndexMs,
  samples,
}));
