import { describe, expect, it } from 'vitest';
import { createRng } from '../random.js';
import { ArrivalProcess } from './arrivals.js';

const HOUR = 3_600_000;

function sample(process: ArrivalProcess, seed: number): number[] {
  const rng = createRng(seed);
  const times: number[] = [];
  for (let t = process.next(0, rng); t !== null; t = process.next(t, rng)) times.push(t);
  return times;
}

describe('ArrivalProcess (non-homogeneous Poisson by thinning)', () => {
  it('gives the expected total and the curve’s shape, linear between points', () => {
    // Rate rises linearly from 1 to 3 over 4 h: the second half holds (2+3)/(1.5+2.5+…) = 62.5 % of the area.
    const process = new ArrivalProcess({ total: 4000, curve: [{ at: '00:00', weight: 1 }, { at: '04:00', weight: 3 }], interpolation: 'linear' }, 4 * HOUR);
    const counts = [1, 2, 3, 4, 5].map((seed) => sample(process, seed));
    const mean = counts.reduce((s, c) => s + c.length, 0) / counts.length;
    // Poisson: SD of one day is √4000 ≈ 63, of the mean of 5 ≈ 28; allow 4 SD.
    expect(Math.abs(mean - 4000)).toBeLessThan(113);
    const secondHalf = counts.flat().filter((t) => t >= 2 * HOUR).length / counts.flat().length;
    expect(secondHalf).toBeCloseTo(0.625, 1);
    expect(process.ratePerHour(0)).toBeCloseTo(500, 6);
    expect(process.ratePerHour(2 * HOUR)).toBeCloseTo(1000, 6);
  });

  it('is zero before the first point, stepped when asked, and flat after the last point', () => {
    const process = new ArrivalProcess(
      { total: 3000, curve: [{ at: '01:00', weight: 1 }, { at: '02:00', weight: 2 }], interpolation: 'step' },
      3 * HOUR,
    );
    // Area: 1 h at 1, then 1 h at 2 (held to the end): 3000 over 3 weight-hours.
    expect(process.ratePerHour(0.5 * HOUR)).toBe(0);
    expect(process.ratePerHour(1.5 * HOUR)).toBeCloseTo(1000, 6);
    expect(process.ratePerHour(2.5 * HOUR)).toBeCloseTo(2000, 6);
    const times = sample(process, 9);
    expect(times.every((t) => t >= HOUR && t < 3 * HOUR)).toBe(true);
    const early = times.filter((t) => t < 2 * HOUR).length;
    expect(early / times.length).toBeCloseTo(1 / 3, 1);
  });

  it('replays the same times for the same seed', () => {
    const process = new ArrivalProcess({ total: 200, curve: [{ at: '00:00', weight: 1 }], interpolation: 'linear' }, HOUR);
    expect(sample(process, 4)).toEqual(sample(process, 4));
    expect(sample(process, 4)).not.toEqual(sample(process, 5));
  });

  it('has exponential gaps on a flat curve (mean and coefficient of variation 1)', () => {
    const process = new ArrivalProcess({ total: 20_000, curve: [{ at: '00:00', weight: 1 }], interpolation: 'step' }, 10 * HOUR);
    const times = sample(process, 21);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const mean = gaps.reduce((s, g) => s + g, 0) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((s, g) => s + (g - mean) ** 2, 0) / gaps.length);
    expect(mean).toBeCloseTo(1800, -2); // 10 h / 20,000 = 1.8 s
    expect(sd / mean).toBeCloseTo(1, 1);
  });
});
