import { z } from 'zod';

/**
 * Building blocks of the scenario schema (scenario.ts): distributions, times of day and bounded
 * numbers, each with an error message that says what is allowed.
 */

export const between = (min: number, max: number) =>
  z.number().min(min, `must be between ${min} and ${max}`).max(max, `must be between ${min} and ${max}`);

export const probability = () => between(0, 1);
export const name = () => z.string().min(1, 'must not be empty');
export const nonNegativeInt = () => z.number().int('must be a whole number').min(0, 'must be 0 or more');
export const positive = () => z.number().positive('must be more than 0');
export const minorUnits = () => nonNegativeInt();

/** "HH:MM" from the start of the simulated period; hours may exceed 23 for runs longer than a day. */
export const timeOfDay = () =>
  z.string().regex(/^\d{1,3}:[0-5]\d$/, 'must be a time "HH:MM" (hours may go past 24 for longer runs)');

export function timeMs(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return (Number(h) * 60 + Number(m)) * 60_000;
}

/**
 * A distribution of a non-negative quantity, in the unit its field name carries (…Seconds,
 * …Minutes, …Hours). A bare number means "always this value". Lognormal is given by the mean and
 * standard deviation of the quantity itself, which is what people measure.
 */
const distObject = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('constant'), value: z.number().min(0, 'must be 0 or more') }),
  z.strictObject({ dist: z.literal('exponential'), mean: positive() }),
  z.strictObject({ dist: z.literal('lognormal'), mean: positive(), sd: z.number().min(0, 'must be 0 or more') }),
  z.strictObject({
    dist: z.literal('normal'),
    mean: z.number(),
    sd: z.number().min(0, 'must be 0 or more'),
    /** Draws below this are redrawn (at most a few times, then clamped): durations cannot be negative. */
    min: z.number().min(0, 'must be 0 or more').default(0),
  }),
  z.strictObject({ dist: z.literal('uniform'), min: z.number().min(0, 'must be 0 or more'), max: z.number() }),
]);

export const distribution = () =>
  z
    .preprocess((v) => (typeof v === 'number' ? { dist: 'constant', value: v } : v), distObject)
    .superRefine((d, ctx) => {
      if (d.dist === 'uniform' && d.max < d.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be at least min' });
    });

export type Distribution = z.output<typeof distObject>;

/** Probabilities of the AI's three outcomes for an intent; they must add up to 1. */
export const aiOutcome = () =>
  z
    .strictObject({ resolves: probability(), escalates: probability(), resolvesWrongly: probability() })
    .superRefine((o, ctx) => {
      const sum = o.resolves + o.escalates + o.resolvesWrongly;
      if (Math.abs(sum - 1) > 1e-6) {
        ctx.addIssue({ code: 'custom', message: `resolves + escalates + resolvesWrongly must add up to 1 (got ${round(sum)})` });
      }
    });

export type AiOutcomeMix = z.output<ReturnType<typeof aiOutcome>>;

/** A stretch of time with a number of agents: on-call blocks and ad-hoc presence. */
export const staffedWindow = () =>
  z.strictObject({ from: timeOfDay(), to: timeOfDay(), agents: nonNegativeInt() }).superRefine((w, ctx) => {
    if (timeMs(w.to) <= timeMs(w.from)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
  });

export const weights = () =>
  z.record(z.string(), z.number().min(0, 'must be 0 or more')).refine((r) => Object.values(r).some((w) => w > 0), {
    message: 'needs at least one positive weight',
  });

const round = (x: number) => Math.round(x * 1e6) / 1e6;
