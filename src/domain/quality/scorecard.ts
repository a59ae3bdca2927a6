/**
 * QA scorecards are data: an operator edits criteria, weights and pass marks without a deploy. A reviewer
 * awards each criterion 0..maxPoints (or 'n/a' where the criterion allows it, e.g. hardship handling when
 * hardship never came up).
 */
export interface ScorecardCriterion {
  readonly id: string;
  readonly label: string;
  /** What a reviewer looks for, shown next to the criterion. */
  readonly guidance: string;
  /** Relative weight; weights of applicable criteria are renormalised, so they need not sum to 100. */
  readonly weight: number;
  readonly maxPoints: number;
  /** Fraction of maxPoints (0..1) needed to pass this criterion. */
  readonly passMark: number;
  /** Failing a critical criterion fails the whole review, whatever the score. */
  readonly critical: boolean;
  readonly allowNotApplicable: boolean;
}

export interface Scorecard {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly criteria: readonly ScorecardCriterion[];
  /** Overall score (0..100) needed to pass. */
  readonly passScore: number;
}

export type CriterionAnswer = number | 'n/a';
export type ReviewAnswers = Readonly<Record<string, CriterionAnswer>>;

export interface CriterionResult {
  readonly criterionId: string;
  readonly applicable: boolean;
  readonly points: number | null;
  readonly maxPoints: number;
  /** points / maxPoints, or null when not applicable. */
  readonly fraction: number | null;
  readonly passed: boolean | null;
  readonly critical: boolean;
  /** Share of the overall score (0..1) after renormalising over applicable criteria. */
  readonly effectiveWeight: number;
}

export interface ReviewScore {
  /** Weighted mean of applicable criteria, 0..100. */
  readonly score: number;
  readonly passed: boolean;
  readonly perCriterion: readonly CriterionResult[];
  readonly failedCriticalCriteria: readonly string[];
}

export type Validation = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] };

export function validateScorecard(card: Scorecard): Validation {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (card.criteria.length === 0) problems.push('criteria: at least one is needed');
  if (!(card.passScore >= 0 && card.passScore <= 100)) problems.push('passScore: must be between 0 and 100');
  for (const c of card.criteria) {
    if (ids.has(c.id)) problems.push(`criteria.${c.id}: duplicate id`);
    ids.add(c.id);
    if (!(c.weight > 0 && Number.isFinite(c.weight))) problems.push(`criteria.${c.id}.weight: must be positive`);
    if (!(Number.isInteger(c.maxPoints) && c.maxPoints >= 1)) problems.push(`criteria.${c.id}.maxPoints: must be a whole number >= 1`);
    if (!(c.passMark >= 0 && c.passMark <= 1)) problems.push(`criteria.${c.id}.passMark: must be between 0 and 1`);
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** Check a reviewer's answers at the edge; scoreReview assumes they passed this. */
export function validateReviewAnswers(card: Scorecard, answers: ReviewAnswers): Validation {
  const problems: string[] = [];
  const known = new Set(card.criteria.map((c) => c.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) problems.push(`${id}: not a criterion of ${card.id}`);
  for (const c of card.criteria) {
    const a = answers[c.id];
    if (a === undefined) problems.push(`${c.id}: missing`);
    else if (a === 'n/a') {
      if (!c.allowNotApplicable) problems.push(`${c.id}: cannot be n/a`);
    } else if (!Number.isInteger(a) || a < 0 || a > c.maxPoints) {
      problems.push(`${c.id}: must be a whole number from 0 to ${c.maxPoints}`);
    }
  }
  if (problems.length === 0 && card.criteria.every((c) => answers[c.id] === 'n/a')) {
    problems.push('answers: at least one criterion must apply');
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

export function scoreReview(card: Scorecard, answers: ReviewAnswers): ReviewScore {
  const check = validateReviewAnswers(card, answers);
  if (!check.ok) throw new Error(`scoreReview: invalid answers (${check.problems.join('; ')})`);
  const applicableWeight = card.criteria.reduce((sum, c) => sum + (answers[c.id] === 'n/a' ? 0 : c.weight), 0);
  let weighted = 0;
  const perCriterion = card.criteria.map((c): CriterionResult => {
    const answer = answers[c.id];
    if (answer === undefined || answer === 'n/a') {
      return {
        criterionId: c.id,
        applicable: false,
        points: null,
        maxPoints: c.maxPoints,
        fraction: null,
        passed: null,
        critical: c.critical,
        effectiveWeight: 0,
      };
    }
    const fraction = answer / c.maxPoints;
    const effectiveWeight = c.weight / applicableWeight;
    weighted += fraction * effectiveWeight;
    return {
      criterionId: c.id,
      applicable: true,
      points: answer,
      maxPoints: c.maxPoints,
      fraction,
      passed: fraction >= c.passMark,
      critical: c.critical,
      effectiveWeight,
    };
  });
  const failedCriticalCriteria = perCriterion.filter((r) => r.critical && r.passed === false).map((r) => r.criterionId);
  const score = weighted * 100;
  return { score, passed: score >= card.passScore && failedCriticalCriteria.length === 0, perCriterion, failedCriticalCriteria };
}
