/** Helpers for the public-site tests: URLs, JSON-LD extraction, the Nu HTML Checker. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/content/types.js';
import { ROOT } from './process.js';

export const VNU_JAR = path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** The canonical path of an article. */
export function articleUrl(a: Pick<Article, 'lang' | 'code' | 'slug'>): string {
  return `/${a.lang}/news/${a.code}/${encodeURIComponent(a.slug)}`;
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLdOf(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
}

export interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  url?: string;
  extract?: string;
  lastLine?: number;
}

/** Runs the Nu HTML Checker once over several documents (one JVM); returns messages per name. */
export async function checkHtml(docs: Record<string, string>): Promise<Record<string, VnuMessage[]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapar-vnu-'));
  try {
    const files = Object.entries(docs).map(([name, html]) => {
      const f = path.join(dir, `${name.replace(/[^a-z0-9-]/gi, '_')}.html`);
      fs.writeFileSync(f, html);
      return [name, f] as const;
    });
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files.map(([, f]) => f)]);
      let s = '';
      p.stdout.on('data', (d) => (s += d));
      p.stderr.on('data', (d) => (s += d));
      p.on('error', reject);
      p.on('close', () => resolve(s));
    });
    const parsed = JSON.parse(out) as { messages: VnuMessage[] };
    const result: Record<string, VnuMessage[]> = {};
    for (const [name, f] of files) result[name] = parsed.messages.filter((m) => m.url?.endsWith(path.basename(f)));
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
