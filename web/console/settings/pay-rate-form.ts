import type { PayRateSettings } from '../../client/index.js';

/** How a rate is typed in: money in major units, multipliers as "× 1.5", a score in %, counts as they are. */
export type RateUnit = 'money' | 'multiplier' | 'percent' | 'count';
export type RateField = { key: keyof PayRateSettings; label: string; unit: RateUnit };

export const RATE_GROUPS: { legend: string; fields: RateField[] }[] = [
  {
    legend: 'Per conversation',
    fields: [
      { key: 'conversationBaseMinor', label: 'Base pay per conversation', unit: 'money' },
      { key: 'perHandleMinuteMinor', label: 'Pay per handle minute', unit: 'money' },
      { key: 'maxPaidHandleMinutes', label: 'Handle minutes paid at most', unit: 'count' },
      { key: 'simpleMultiplierBp', label: 'Simple conversation multiplier (×)', unit: 'multiplier' },
      { key: 'standardMultiplierBp', label: 'Standard conversation multiplier (×)', unit: 'multiplier' },
      { key: 'complexMultiplierBp', label: 'Complex conversation multiplier (×)', unit: 'multiplier' },
    ],
  },
  {
    legend: 'Availability',
    fields: [
      { key: 'standbyMinorPerHour', label: 'Standby pay per hour in an on-call block', unit: 'money' },
      { key: 'callUpBonusMinor', label: 'Call-up bonus', unit: 'money' },
      { key: 'releaseNoticeHours', label: 'Notice for a free block release (hours)', unit: 'count' },
      { key: 'noShowGraceMinutes', label: 'No-show grace after a block starts (minutes)', unit: 'count' },
    ],
  },
  {
    legend: 'Quality bonus',
    fields: [
      { key: 'qualityBonusMinorPerConversation', label: 'Quality bonus per conversation', unit: 'money' },
      { key: 'qualityBonusMinScore', label: 'Quality score needed (%)', unit: 'percent' },
      { key: 'qualityBonusMinEvidence', label: 'Scored conversations needed', unit: 'count' },
    ],
  },
];

export const RATE_FIELDS = RATE_GROUPS.flatMap((g) => g.fields);

export type RateInputs = Record<keyof PayRateSettings, string>;

const trim = (x: number) => String(Number(x.toFixed(6)));

export function toInputs(settings: PayRateSettings): RateInputs {
  const out = {} as RateInputs;
  for (const { key, unit } of RATE_FIELDS) {
    const v = settings[key];
    out[key] = unit === 'money' ? (v / 100).toFixed(2) : unit === 'multiplier' ? trim(v / 10_000) : unit === 'percent' ? trim(v * 100) : String(v);
  }
  return out;
}

/**
 * Back to the API's units. Text that is not a number is sent as null, so the server's message (naming the
 * field) is what the person sees next to the input.
 */
export function fromInputs(inputs: RateInputs): PayRateSettings {
  const out = {} as Record<keyof PayRateSettings, number | null>;
  for (const { key, unit } of RATE_FIELDS) {
    const text = inputs[key].trim().replace(/^[£$€]/, '');
    const n = text === '' ? Number.NaN : Number(text);
    const value = unit === 'money' ? Math.round(n * 100) : unit === 'multiplier' ? Math.round(n * 10_000) : unit === 'percent' ? n / 100 : n;
    out[key] = Number.isFinite(value) ? value : null;
  }
  return out as PayRateSettings;
}
