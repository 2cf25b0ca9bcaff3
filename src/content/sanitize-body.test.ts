import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { paragraphsToHtml, sanitizeBody, sanitizeWithParser } from './sanitize-body.js';

// Characters that matter to an HTML parser or to trimming, mixed with Persian text.
const piece = fc.constantFrom(
  'خبر', 'سیاسی', 'a', ' ', '  ', '\n', '\r', '\t', '\u00a0', '\u200c', '\ufeff', '\u0000', '\ud800', '&', '<', '>', '"', "'",
  '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&copy', '&#x27;', '&amp', '<p>', '</p>', '<b>', '<script>', '<!--', '-->', '=',
);
const text = fc.array(piece, { maxLength: 12 }).map((a) => a.join(''));

test('plain paragraphs come out of sanitizeBody exactly as the parser makes them', () => {
  fc.assert(
    fc.property(fc.array(text, { maxLength: 6 }), (paragraphs) => {
      const html = paragraphsToHtml(paragraphs);
      assert.equal(sanitizeBody(html), sanitizeWithParser(html));
    }),
    { numRuns: 3000 },
  );
});

test('any markup comes out of sanitizeBody exactly as the parser makes it', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(text, text.map((t) => `<p>${t}</p>`), fc.constant('\n')), { maxLength: 6 }), (parts) => {
      const html = parts.join('');
      assert.equal(sanitizeBody(html), sanitizeWithParser(html));
    }),
    { numRuns: 3000 },
  );
});

test('plain paragraphs keep their text, with quotes written as characters', () => {
  assert.equal(sanitizeBody(paragraphsToHtml(['«سلام» & "نقل" \'قول\'', '  ', 'a < b'])), '<p>«سلام» &amp; "نقل" \'قول\'</p>\n<p>a &lt; b</p>');
  assert.equal(sanitizeBody('<p>x</p>\n<p><script>alert(1)</script></p>'), '<p>x</p>');
});
