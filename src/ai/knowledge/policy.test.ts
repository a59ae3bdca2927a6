import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './load-files.js';
import { POLICY } from './policy.js';
import { formatPounds } from './policy-format.js';
import { POLICY_MENTIONS, policyFigurePaths, policyValueAt } from './policy-mentions.js';

const { articles } = loadKnowledgeBase();
const bodyById = new Map(articles.map((article) => [article.id, article.body]));

function renderedMentions() {
  return POLICY_MENTIONS.flatMap((mention) => {
    const value = policyValueAt(mention.path);
    if (value === undefined) throw new Error(`mention path ${mention.path} names no policy figure`);
    const phrase = mention.phrase(value);
    return mention.articles.map((articleId) => ({ path: mention.path, articleId, phrase }));
  });
}

const DURATION = /\b(\d+)\s+(business days?|days?|weeks?|months?|years?|hours?|minutes?)\b/gi;

function durationsIn(text: string): string[] {
  return [...text.matchAll(DURATION)].map((match) => match[0].toLowerCase());
}

describe('policy figures in the help centre', () => {
  it('states every figure in POLICY in at least one article', () => {
    const mentioned = new Set(POLICY_MENTIONS.map((mention) => mention.path));
    expect(policyFigurePaths().filter((path) => !mentioned.has(path))).toEqual([]);
  });

  it('has each covering article say the figure as policy.ts has it', () => {
    const missing = renderedMentions()
      .filter(({ articleId, phrase }) => !(bodyById.get(articleId) ?? '').toLowerCase().includes(phrase.toLowerCase()))
      .map(({ path, articleId, phrase }) => `${articleId} should say "${phrase}" (${path})`);
    expect(missing).toEqual([]);
  });

  it('states no period of time that is not a policy figure', () => {
    // Catches a stray "28 days" left behind when a figure changes, in articles the mention table does not list.
    const known = new Set(renderedMentions().flatMap(({ phrase }) => durationsIn(phrase)));
    const stray = articles.flatMap((article) =>
      durationsIn(article.body)
        .filter((duration) => !known.has(duration))
        .map((duration) => `${article.id}: ${duration}`),
    );
    expect(stray).toEqual([]);
  });

  it('says the return pause is 21 days where returns are explained', () => {
    expect(POLICY.returns.paymentPauseDays).toBe(21);
    expect(bodyById.get('reporting-a-return')).toContain('up to 21 days');
  });
});

describe('policy figures agree with each other', () => {
  it('prices the representative example from its APR', () => {
    const { borrowedMinor, months, monthlyPaymentMinor, totalPayableMinor } = POLICY.representativeExample;
    const monthlyRate = (1 + POLICY.financing.representativeAprPercent / 100) ** (1 / 12) - 1;
    const payment = (borrowedMinor * monthlyRate) / (1 - (1 + monthlyRate) ** -months);
    expect(Math.round(payment)).toBe(monthlyPaymentMinor);
    expect(monthlyPaymentMinor * months).toBe(totalPayableMinor);
    expect(POLICY.financing.termsMonths).toContain(months);
  });

  it('pays Pay in 4 off in the stated number of weeks', () => {
    const { instalments, daysBetweenInstalments, weeksToPayOff } = POLICY.payIn4;
    expect(((instalments - 1) * daysBetweenInstalments) / 7).toBe(weeksToPayOff);
  });

  it('retries a failed payment before a late fee can be added', () => {
    for (const day of POLICY.paymentRetries.retryDaysAfterDue) {
      expect(day).toBeLessThanOrEqual(POLICY.lateFees.graceDays);
    }
  });

  it('never lets an extended instalment pass the next one', () => {
    expect(POLICY.extensions.maxDays).toBeLessThan(POLICY.payIn4.daysBetweenInstalments);
  });

  it('matches the worked cap example in the late fees article', () => {
    const orderMinor = 40_00;
    const { capPercentOfOrder, capPerOrderMinor } = POLICY.lateFees;
    const cap = Math.min((orderMinor * capPercentOfOrder) / 100, capPerOrderMinor);
    const example = `On a ${formatPounds(orderMinor)} order, for example, the most you could ever pay in late fees`;
    expect(bodyById.get('late-fees')).toContain(`${example} is ${formatPounds(cap)}.`);
  });

  it('keeps the per-order cap reachable by the fees on one order', () => {
    const { firstFeeMinor, secondFeeMinor, capPerOrderMinor } = POLICY.lateFees;
    expect(capPerOrderMinor).toBeLessThanOrEqual((firstFeeMinor + secondFeeMinor) * POLICY.payIn4.instalments);
  });
});
