/** `chapar text normalize|analyze`: one line in → one line out, streaming. */
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { analyze, normalizePersian } from '../text/index.js';

/**
 * Read `input` line by line and write one line per input line to `output`:
 * `normalize` → normalizePersian(line); `analyze` → the analyzer tokens separated by spaces.
 * Respects back-pressure; does not end `output`.
 */
export async function runTextCommand(
  sub: 'normalize' | 'analyze',
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) {
    const result = sub === 'normalize' ? normalizePersian(line) : analyze(line).join(' ');
    if (!output.write(result + '\n')) await once(output, 'drain');
  }
}
