import type { Rng } from '../random.js';
import type { Distribution } from '../scenario-parts.js';

export type Sampler = (rng: Rng) => number;

/** A sampler for a scenario distribution; results are never negative (they are durations and counts). */
export function sampler(d: Distribution): Sampler {
  switch (d.dist) {
    case 'constant':
      return () => d.value;
    case 'exponential':
      return (rng) => rng.exponential(d.mean);
    case 'lognormal':
      return (rng) => rng.lognormal(d.mean, d.sd);
    case 'uniform':
      return (rng) => rng.uniform(d.min, d.max);
    case 'normal':
      return (rng) => {
        // Redraw below the floor a few times (a truncated normal), then clamp so a badly chosen
        // floor far in the tail cannot loop for long.
        for (let i = 0; i < 8; i++) {
          const x = rng.normal(d.mean, d.sd);
          if (x >= d.min) return x;
        }
        return d.min;
      };
  }
}

/** The mean of the distribution as the scenario states it (before any truncation). */
export function nominalMean(d: Distribution): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    default:
      return Math.max(d.mean, 'min' in d ? d.min : 0);
  }
}
