#!/usr/bin/env node
// The `chapar` command: runs the built CLI (npm run build), or the TypeScript sources through tsx in a checkout.
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const built = new URL('dist/src/cli/index.js', root);
const mod = existsSync(built)
  ? await import(built.href)
  : await (async () => {
      const { register } = await import('tsx/esm/api');
      register();
      return import(new URL('src/cli/index.ts', root).href);
    })();
const code = await mod.main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
