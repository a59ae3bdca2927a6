import { describe, expect, it } from 'vitest';
import type { PayRateSettings, SimResult } from '../../web/client/index.js';
import { fromInputs, RATE_FIELDS, toInputs } from '../../web/console/settings/pay-rate-form.js';
import { formatPercent, headlineRows, parseSeeds } from '../../web/console/simulations/simulation-view.js';
import { consolePath, parseConsolePath } from '../../web/console/useConsoleRoute.js';
import { DEFAULT_PAY_RATES } from '../../src/domain/workforce/index.js';
import { payRateSettingsOf } from '../../src/domain/workforce/pay-rate-settings.js';

/** The pay-rate card's unit conversions and the simulations page's figures, without a browser. */
describe('pay-rate card inputs', () => {
  const defaults: PayRateSettings = payRateSettingsOf(DEFAULT_PAY_RATES);

  it('shows money in major units, multipliers as ×, the score in %, and reads them back exactly', () => {
    const inputs = toInputs(defaults);
    expect(inputs).toMatchObject({ conversationBaseMinor: '1.50', standbyMinorPerHour: '7.00', complexMultiplierBp: '1.5', simpleMultiplierBp: '0.8', qualityBonusMinScore: '85', releaseNoticeHours: '12' });
    expect(fromInputs(inputs)).toEqual(defaults);
    expect(RATE_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(defaults).sort());
  });

  it('rounds money to the minor unit, and sends what is not a number as null for the server to name', () => {
    const read = fromInputs({ ...toInputs(defaults), conversationBaseMinor: '£1.755', callUpBonusMinor: 'three', perHandleMinuteMinor: ' ' });
    expect(read.conversationBaseMinor).toBe(176);
    expect(read.callUpBonusMinor).toBeNull();
    expect(read.perHandleMinuteMinor).toBeNull();
  });
});

describe('simulations page', () => {
  it('reads seeds, formats the headline figures per policy, and has its own console path', () => {
    expect(parseSeeds('1, 2 3,')).toEqual([1, 2, 3]);
    expect(parseSeeds('a')).toEqual([Number.NaN]);
    const result = {
      scenario: { name: 'x', description: '', hours: 24, currency: 'GBP', serviceLevelSeconds: 60 },
      seeds: [1],
      policies: [{ policy: { name: 'ai-only', mode: 'ai_only' }, summary: { costPerContactMinor: 150, durableResolutionRate: 0.657, csatProxy: 0.642, serviceLevel: null, abandonmentRate: null } }],
    } as SimResult;
    expect(headlineRows(result)).toEqual([{ policy: 'ai-only', mode: 'ai_only', values: [150, 0.657, 0.642, null, null] }]);
    expect(formatPercent(0.657)).toBe('65.7%');
    expect(formatPercent(null)).toBe('—');
    expect(parseConsolePath(consolePath({ page: 'simulations' }))).toEqual({ page: 'simulations' });
  });
});
