import type { Principal } from '../../domain/auth/access.js';
import type { PayRates } from '../../domain/workforce/index.js';
import { payRateProblem, payRateSettingsOf, type PayRateSettings } from '../../domain/workforce/pay-rate-settings.js';
import { AppError } from '../errors.js';
import type { Clock } from '../ports.js';
import { actorName, requireSupervisor } from '../workforce/access.js';
import { effectivePayRates } from './current-pay-rates.js';
import type { PayRatesStore } from './ports.js';

export type PayRatesDeps = {
  store: PayRatesStore;
  /** The configured rates (and currency) that apply until an operator saves their own. */
  defaults: PayRates;
  clock: Clock;
  /** Called after a change commits, e.g. to drop this node's cached rates. */
  changed?: () => void;
};

export type PayRatesView = {
  currency: string;
  settings: PayRateSettings;
  defaults: PayRateSettings;
  updatedBy: string | null;
  updatedAt: number | null;
};

export const PAY_RATES_CHANGED_EVENT = 'pay_rates.changed';

/** Supervisors and the admin key: the rates in force, and the configured defaults beside them. */
export async function getPayRates(deps: PayRatesDeps, input: { principal: Principal }): Promise<PayRatesView> {
  requireSupervisor(input.principal);
  const stored = await deps.store.rates.get();
  return {
    currency: deps.defaults.currency,
    settings: payRateSettingsOf(effectivePayRates(deps.defaults, stored)),
    defaults: payRateSettingsOf(deps.defaults),
    updatedBy: stored?.updatedBy ?? null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

/**
 * Replaces every editable rate at once. Checked before anything is written; the row and an event with
 * who, when, before and after commit together. Pay already in the ledger keeps its amounts, and published
 * blocks keep the standby rate they were claimed at; new pay uses the new rates.
 */
export async function setPayRates(deps: PayRatesDeps, input: { principal: Principal; settings: PayRateSettings }): Promise<PayRatesView> {
  requireSupervisor(input.principal);
  const problem = payRateProblem(input.settings);
  if (problem) throw new AppError('validation_failed', problem.message, problem.field);
  const by = actorName(input.principal);
  const now = deps.clock.now();
  await deps.store.transaction(async (tx) => {
    const before = payRateSettingsOf(effectivePayRates(deps.defaults, await tx.rates.getForUpdate()));
    await tx.rates.set(input.settings, by, now);
    await tx.events.append([
      { type: PAY_RATES_CHANGED_EVENT, conversationId: null, actor: by, payload: { currency: deps.defaults.currency, before, after: input.settings }, occurredAt: now },
    ]);
  });
  deps.changed?.();
  return getPayRates(deps, input);
}
