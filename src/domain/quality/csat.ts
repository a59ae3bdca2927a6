/**
 * CSAT: one 1..5 answer per resolution. A conversation that is reopened and resolved again is a new
 * resolution (new id) and may be rated again; the first rating of a resolution is final, so a customer
 * cannot be nudged into changing it and agents cannot farm re-ratings.
 */
export type CsatRating = 1 | 2 | 3 | 4 | 5;

export type CsatRatingCheck =
  | { readonly ok: true; readonly rating: CsatRating }
  | { readonly ok: false; readonly code: 'not_an_integer' | 'out_of_range'; readonly message: string };

export function validateCsatRating(value: unknown): CsatRatingCheck {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { ok: false, code: 'not_an_integer', message: 'rating: must be a whole number from 1 to 5' };
  }
  if (value < 1 || value > 5) return { ok: false, code: 'out_of_range', message: 'rating: must be from 1 to 5' };
  return { ok: true, rating: value as CsatRating };
}

/** 4 and 5 count as satisfied: the usual CSAT definition, and what the agent score's Beta posterior counts. */
export function isSatisfied(rating: number): boolean {
  return rating >= 4;
}

export interface CsatRequest {
  readonly resolutionId: string;
  readonly conversationId: string;
  /** When the resolution happened; answers are accepted only within the window after it. */
  readonly resolvedAtMs: number;
}

export interface CsatAnswer {
  readonly resolutionId: string;
  readonly conversationId: string;
  readonly rating: CsatRating;
  readonly answeredAtMs: number;
}

export interface CsatRules {
  /** How long after resolution a rating is accepted; later ratings describe something else. */
  readonly answerWindowMs: number;
}

export const DEFAULT_CSAT_RULES: CsatRules = { answerWindowMs: 7 * 24 * 60 * 60 * 1000 };

export type CsatAcceptance =
  | { readonly ok: true; readonly answer: CsatAnswer }
  | {
      readonly ok: false;
      readonly code: 'already_answered' | 'invalid_rating' | 'window_closed' | 'before_resolution';
      readonly message: string;
    };

/** Decide whether a submitted rating is recorded. `existing` is every answer stored for this resolution (or more). */
export function acceptCsatAnswer(
  request: CsatRequest,
  submitted: { readonly rating: unknown; readonly atMs: number },
  existing: readonly { readonly resolutionId: string }[],
  rules: CsatRules = DEFAULT_CSAT_RULES,
): CsatAcceptance {
  const rating = validateCsatRating(submitted.rating);
  if (!rating.ok) return { ok: false, code: 'invalid_rating', message: rating.message };
  if (existing.some((a) => a.resolutionId === request.resolutionId)) {
    return { ok: false, code: 'already_answered', message: 'this resolution has already been rated' };
  }
  if (submitted.atMs < request.resolvedAtMs) {
    return { ok: false, code: 'before_resolution', message: 'the conversation was not resolved yet' };
  }
  if (submitted.atMs - request.resolvedAtMs > rules.answerWindowMs) {
    return { ok: false, code: 'window_closed', message: 'the rating window for this resolution has closed' };
  }
  return {
    ok: true,
    answer: {
      resolutionId: request.resolutionId,
      conversationId: request.conversationId,
      rating: rating.rating,
      answeredAtMs: submitted.atMs,
    },
  };
}
