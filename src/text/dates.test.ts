import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatTime, jalaliKey, parseJalaliDate, parseJalaliRange, toJalali } from './index.js';
import { jalaliMonthLength, jalaliToGregorian } from './dates.js';

// 2026-11-30 07:00 UTC = 10:30 in Tehran (UTC+03:30), 9 Azar 1405.
const instant = new Date(Date.UTC(2026, 10, 30, 7, 0));

test('formats a known instant per edition', () => {
  const weekday = new Intl.DateTimeFormat('fa-IR', { weekday: 'long', timeZone: 'Asia/Tehran' }).format(instant);
  assert.equal(weekday, 'دوشنبه');
  assert.equal(formatDateTime(instant, 'fa'), 'دوشنبه ۹ آذر ۱۴۰۵ - ۱۰:۳۰');
  assert.equal(formatDate(instant, 'fa'), '۹ آذر ۱۴۰۵');
  assert.equal(formatTime(instant, 'fa'), '۱۰:۳۰');
  assert.equal(formatTime(instant, 'ar'), '١٠:٣٠');
  assert.match(formatDate(instant, 'ar'), /١٤٤٨/);
  assert.equal(formatDateTime(instant, 'en'), 'Monday, November 30, 2026 - 10:30');
  assert.equal(formatDate(new Date(NaN), 'fa'), '');
});

test('toJalali and jalaliKey read the Tehran day', () => {
  assert.deepEqual(toJalali(instant), { year: 1405, month: 9, day: 9 });
  assert.equal(jalaliKey(instant), '1405-09-09');
  // 20:29 UTC is still the same day in Tehran, 20:30 UTC is the next day
  assert.equal(jalaliKey(new Date(Date.UTC(2026, 10, 30, 20, 29))), '1405-09-09');
  assert.equal(jalaliKey(new Date(Date.UTC(2026, 10, 30, 20, 30))), '1405-09-10');
});

test('Jalali → Gregorian arithmetic matches Intl for every day of several years', () => {
  const f = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let checked = 0;
  for (const y of [1354, 1370, 1375, 1395, 1399, 1400, 1403, 1404, 1405, 1408, 1420]) {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= jalaliMonthLength(y, m); d++) {
        const g = jalaliToGregorian(y, m, d);
        const parts = Object.fromEntries(f.formatToParts(new Date(Date.UTC(g.year, g.month - 1, g.day))).map((p) => [p.type, p.value]));
        assert.equal(`${parts.year}-${parts.month}-${parts.day}`, `${y}-${m}-${d}`, `${y}-${m}-${d}`);
        checked++;
      }
    }
    // the day after the last day of Esfand is 1 Farvardin of the next year
    const last = jalaliToGregorian(y, 12, jalaliMonthLength(y, 12));
    const next = new Date(Date.UTC(last.year, last.month - 1, last.day + 1));
    assert.equal(Object.fromEntries(f.formatToParts(next).map((p) => [p.type, p.value])).day, '1');
  }
  assert.ok(checked > 4000);
});

test('parseJalaliDate returns the Tehran day as [start, end) and round-trips', () => {
  for (const s of ['1405-09-09', '۱۴۰۵/۰۹/۰۹', '١٤٠٥-٠٩-٠٩', '1405/9/9']) {
    const r = parseJalaliDate(s);
    assert.ok(r, s);
    assert.equal(r.start.toISOString(), '2026-11-29T20:30:00.000Z');
    assert.equal(r.end.toISOString(), '2026-11-30T20:30:00.000Z');
  }
  for (const y of [1390, 1400, 1405]) {
    for (let m = 1; m <= 12; m++) {
      for (const d of [1, 15, jalaliMonthLength(y, m)]) {
        const key = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const r = parseJalaliDate(key);
        assert.ok(r, key);
        assert.equal(jalaliKey(r.start), key);
        assert.equal(jalaliKey(new Date(r.end.getTime() - 1)), key);
        assert.notEqual(jalaliKey(r.end), key);
      }
    }
  }
});

test('parseJalaliDate rejects invalid dates', () => {
  for (const s of ['1405-13-01', '1405-07-31', '1405-00-10', '1405-01-00', '1405-12-30', 'abc', '', '1405-1-1-1', '1405-01-32']) {
    assert.equal(parseJalaliDate(s), null, s);
  }
  assert.ok(parseJalaliDate('1403-12-30')); // 1403 is a leap year
});

test('parseJalaliRange spans from the first day start to the last day end', () => {
  const r = parseJalaliRange('1405-09-01..1405-09-08');
  assert.ok(r);
  assert.equal(r.start.getTime(), parseJalaliDate('1405-09-01')!.start.getTime());
  assert.equal(r.end.getTime(), parseJalaliDate('1405-09-08')!.end.getTime());
  assert.equal(parseJalaliRange('1405-09-08..1405-09-01'), null);
  assert.equal(parseJalaliRange('1405-09-01..1405-13-01'), null);
  assert.deepEqual(parseJalaliRange('1405-09-01'), parseJalaliDate('1405-09-01'));
});
