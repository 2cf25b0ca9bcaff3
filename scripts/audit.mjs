#!/usr/bin/env node
// `npm run audit`: Lighthouse 12 (mobile preset) with Debian's Chromium on the article and
// home pages of a Chapar server over the seeded benchmark database; prints the four scores.
// Targets: performance ≥ 95, accessibility, best practices and SEO 100.
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/site-server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', CHAPAR_PAGE_CACHE: '1', SEED_ARTICLES: '3200' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/listening (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1].replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
}

const { child, url } = await startServer();
let chrome;
let failed = false;
try {
  // An article URL: the newest article of the home page.
  const home = await (await fetch(`${url}/fa/`)).text();
  const articlePath = home.match(/href="(\/fa\/news\/\d+\/[^"]+)"/)?.[1];
  if (!articlePath) throw new Error('no article link on the home page');
  chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log('page                 performance  accessibility  best-practices  seo');
  for (const [name, p] of [['article', articlePath], ['home', '/fa/']]) {
    const r = await lighthouse(url + p, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, formFactor: 'mobile' });
    const cats = r.lhr.categories;
    const s = CATEGORIES.map((c) => Math.round((cats[c]?.score ?? 0) * 100));
    console.log(`${name.padEnd(20)} ${String(s[0]).padStart(11)}  ${String(s[1]).padStart(13)}  ${String(s[2]).padStart(14)}  ${String(s[3]).padStart(3)}`);
    for (const c of CATEGORIES) {
      for (const ref of cats[c].auditRefs) {
        const a = r.lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1 && c !== 'performance') console.log(`    ${c}: ${a.id} — ${a.title}`);
      }
    }
    const m = r.lhr.audits;
    console.log(`    FCP ${m['first-contentful-paint']?.displayValue}, LCP ${m['largest-contentful-paint']?.displayValue}, TBT ${m['total-blocking-time']?.displayValue}, CLS ${m['cumulative-layout-shift']?.displayValue}`);
    if (s[0] < 95 || s.slice(1).some((x) => x < 100)) failed = true;
  }
} finally {
  await chrome?.kill();
  child.kill('SIGTERM');
}
if (failed) console.log('below target (performance ≥ 95, others 100)');
