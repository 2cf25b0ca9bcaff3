import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { runTextCommand } from './text-command.js';

async function run(sub: 'normalize' | 'analyze', input: string): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  await runTextCommand(sub, Readable.from([input]), output);
  output.end();
  return Buffer.concat(chunks).toString('utf8');
}

test('normalize: one line in, one line out', async () => {
  const out = await run('normalize', 'كتاب ها\nمي شود ، خوب\n\nسلام');
  assert.equal(out, 'کتاب\u200cها\nمی\u200cشود، خوب\n\nسلام\n');
});

test('analyze: tokens separated by spaces, one line per input line', async () => {
  const out = await run('analyze', 'می شود کتاب‌ها\r\nHello ١٢\n');
  assert.equal(out, 'میشود کتابها\nhello 12\n');
});

test('handles input split across chunks and many lines', async () => {
  const output = new PassThrough({ highWaterMark: 16 });
  const lines: string[] = [];
  let buf = '';
  output.on('data', (c: Buffer) => {
    buf += c.toString('utf8');
  });
  const input = Readable.from(['مي ', 'شود\nكتاب', ' ها\n'.repeat(1), ...Array.from({ length: 2000 }, () => 'سلام\n')]);
  await runTextCommand('normalize', input, output);
  output.end();
  await new Promise((r) => setImmediate(r));
  lines.push(...buf.split('\n'));
  assert.equal(lines[0], 'می\u200cشود');
  assert.equal(lines[1], 'کتاب\u200cها');
  assert.equal(lines.length, 2003);
});
