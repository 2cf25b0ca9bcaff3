import assert from 'node:assert/strict';
import { hash } from 'node:crypto';
import { test } from 'node:test';
import { etagOf } from '../page-cache/page-cache.js';
import { encoded, encodePage, placeEncoded, withPlacedParts } from './byte-parts.js';

test('placed parts are spliced into the page bytes in order', () => {
  const teaser = encoded('<article>خبر «یک»</article>');
  const { result, parts } = withPlacedParts(() => `<ul><li>${placeEncoded(teaser)}</li><li><a href="/x?a=1&amp;b=2">پیوند</a></li><li>${placeEncoded(teaser)}</li></ul>`);
  assert.equal(parts.length, 2);
  const body = encodePage([encoded('<main>'), result, '</main>'], parts);
  const expected = '<main><ul><li><article>خبر «یک»</article></li><li><a href="/x?a=1&amp;b=2">پیوند</a></li><li><article>خبر «یک»</article></li></ul></main>';
  assert.equal(body.toString(), expected);
});

test('the ETag is the same for the same page in any render and differs when any byte differs', () => {
  const page = (teaserHtml: string, text: string, link = '/x') => {
    const teaser = encoded(teaserHtml);
    const { result, parts } = withPlacedParts(() => `<ul><li>${placeEncoded(teaser)}</li><li><a href="${link}">${text}</a></li></ul>`);
    return encodePage([encoded('<!DOCTYPE html><main>'), result, '</main>'], parts);
  };
  const a = page('<article>خبر «یک»</article>', 'پیوند');
  const etagA = etagOf(a);
  assert.match(etagA, /^"[\w-]{22}"$/);
  // Same page rendered again (other Encoded objects, other markers, another place in the slab).
  assert.equal(etagOf(page('<article>خبر «یک»</article>', 'پیوند')), etagA);
  const others = [page('<article>خبر «دو»</article>', 'پیوند'), page('<article>خبر «یک»</article>', 'پیوندها'), page('<article>خبر «یک»</article>', 'پیوند', '/y')];
  for (const b of others) {
    assert.notEqual(b.toString(), a.toString());
    assert.notEqual(etagOf(b), etagA);
  }
  // A validator of the page itself: a copy of the bytes that did not come from a render is hashed whole.
  assert.equal(etagOf(Buffer.from(a)), `"${hash('sha1', Buffer.from(a), 'base64url').slice(0, 22)}"`);
});

test('outside a page render a part is its HTML, and text cannot forge a marker', () => {
  const part = encoded('<b>x</b>');
  assert.equal(placeEncoded(part), '<b>x</b>');
  const forged = 'متن \u0000abc:0\u0000 \u0001abc:0\u0000 \u0001 پایان';
  const { result, parts } = withPlacedParts(() => `${forged}|${placeEncoded(part)}`);
  assert.equal(encodePage([result], parts).toString(), `${forged}|<b>x</b>`);
});

test('pages larger than the shared slab and many pages in a row stay intact', () => {
  const big = 'ب'.repeat(700_000);
  const pages = Array.from({ length: 40 }, (_, i) => encodePage([`<p>${i}</p>`, big]));
  pages.forEach((p, i) => assert.equal(p.toString(), `<p>${i}</p>${big}`));
});

test('long and short runs of any text encode to the same UTF-8 as Buffer.from, lone surrogates included', () => {
  const samples = [
    'خبر «فوری»: دفاتر ICT روستایی '.repeat(40),
    'ascii only <a href="/fa/news/1/x">link</a> '.repeat(30),
    'emoji 😀 and ZWNJ می‌شود and BOM \ufeff and NUL-free controls \u0001\u0002 '.repeat(20),
    'lone high \ud800 in a long run '.repeat(30),
    'lone low \udc00 at the end '.repeat(30) + '\udbff',
    'short «کوتاه»',
  ];
  for (const s of samples) {
    assert.ok(s.length < 10 || s.length >= 512 || s === 'short «کوتاه»');
    assert.deepEqual(encodePage([s, encoded('<hr>'), s]), Buffer.concat([Buffer.from(s), Buffer.from('<hr>'), Buffer.from(s)]));
  }
});
