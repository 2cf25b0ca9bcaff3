/**
 * `npm run bench:site`: requests/s and p99 latency of the article, home and section pages
 * (and a deep section page — page 90 or 250 — reached by its cursor), page cache warm and disabled, with 3,200 and
 * 100,000 articles, measured with wrk on 127.0.0.1 — next to the ceiling: a bare node:http
 * server answering the same bytes from memory, in its own process. Prints each figure as a
 * ratio of the ceiling (the machine is shared and noisy, so the ratios are the targets).
 * Env: BENCH_DURATION (seconds per run, default 8), BENCH_CONNECTIONS (default 32),
 * BENCH_SIZES (default "3200,100000"), BENCH_ROUNDS (paired runs per figure, default 3),
 * BENCH_PAGES (default all: "article,home,section,section deep"), BENCH_MODES (default "cached,uncached,cold"),
 * BENCH_BUILD (default "dist": the server runs the production build, compiled first with tsc as
 * `npm run build` does; "src": the TypeScript sources through tsx).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededDatabase } from './site-seed.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SIZES = (process.env.BENCH_SIZES ?? '3200,100000').split(',').map(Number);
/** Paired runs (ceiling, then site) per figure; the medians are reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAGES = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',')) : null;
/**
 * cached: page cache on (the bytes of a page are kept by URL);
 * uncached: page cache off — every request renders the page, from the object cache's data;
 * cold: page and object caches off — every request queries the database and renders.
 */
const BUILD = process.env.BENCH_BUILD ?? 'dist';
if (BUILD !== 'dist' && BUILD !== 'src') throw new Error(`BENCH_BUILD: ${BUILD} (dist or src)`);
const MODES = (process.env.BENCH_MODES ?? 'cached,uncached,cold').split(',');
const MODE_ENV: Record<string, Record<string, string>> = {
  cached: { CHAPAR_PAGE_CACHE: '1', CHAPAR_OBJECT_CACHE: '1' },
  uncached: { CHAPAR_PAGE_CACHE: '0', CHAPAR_OBJECT_CACHE: '1' },
  cold: { CHAPAR_PAGE_CACHE: '0', CHAPAR_OBJECT_CACHE: '0' },
};
const TARGETS: Record<string, { cached?: number; uncached?: number }> = {
  article: { cached: 0.6, uncached: 0.15 },
  home: { uncached: 0.1 },
  section: { uncached: 0.1 },
  'section deep': { uncached: 0.1 },
};

function startChild(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/listening (http:\/\/\S+)/);
      if (m) resolve({ child, url: m[1]!.replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before listening`)));
  });
}

async function stop(c: ChildProcess) {
  const exited = new Promise((r) => c.once('exit', r));
  c.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
}

interface Wrk {
  rps: number;
  p99ms: number;
  /** The server process's CPU time (user + system) per request, in µs. */
  cpuUs: number;
}

/** CPU time (user + system) a process has used so far, in µs (Linux /proc; NaN elsewhere). */
function cpuOf(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1e6) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function wrk(url: string, pid: number | undefined): Wrk {
  const cpu0 = cpuOf(pid);
  const out = execFileSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${DURATION}s`, '--latency', url], { encoding: 'utf8' });
  const requests = Number(out.match(/(\d+) requests in/)?.[1] ?? 0);
  const cpuUs = (cpuOf(pid) - cpu0) / requests;
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0);
  const m = out.match(/\s99%\s+([\d.]+)(us|ms|s)/);
  const p99ms = m ? Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1) : NaN;
  const non2xx = out.match(/Non-2xx or 3xx responses: (\d+)/);
  if (non2xx) throw new Error(`${url}: ${non2xx[1]} error responses`);
  return { rps, p99ms, cpuUs };
}

