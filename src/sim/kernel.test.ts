import { describe, expect, it } from 'vitest';
import { Kernel } from './kernel.js';
import { createRng } from './random.js';

describe('Kernel', () => {
  it('runs events by time, then priority, then scheduling order', async () => {
    const k = new Kernel();
    const log: string[] = [];
    k.schedule(10, 1, () => void log.push('t10 p1 first'));
    k.schedule(5, 0, () => void log.push('t5'));
    k.schedule(10, 0, () => void log.push('t10 p0'));
    k.schedule(10, 1, () => void log.push('t10 p1 second'));
    k.schedule(0, 5, () => void log.push('t0'));
    await k.run();
    expect(log).toEqual(['t0', 't5', 't10 p0', 't10 p1 first', 't10 p1 second']);
    expect(k.now).toBe(10);
    expect(k.eventsProcessed).toBe(5);
  });

  it('lets handlers schedule more events, including at the current time', async () => {
    const k = new Kernel();
    const times: number[] = [];
    const tick = (left: number) => () => {
      times.push(k.now);
      if (left > 0) k.schedule(left % 2 === 0 ? 0 : 3, 0, tick(left - 1));
    };
    k.schedule(1, 0, tick(4));
    await k.run();
    expect(times).toEqual([1, 1, 4, 4, 7]);
  });

  it('stops at `until`, sets the clock there, and resumes later', async () => {
    const k = new Kernel();
    const seen: number[] = [];
    for (const t of [1, 2, 3, 4]) k.scheduleAt(t, 0, () => void seen.push(t));
    await k.run(2.5);
    expect(seen).toEqual([1, 2]);
    expect(k.now).toBe(2.5);
    expect(k.peekTime()).toBe(3);
    await k.run(4);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('skips cancelled events', async () => {
    const k = new Kernel();
    const seen: string[] = [];
    const a = k.schedule(1, 0, () => void seen.push('a'));
    k.schedule(2, 0, () => void seen.push('b'));
    k.cancel(a);
    expect(k.peekTime()).toBe(2);
    await k.run();
    expect(seen).toEqual(['b']);
  });

  it('refuses negative delays and times in the past', async () => {
    const k = new Kernel(10);
    expect(() => k.schedule(-1, 0, () => {})).toThrow(RangeError);
    expect(() => k.scheduleAt(9, 0, () => {})).toThrow(RangeError);
    await expect(k.run(5)).rejects.toThrow(RangeError);
  });

  it('keeps heap order for many random events (same order as a stable sort)', async () => {
    const rng = createRng(7);
    const k = new Kernel();
    const expected: { t: number; p: number; i: number }[] = [];
    const seen: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = rng.int(0, 200);
      const p = rng.int(0, 3);
      expected.push({ t, p, i });
      k.scheduleAt(t, p, () => void seen.push(i));
    }
    await k.run();
    expected.sort((x, y) => x.t - y.t || x.p - y.p || x.i - y.i);
    expect(seen).toEqual(expected.map((e) => e.i));
  });

  it('waits for an async handler before running the next event, even one at the same time', async () => {
    const k = new Kernel();
    const seen: string[] = [];
    k.schedule(0, 0, async () => {
      seen.push('a:start');
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push('a:end');
    });
    k.schedule(0, 0, () => void seen.push('b'));
    await k.run();
    expect(seen).toEqual(['a:start', 'a:end', 'b']);
  });
});
