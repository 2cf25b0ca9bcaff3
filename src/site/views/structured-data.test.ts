import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonForScript } from './Layout.js';

test('JSON-LD can never close its <script> or break a line in old parsers', () => {
  const s = jsonForScript({ headline: 'خبر </script><script>alert(1)</script>', x: 'a\u2028b\u2029c' });
  assert.ok(!s.includes('<'));
  assert.ok(!s.includes('\u2028') && !s.includes('\u2029'));
  assert.deepEqual(JSON.parse(s), { headline: 'خبر </script><script>alert(1)</script>', x: 'a\u2028b\u2029c' });
  assert.equal(jsonForScript({ a: 'بی‌خطر' }), JSON.stringify({ a: 'بی‌خطر' }));
});
