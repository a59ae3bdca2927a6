/**
 * Human demand: how many of the forecast conversations will reach a person.
 *   human demand = Σ_intent arrivals(intent) × escalation share(intent)
 * Arrivals per intent are given directly or as total arrivals × an intent mix. The mix is
 * normalised by its sum, so counts or percentages work as well as shares. An intent missing
 * from the escalation table uses `defaultEscalationShare`, which defaults to 1: an intent
 * nobody has measured yet is assumed to need a human, because under-staffing hurts customers
 * while over-staffing only costs standby pay.
 */

export type EscalationShares = Readonly<Record<string, number>>;

export type DemandInput =
  | { arrivalsByIntent: Readonly<Record<string, number>> }
  | { arrivals: number; intentMix: Readonly<Record<string, number>> };

export interface HumanDemandOptions {
  defaultEscalationShare?: number;
}

function requireShare(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${String(value)}`);
}

function arrivalsPerIntent(input: DemandInput): Array<[string, number]> {
  if ('arrivalsByIntent' in input) return Object.entries(input.arrivalsByIntent);
  const entries = Object.entries(input.intentMix);
  const mixTotal = entries.reduce((s, [, w]) => s + w, 0);
  if (!(mixTotal > 0)) throw new RangeError('intentMix must have a positive total');
  return entries.map(([intent, weight]) => [intent, (input.arrivals * weight) / mixTotal]);
}

export function humanDemand(input: DemandInput, escalation: EscalationShares, options: HumanDemandOptions = {}): number {
  const fallback = options.defaultEscalationShare ?? 1;
  requireShare('defaultEscalationShare', fallback);
  let demand = 0;
  for (const [intent, arrivals] of arrivalsPerIntent(input)) {
    if (!(arrivals >= 0 && Number.isFinite(arrivals))) throw new RangeError(`arrivals for ${intent} must be finite and >= 0`);
    const share = escalation[intent] ?? fallback;
    requireShare(`escalation share of ${intent}`, share);
    demand += arrivals * share;
  }
  return demand;
}

/** The forecast with each interval's arrivals replaced by the human demand in it. */
export function humanDemandSeries<T extends { arrivals: number }>(
  intervals: readonly T[],
  intentMix: Readonly<Record<string, number>>,
  escalation: EscalationShares,
  options: HumanDemandOptions = {},
): T[] {
  return intervals.map((interval) => ({
    ...interval,
    arrivals: humanDemand({ arrivals: interval.arrivals, intentMix }, escalation, options),
  }));
}
