import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel.js';
import { createRng } from './random.js';

describe('Kernel', () => {
  it('runs events by time, then priority, then scheduling order', () => {
    const k = new Kernel();
    const log: string[] = [];
    k.schedule(10, 1, () => log.push('t10 p1 first'));
    k.schedule(5, 0, () => log.push('t5'));
    k.schedule(10, 0, () => log.push('t10 p0'));
    k.schedule(10, 1, () => log.push('t10 p1 second'));
    k.schedule(0, 5, () => log.push('t0'));
    k.run();
    expect(log).toEqual(['t0', 't5', 't10 p0', 't10 p1 first', 't10 p1 second']);
    expect(k.now).toBe(10);
    expect(k.eventsProcessed).toBe(5);
  });

  it('lets handlers schedule more events, including at the current time', () => {
    const k = new Kernel();
    const times: number[] = [];
    const tick = (left: number) => () => {
      times.push(k.now);
      if (left > 0) k.schedule(left % 2 === 0 ? 0 : 3, 0, tick(left - 1));
    };
    k.schedule(1, 0, tick(4));
    k.run();
    expect(times).toEqual([1, 1, 4, 4, 7]);
  });

  it('stops at `until`, sets the clock there, and resumes later', () => {
    const k = new Kernel();
    const seen: number[] = [];
    for (const t of [1, 2, 3, 4]) k.scheduleAt(t, 0, () => seen.push(t));
    k.run(2.5);
    expect(seen).toEqual([1, 2]);
    expect(k.now).toBe(2.5);
    expect(k.peekTime()).toBe(3);
    k.run(4);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('skips cancelled events', () => {
    const k = new Kernel();
    const seen: string[] = [];
    const a = k.schedule(1, 0, () => seen.push('a'));
    k.schedule(2, 0, () => seen.push('b'));
    k.cancel(a);
    expect(k.peekTime()).toBe(2);
    k.run();
    expect(seen).toEqual(['b']);
  });

  it('refuses negative delays and times in the past', () => {
    const k = new Kernel(10);
    expect(() => k.schedule(-1, 0, () => {})).toThrow(RangeError);
    expect(() => k.scheduleAt(9, 0, () => {})).toThrow(RangeError);
    expect(() => k.run(5)).toThrow(RangeError);
  });

  it('keeps heap order for many random events (same order as a stable sort)', () => {
    const rng = createRng(7);
    const k = new Kernel();
    const expected: { t: number; p: number; i: number }[] = [];
    const seen: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = rng.int(0, 200);
      const p = rng.int(0, 3);
      expected.push({ t, p, i });
      k.scheduleAt(t, p, () => seen.push(i));
    }
    k.run();
    expected.sort((x, y) => x.t - y.t || x.p - y.p || x.i - y.i);
    expect(seen).toEqual(expected.map((e) => e.i));
  });
});
