/**
 * Jalali date-time picker (Tehran time): a typed date (۱۴۰۵/۰۹/۱۰, Persian or Latin digits),
 * a 24-hour time, and a month calendar starting on Saturday. The value is an ISO instant,
 * converted with src/text (parseJalaliDate, toJalali).
 */
import { useEffect, useState } from 'preact/hooks';
import { jalaliMonthLength, parseJalaliDate, toJalali, formatTime } from '../../../src/text/dates.js';
import { toLatinDigits } from '../../../src/text/digits.js';
import { num, t } from '../i18n/index.js';

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO instant of a Jalali date and Tehran wall-clock time, or null if invalid. */
export function jalaliToIso(p: Parts): string | null {
  if (p.hh < 0 || p.hh > 23 || p.mm < 0 || p.mm > 59) return null;
  const day = parseJalaliDate(`${p.y}-${p.m}-${p.d}`);
  if (!day) return null;
  return new Date(day.start.getTime() + (p.hh * 60 + p.mm) * 60_000).toISOString();
}

function partsOf(iso: string): Parts {
  const d = new Date(iso);
  const j = toJalali(d);
  const [hh, mm] = formatTime(d, 'en').split(':').map(Number);
  return { y: j.year, m: j.month, d: j.day, hh: hh ?? 0, mm: mm ?? 0 };
}

/** Weekday column (0 = Saturday) of a Jalali date. */
function columnOf(y: number, m: number, d: number): number {
  const day = parseJalaliDate(`${y}-${m}-${d}`);
  if (!day) return 0;
  // Noon in Tehran is the same calendar day in UTC.
  return (new Date(day.start.getTime() + 12 * 3_600_000).getUTCDay() + 1) % 7;
}

export function JalaliPicker(props: { id: string; value: string | null; onChange(iso: string | null): void; label?: string }) {
  const init = partsOf(props.value ?? new Date(Date.now() + 3_600_000).toISOString());
  const [p, setP] = useState<Parts>(init);
  const [dateText, setDateText] = useState(num(`${init.y}/${pad(init.m)}/${pad(init.d)}`));
  const [timeText, setTimeText] = useState(num(`${pad(init.hh)}:${pad(init.mm)}`));
  const [view, setView] = useState({ y: init.y, m: init.m });
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    props.onChange(jalaliToIso(p));
  }, [p.y, p.m, p.d, p.hh, p.mm]);

  function commit(next: Parts) {
    setP(next);
    setDateText(num(`${next.y}/${pad(next.m)}/${pad(next.d)}`));
    setView({ y: next.y, m: next.m });
    setInvalid(false);
  }

  function onDateText(s: string) {
    setDateText(s);
    const m = /^\s*(\d{3,4})[/-](\d{1,2})[/-](\d{1,2})\s*$/.exec(toLatinDigits(s));
    if (!m || !parseJalaliDate(`${m[1]}-${m[2]}-${m[3]}`)) {
      setInvalid(true);
      props.onChange(null);
      return;
    }
    setInvalid(false);
    const next = { ...p, y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    setP(next);
    setView({ y: next.y, m: next.m });
  }

  function onTimeText(s: string) {
    setTimeText(s);
    const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(toLatinDigits(s));
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      setInvalid(true);
      props.onChange(null);
      return;
    }
    setInvalid(false);
    setP({ ...p, hh: Number(m[1]), mm: Number(m[2]) });
  }

  const months = t('picker.months').split(',');
  const weekdays = t('picker.weekdays').split(',');
  const len = jalaliMonthLength(view.y, view.m);
  const first = columnOf(view.y, view.m, 1);
  const cells: Array<number | null> = [...Array.from({ length: first }, () => null), ...Array.from({ length: len }, (_, i) => i + 1)];
  const shift = (delta: number) => {
    const idx = view.y * 12 + (view.m - 1) + delta;
    setView({ y: Math.floor(idx / 12), m: (idx % 12) + 1 });
  };

  return (
    <fieldset class="jalali-picker" data-testid={`picker-${props.id}`}>
      <legend>{props.label ?? t('picker.label')}</legend>
      <div class="row">
        <label>
          <span>{t('picker.date')}</span>
          <input id={`${props.id}-date`} name="date" inputMode="numeric" dir="ltr" class="date-input" aria-invalid={invalid} value={dateText} onInput={(e) => onDateText(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('picker.time')}</span>
          <input id={`${props.id}-time`} name="time" inputMode="numeric" dir="ltr" class="time-input" aria-invalid={invalid} value={timeText} onInput={(e) => onTimeText(e.currentTarget.value)} />
        </label>
      </div>
      {invalid && <small class="field-error" role="alert">{t('picker.invalid')}</small>}
      <div class="calendar">
        <div class="cal-head">
          <button type="button" onClick={() => shift(-1)} aria-label={t('picker.prev')}>‹</button>
          <strong aria-live="polite">
            {months[view.m - 1]} {num(view.y)}
          </strong>
          <button type="button" onClick={() => shift(1)} aria-label={t('picker.next')}>›</button>
        </div>
        <div class="cal-grid" role="grid">
          {weekdays.map((w) => (
            <span class="cal-wd" role="columnheader">{w}</span>
          ))}
          {cells.map((d, i) =>
            d === null ? (
              <span key={`e${i}`} />
            ) : (
              <button
                key={d}
                type="button"
                class={p.y === view.y && p.m === view.m && p.d === d ? 'cal-day on' : 'cal-day'}
                aria-pressed={p.y === view.y && p.m === view.m && p.d === d}
                aria-label={`${num(d)} ${months[view.m - 1]} ${num(view.y)}`}
                onClick={() => commit({ ...p, y: view.y, m: view.m, d })}
              >
                {num(d)}
              </button>
            ),
          )}
        </div>
      </div>
    </fieldset>
  );
}
