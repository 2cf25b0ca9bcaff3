/**
 * Growable UTF-16 output buffer for the normalizer's linear passes.
 * Why: appending one character at a time to a JS string builds deep rope strings and a lot of
 * garbage; writing code units into a typed array and decoding once is several times faster.
 *
 * Given the pass's input (`src`), the buffer first only follows it: while every code pushed is
 * the input's code at the same place, nothing is written, and the result is the input itself
 * (or its start). Most strings come out of a pass as they went in (most calls are on short
 * strings), so they cost neither a buffer nor a decode; the first differing code copies the
 * prefix into the buffer and the pass goes on as before.
 */
const decoder = new TextDecoder('utf-16le');
const EMPTY = new Uint16Array(0);

export class CodeBuffer {
  private buf: Uint16Array = EMPTY;
  /** The input while the output is still a prefix of it; null once they differ. */
  private src: string | null;
  private readonly capacity: number;
  length = 0;

  constructor(capacity: number, src: string | null = null) {
    this.capacity = Math.max(16, capacity);
    this.src = src;
    if (src === null) this.buf = new Uint16Array(this.capacity);
  }

  push(code: number): void {
    if (this.src !== null) {
      if (this.length < this.src.length && this.src.charCodeAt(this.length) === code) {
        this.length++;
        return;
      }
      this.diverge();
    }
    if (this.length === this.buf.length) {
      const next = new Uint16Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = code;
  }

  /**
   * Pushes the codes `src[from..to)` of the pass's input (the `src` given to the constructor). While
   * the output still is the input's start up to `from`, that costs nothing.
   */
  pushInput(input: string, from: number, to: number): void {
    if (this.src === input && this.length === from) {
      this.length = to;
      return;
    }
    for (let i = from; i < to; i++) this.push(input.charCodeAt(i));
  }

  /** The output stops following the input: its prefix so far goes into the buffer. */
  private diverge(): void {
    const src = this.src!;
    this.src = null;
    const buf = new Uint16Array(Math.max(this.capacity, this.length + 16));
    for (let i = 0; i < this.length; i++) buf[i] = src.charCodeAt(i);
    this.buf = buf;
  }

  last(): number {
    if (this.length === 0) return 0;
    return this.src !== null ? this.src.charCodeAt(this.length - 1) : this.buf[this.length - 1];
  }

  toString(): string {
    if (this.src !== null) {
      // (TextDecoder drops a leading BOM: such output is decoded below, as it always was)
      if (this.length === 0 || this.src.charCodeAt(0) !== 0xfeff) return this.length === this.src.length ? this.src : this.src.slice(0, this.length);
      this.diverge();
    }
    // TextDecoder replaces lone surrogates; decode them with fromCharCode instead in that rare case
    const view = this.buf.subarray(0, this.length);
    for (let i = 0; i < view.length; i++) {
      const c = view[i];
      if (c >= 0xd800 && c <= 0xdfff) return slowDecode(view);
    }
    return decoder.decode(view);
  }
}

function slowDecode(view: Uint16Array): string {
  let out = '';
  for (let i = 0; i < view.length; i += 8192) {
    out += String.fromCharCode(...view.subarray(i, Math.min(view.length, i + 8192)));
  }
  return out;
}
