import { describe, expect, it } from 'vitest';
import { acceptCsatAnswer, DEFAULT_CSAT_RULES, isSatisfied, validateCsatRating } from './csat.js';

describe('validateCsatRating', () => {
  it.each([1, 2, 3, 4, 5])('accepts %i', (r) => {
    expect(validateCsatRating(r)).toEqual({ ok: true, rating: r });
  });
  it.each([0, 6, -1])('rejects %i as out of range', (r) => {
    expect(validateCsatRating(r)).toMatchObject({ ok: false, code: 'out_of_range' });
  });
  it.each([4.5, Number.NaN, '4', null, undefined, Number.POSITIVE_INFINITY])('rejects %s as not an integer', (r) => {
    expect(validateCsatRating(r)).toMatchObject({ ok: false, code: 'not_an_integer' });
  });
  it('counts 4 and 5 as satisfied', () => {
    expect([1, 2, 3, 4, 5].map(isSatisfied)).toEqual([false, false, false, true, true]);
  });
});

describe('acceptCsatAnswer', () => {
  const request = { resolutionId: 'r1', conversationId: 'c1', resolvedAtMs: 1_000 };

  it('records the first valid answer', () => {
    expect(acceptCsatAnswer(request, { rating: 4, atMs: 2_000 }, [])).toEqual({
      ok: true,
      answer: { resolutionId: 'r1', conversationId: 'c1', rating: 4, answeredAtMs: 2_000 },
    });
  });

  it('allows one answer per resolution, but a new resolution of the same conversation may be rated', () => {
    expect(acceptCsatAnswer(request, { rating: 5, atMs: 2_000 }, [{ resolutionId: 'r1' }])).toMatchObject({
      ok: false,
      code: 'already_answered',
    });
    expect(
      acceptCsatAnswer({ ...request, resolutionId: 'r2' }, { rating: 5, atMs: 2_000 }, [{ resolutionId: 'r1' }]),
    ).toMatchObject({ ok: true });
  });

  it('rejects invalid ratings and answers outside the window', () => {
    expect(acceptCsatAnswer(request, { rating: 7, atMs: 2_000 }, [])).toMatchObject({ code: 'invalid_rating' });
    expect(acceptCsatAnswer(request, { rating: 3, atMs: 999 }, [])).toMatchObject({ code: 'before_resolution' });
    const lastMoment = 1_000 + DEFAULT_CSAT_RULES.answerWindowMs;
    expect(acceptCsatAnswer(request, { rating: 3, atMs: lastMoment }, [])).toMatchObject({ ok: true });
    expect(acceptCsatAnswer(request, { rating: 3, atMs: lastMoment + 1 }, [])).toMatchObject({ code: 'window_closed' });
  });
});
