import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChaparError, chaparErrorFromData, chaparErrorToData } from './errors.js';

test('a ChaparError crosses a thread as plain data and comes back whole (fields and details included)', () => {
  const e = new ChaparError('conflict', 'CHAPAR_CONTENT_STALE', 'Stale version', { fields: [{ field: 'title', message: 'field.required' }], details: { current: 4 } });
  const back = chaparErrorFromData(structuredClone(chaparErrorToData(e)));
  assert.ok(back instanceof ChaparError);
  for (const k of ['kind', 'code', 'message', 'status', 'fields', 'details'] as const) assert.deepEqual(back[k], e[k], k);
  assert.ok(!('details' in chaparErrorToData(new ChaparError('invalid', 'X', 'x'))));
});
