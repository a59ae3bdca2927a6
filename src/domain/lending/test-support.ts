import type { IsoDate } from './dates.js';
import type { Result } from './errors.js';
import { buildPlan } from './plans.js';
import type { Instalment, PlanTerms } from './types.js';

/** Helpers shared by this folder's tests only (not exported from index.ts). */

export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.value;
}

export function expectCode<T>(result: Result<T>): string {
  if (result.ok) throw new Error('expected a failure, got ok');
  return result.code;
}

export function plan(amountMinor: number, purchasedOn: IsoDate, terms: PlanTerms = { kind: 'pay_in_4' }, purchaseId = 'pur_test'): Instalment[] {
  return expectOk(buildPlan({ purchaseId, amountMinor, purchasedOn, plan: terms }));
}

export function withStatus(instalments: Instalment[], sequence: number, patch: Partial<Instalment>): Instalment[] {
  return instalments.map((instalment) => (instalment.sequence === sequence ? { ...instalment, ...patch } : instalment));
}

export const principalSum = (instalments: readonly Instalment[]) =>
  instalments.reduce((sum, instalment) => sum + instalment.principalMinor, 0);
