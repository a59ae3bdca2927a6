/**
 * A small generated intent data set for tests: each intent has a few core phrasings wrapped in
 * shared greetings and sign-offs, so the classifier must learn the phrases and ignore the filler.
 */
import type { LabelledText } from './scoring-model.js';
import { seededRandom } from './seeded-random.js';

export const SYNTHETIC_INTENTS: Readonly<Record<string, readonly string[]>> = {
  lost_card: ['i lost my card', 'my card was stolen', 'i cannot find my card anywhere', 'someone took my wallet with the card'],
  refund_status: ['where is my refund', 'the refund has not arrived yet', 'when will i get my money back', 'refund still missing'],
  change_due_date: ['can i move my payment date', 'change the due date of my instalment', 'i want to pay later this month', 'postpone my payment day'],
  close_account: ['please close my account', 'i want to delete my account', 'cancel my membership and account', 'how do i shut down my account'],
};

const PREFIXES = ['', 'hi, ', 'hello ', 'please help, ', 'hey there ', 'good morning, '];
const SUFFIXES = ['', ' please', ' asap', ' thanks', '?', ' thank you so much'];

export function syntheticExamples(perIntent: number, seed: number): LabelledText[] {
  const rng = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
  const examples: LabelledText[] = [];
  for (const [label, phrases] of Object.entries(SYNTHETIC_INTENTS)) {
    for (let n = 0; n < perIntent; n++) examples.push({ text: `${pick(PREFIXES)}${pick(phrases)}${pick(SUFFIXES)}`, label });
  }
  return examples;
}
