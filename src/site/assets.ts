/**
 * Static assets, served by Chapar itself (no CDN: readers' networks may block them):
 * the stylesheet, the small script and the Vazirmatn fonts (read from node_modules/vazirmatn
 * at start, never committed). Names carry a content hash, so they are cached for a year.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export interface Assets {
  /** Asset bodies by URL path. */
  files: Map<string, Asset>;
  cssHref: string;
  jsHref: string;
  /** The regular-weight font, preloaded by every page. */
  fontHref: string;
  iconHref: string;
  /** The one-line script that applies the reader's saved text size before first paint. */
  inlineHead: string;
}

const hash = (b: Buffer | string) => createHash('sha256').update(b).digest('hex').slice(0, 10);

/** Finds src/site/assets (beside this module in src/, or the source tree when running from dist/). */
function assetsDir(): string {
  const candidates = [path.join(import.meta.dirname, 'assets'), path.resolve(import.meta.dirname, '../../../src/site/assets'), path.resolve(process.cwd(), 'src/site/assets')];
  for (const c of candidates) if (fs.existsSync(path.join(c, 'site.css'))) return c;
  throw new Error(`site assets not found (looked in ${candidates.join(', ')})`);
}

/** Minifies our own CSS a little: comments and runs of whitespace. */
function minifyCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '').replace(/\s{2,}/g, ' ').trim();
}

/** Strips comments and indentation from our own small script (no general-purpose minifier). */
function minifyJs(js: string): string {
  return js
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .join('\n');
}

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#9b1c1c"/><path d="M9 11h14v3H9zm0 6h14v3H9z" fill="#fff"/></svg>';

export function loadAssets(): Assets {
  const dir = assetsDir();
  const require = createRequire(import.meta.url);
  const fontDir = path.join(path.dirname(require.resolve('vazirmatn/package.json')), 'fonts/webfonts');
  const files = new Map<string, Asset>();
  const add = (name: string, ext: string, body: Buffer, type: string) => {
    const url = `/assets/${name}.${hash(body)}.${ext}`;
    files.set(url, { body, type, etag: `"${hash(body)}"` });
    return url;
  };
  const font400 = add('vazirmatn-400', 'woff2', fs.readFileSync(path.join(fontDir, 'Vazirmatn-Regular.woff2')), 'font/woff2');
  const font700 = add('vazirmatn-700', 'woff2', fs.readFileSync(path.join(fontDir, 'Vazirmatn-Bold.woff2')), 'font/woff2');
  const css = minifyCss(fs.readFileSync(path.join(dir, 'site.css'), 'utf8')).replace('__FONT_400__', font400).replace('__FONT_700__', font700);
  const cssHref = add('site', 'css', Buffer.from(css), 'text/css; charset=utf-8');
  const jsHref = add('site', 'js', Buffer.from(minifyJs(fs.readFileSync(path.join(dir, 'site.js'), 'utf8'))), 'text/javascript; charset=utf-8');
  const iconHref = add('icon', 'svg', Buffer.from(ICON), 'image/svg+xml');
  return {
    files,
    cssHref,
    jsHref,
    fontHref: font400,
    iconHref,
    inlineHead: "try{var f=localStorage.getItem('chapar-fs');if(f)document.documentElement.style.setProperty('--fs',f)}catch(e){}",
  };
}
