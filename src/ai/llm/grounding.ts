import { findAmounts, findDates, findSourceAmounts, sameAmount, sameDate, type StatedAmount, type StatedDate } from '../../domain/quality/facts-in-text.js';

/**
 * The grounding check every LLM reply passes before a customer sees it: each amount, date and status word
 * in the reply must be stated by a tool result or an article of THIS turn. A model that invents "£40 on
 * 3 June" is caught here, whatever the prompt said.
 */
export const STATUS_WORDS = ['scheduled', 'late', 'paused', 'paid', 'refunded', 'pending', 'processed', 'open', 'resolved'] as const;

/** Text a reply may stand on, with the reference a citation would use (tool audit, article id). */
export type GroundingSource = { ref: string; text: string };

export type GroundingResult = {
  /** The facts of the reply no source states, as written in the reply. Empty when grounded. */
  ungrounded: string[];
  /** Refs of the sources that state at least one fact of the reply. */
  usedRefs: string[];
};

type SourceFacts = { ref: string; amounts: StatedAmount[]; dates: StatedDate[]; statuses: Set<string> };

const STATUS_PATTERN = new RegExp(`\\b(${STATUS_WORDS.join('|')})\\b`, 'gi');

function statusesIn(text: string): string[] {
  return [...text.matchAll(STATUS_PATTERN)].map((m) => (m[1] ?? '').toLowerCase());
}

function factsOf(source: GroundingSource): SourceFacts {
  return { ref: source.ref, amounts: findSourceAmounts(source.text), dates: findDates(source.text), statuses: new Set(statusesIn(source.text)) };
}

export function checkGrounding(reply: string, sources: readonly GroundingSource[]): GroundingResult {
  const facts = sources.map(factsOf);
  const ungrounded: string[] = [];
  const used = new Set<string>();
  const check = (label: string, stated: (s: SourceFacts) => boolean) => {
    const backing = facts.filter(stated);
    if (backing.length === 0) ungrounded.push(label);
    for (const s of backing) used.add(s.ref);
  };
  for (const amount of findAmounts(reply)) check(amount.text, (s) => s.amounts.some((a) => sameAmount(amount, a)));
  for (const date of findDates(reply)) check(date.text, (s) => s.dates.some((d) => sameDate(date, d)));
  for (const status of new Set(statusesIn(reply))) check(status, (s) => s.statuses.has(status));
  return { ungrounded: [...new Set(ungrounded)], usedRefs: [...used] };
}
