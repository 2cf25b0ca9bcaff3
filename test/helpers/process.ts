/**
 * Runs the `chapar` command as a child process, as an operator would — from the sources
 * through tsx: bin/chapar.js runs dist/ when it exists, which may be older than the sources.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHAPAR_CLI = path.join(ROOT, 'src/cli/index.ts');

export interface Spawned {
  child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout match of `re` (rejects on exit or timeout). */
  waitFor(re: RegExp, ms?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnChapar(args: string[], env: Record<string, string>, cwd = ROOT): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', CHAPAR_CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', CHAPAR_LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (re, ms = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`timed out waiting for ${re}; stdout: ${out}; stderr: ${err}`)), ms);
        const check = () => {
          const m = out.match(re);
          if (m) done(undefined, m);
        };
        const onExit = () => done(new Error(`exited before ${re}; stdout: ${out}; stderr: ${err}`));
        function done(e?: Error, m?: RegExpMatchArray) {
          clearTimeout(timer);
          child.stdout.off('data', check);
          child.off('exit', onExit);
          if (e) reject(e);
          else resolve(m!);
        }
        child.stdout.on('data', check);
        child.on('exit', onExit);
        check();
      }),
  };
}

/** Runs `chapar ARGS…` to its end: its exit code and everything it printed. */
export async function runChapar(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawnChapar(args, env);
  const { code } = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}
