import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html, rawHtml } from './html.js';

test('html escapes every interpolated value unless it is trusted Html', () => {
  const title = `<script>alert("x")</script> & 'خبر'`;
  const out = html`<meta content="${title}"/><h1>${title}</h1>${rawHtml('<b>ok</b>')}${[html`<i>${'<'}</i>`, null, false, undefined, 3]}`.value;
  assert.equal(out, '<meta content="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;خبر&#39;"/><h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;خبر&#39;</h1><b>ok</b><i>&lt;</i>3');
});
