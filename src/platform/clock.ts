/** A clock that tests can pin. Everything that needs "now" takes a Clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock fixed at an instant, movable by tests. */
export function fixedClock(start: Date | string | number): Clock & { set(d: Date | string | number): void; advance(ms: number): void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (d) => { t = new Date(d).getTime(); },
    advance: (ms) => { t += ms; },
  };
}
