/**
 * Growable UTF-16 output buffer for the normalizer's linear passes.
 * Why: appending one character at a time to a JS string builds deep rope strings and a lot of
 * garbage; writing code units into a typed array and decoding once is several times faster.
 */
const decoder = new TextDecoder('utf-16le');

export class CodeBuffer {
  private buf: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    this.buf = new Uint16Array(Math.max(16, capacity));
  }

  push(code: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint16Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = code;
  }

  /** Code unit at index i (0 when out of range). */
  at(i: number): number {
    return i >= 0 && i < this.length ? this.buf[i] : 0;
  }

  last(): number {
    return this.length > 0 ? this.buf[this.length - 1] : 0;
  }

  toString(): string {
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