const CEILING_SERVER = `
const http = require('node:http');
const fs = require('node:fs');
const pages = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const map = new Map(pages.map((p) => [p.path, { body: Buffer.from(p.body, 'base64'), headers: p.headers }]));
const server = http.createServer((req, res) => {
  const p = map.get(req.url);
  if (!p) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, p.headers);
  res.end(p.body);
});
// Same idle keep-alive as Fastify's default, so a client's idle socket is not cut between runs.
server.keepAliveTimeout = 72000;
// wrk resets its connections when a run ends (ECONNRESET): not worth a line each.
server.on('clientError', (err, socket) => { if (err.code !== 'ECONNRESET') console.error('ceiling clientError', err.message); socket.destroy(); });
process.on('uncaughtException', (e) => { console.error('ceiling crashed', e); process.exit(1); });
server.listen(0, '127.0.0.1', () => console.log('listening http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

interface Row {
  size: number;
  page: string;
  mode: string;
  rps: number;
  p99: number;
  ceiling: number;
  bytes: number;
  cpuUs: number;
  ceilingCpuUs: number;
}

async function main() {
  const others = execFileSync('sh', ['-c', 'pgrep -a wrk; pgrep -a autocannon; true'], { encoding: 'utf8' }).trim();
  if (others) console.log(`warning: other load generators are running:\n${others}\n`);
  if (BUILD === 'dist') execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  console.log(`server: ${BUILD === 'dist' ? 'the production build (dist/, compiled now)' : 'the TypeScript sources through tsx'}`);
  console.log(`wrk: 1 thread, ${CONNECTIONS} connections, ${DURATION}s per run; one server process; ${os.cpus().length} CPUs\n`);
  const rows: Row[] = [];
  let weights: { html: number; css: number; js: number } | null = null;
  for (const size of SIZES) {
    await seededDatabase(size, (s) => console.log(s));
    const pages: Array<{ name: string; path: string; body: Buffer; headers: Record<string, string> }> = [];
    let ceiling: { child: ChildProcess; url: string } | null = null;
    const file = path.join(os.tmpdir(), `chapar-ceiling-${process.pid}.json`);
    try {
      for (const mode of MODES) {
        if (!MODE_ENV[mode]) throw new Error(`BENCH_MODES: unknown mode ${mode} (cached, uncached, cold)`);
        const { child, url } = await startChild(['--import', 'tsx', 'bench/site-server.ts'], { SEED_ARTICLES: String(size), ...MODE_ENV[mode], PORT: '0', CHAPAR_BENCH_BUILD: BUILD });
        try {
          if (!pages.length) {
            const home = await (await fetch(`${url}/fa/`)).text();
            const article = home.match(/href="(\/fa\/news\/\d+\/[^"]+)"/)![1]!;
            const deepPage = size >= 100_000 ? 250 : 90;
            const deep = await fetch(`${url}/fa/section/sports?page=${deepPage}`);
            const deepHtml = await deep.text();
            const deepPath = deepHtml.match(/<link rel="canonical" href="https?:\/\/[^/]+([^"]+)"/)?.[1]?.replace(/&amp;/g, '&');
            const list: Array<[string, string]> = [['article', article], ['home', '/fa/'], ['section', '/fa/section/sports']];
            if (deep.status === 200 && deepPath) list.push(['section deep', deepPath]);
            for (const [name, p] of list) {
              const r = await fetch(url + p);
              const body = Buffer.from(await r.arrayBuffer());
              const headers: Record<string, string> = {};
              for (const h of ['content-type', 'cache-control', 'etag', 'x-content-type-options']) headers[h] = r.headers.get(h) ?? '';
              headers['content-length'] = String(body.length);
              pages.push({ name, path: p, body, headers });
            }
            if (!weights) {
              const art = pages[0]!.body.toString();
              const css = art.match(/<link rel="stylesheet" href="([^"]+)"/)![1]!;
              const js = art.match(/<script src="([^"]+)"/)![1]!;
              const inline = [...art.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
              weights = { html: pages[0]!.body.length, css: (await (await fetch(url + css)).arrayBuffer()).byteLength, js: (await (await fetch(url + js)).arrayBuffer()).byteLength + inline };
            }
            // The ceiling: the same bytes and headers from a bare node:http server. It stays up
            // (idle) while the site runs, and each site run is paired with a ceiling run made
            // right before it, so the machine's drift hits both sides of a ratio alike.
            fs.writeFileSync(file, JSON.stringify(pages.map((p) => ({ path: p.path, headers: p.headers, body: p.body.toString('base64') }))));
            ceiling = await startChild(['-e', CEILING_SERVER, file], {});
            for (const p of pages) for (let i = 0; i < 200; i++) await (await fetch(ceiling.url + p.path)).arrayBuffer();
          }
          for (const p of pages.filter((x) => !PAGES || PAGES.has(x.name))) {
            // Warm: the page cache (when on), SQLite's cache and the JIT.
            for (let i = 0; i < 200; i++) await (await fetch(url + p.path)).arrayBuffer();
            const site: Wrk[] = [];
            const ceil: Wrk[] = [];
            for (let round = 0; round < ROUNDS; round++) {
              ceil.push(wrk(ceiling!.url + p.path, ceiling!.child.pid));
              site.push(wrk(url + p.path, child.pid));
            }
            const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
            const r = { rps: med(site.map((x) => x.rps)), p99ms: med(site.map((x) => x.p99ms)), cpuUs: med(site.map((x) => x.cpuUs)) };
            const c = med(ceil.map((x) => x.rps));
            const cCpu = med(ceil.map((x) => x.cpuUs));
            rows.push({ size, page: p.name, mode, rps: r.rps, p99: r.p99ms, ceiling: c, bytes: p.body.length, cpuUs: r.cpuUs, ceilingCpuUs: cCpu });
            console.log(`  ${size} ${p.name.padEnd(14)} ${mode.padEnd(8)} ${r.rps.toFixed(0).padStart(7)} req/s  p99 ${r.p99ms.toFixed(1)} ms  ${r.cpuUs.toFixed(1)} µs CPU/req   ceiling ${c.toFixed(0)} req/s  ${cCpu.toFixed(1)} µs CPU/req`);
          }
        } finally {
          await stop(child);
        }
      }
    } finally {
      if (ceiling) await stop(ceiling.child);
      fs.rmSync(file, { force: true });
    }
  }

  // CPU per request is the steadier figure on a shared machine: the rates move with the load,
  // the work per request much less. cpu ratio = the ceiling's CPU per request / the site's.
  console.log('\narticles  page           mode       req/s   p99 ms   ceiling   ratio  target     bytes  µs CPU/req (ceiling)  cpu ratio');
  for (const r of rows) {
    const ratio = r.ceiling ? r.rps / r.ceiling : 0;
    const target = TARGETS[r.page]?.[r.mode as 'cached' | 'uncached'];
    const mark = target === undefined ? '' : ratio >= target ? ` ≥ ${target} ok` : ` < ${target} LOW`;
    console.log(`${String(r.size).padStart(8)}  ${r.page.padEnd(14)} ${r.mode.padEnd(9)} ${r.rps.toFixed(0).padStart(7)} ${r.p99.toFixed(1).padStart(8)} ${r.ceiling.toFixed(0).padStart(9)} ${ratio.toFixed(2).padStart(7)}${mark.padEnd(10)} ${String(r.bytes).padStart(6)}  ${r.cpuUs.toFixed(1).padStart(7)} (${r.ceilingCpuUs.toFixed(1)})${(r.ceilingCpuUs / r.cpuUs).toFixed(2).padStart(12)}`);
  }
  if (weights) {
    console.log(`\npage weight (uncompressed): article HTML ${(weights.html / 1024).toFixed(1)} KB (≤ 60), CSS ${(weights.css / 1024).toFixed(1)} KB (≤ 20), JS ${(weights.js / 1024).toFixed(1)} KB (≤ 10)`);
  }
}

await main();
