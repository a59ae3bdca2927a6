import Sentiment from 'sentiment';
import { matchingCues } from './frustration-cues.js';

/**
 * A per-message sentiment/frustration score on -1..1 (negative = unhappy), for the escalation policy's
 * trend rule. AFINN (the `sentiment` package) gives the general tone; support-specific cues add what it
 * misses ("third time asking", shouting, "useless bot").
 */
export interface SentimentReading {
  /** -1 (very unhappy) .. 1 (very happy); 0 is neutral. */
  readonly score: number;
  /** The AFINN sum after topic words were set aside (see TOPIC_WORDS). */
  readonly afinn: number;
  /** Names of the frustration cues found. */
  readonly cues: readonly string[];
}

/**
 * Words AFINN scores as negative (or positive) that, in a BNPL support chat, name the topic rather than
 * the customer's mood: "I was charged a late fee", "my payment failed", "open a dispute", "yes please".
 * Counting them would make every refund question look angry and push calm customers to a human.
 */
const TOPIC_WORDS = new Set([
  'pay', 'charged', 'charge', 'charges', 'failed', 'fail', 'fails', 'wrong', 'damaged', 'dispute', 'disputed',
  'fraud', 'cancel', 'cancelled', 'canceled', 'debt', 'problem', 'problems', 'stolen', 'lost', 'missing',
  'hacked', 'scam', 'broken', 'defective', 'died', 'death', 'dead', 'hardship', 'difficult', 'trouble', 'delay',
  'delayed', 'error', 'complaint', 'complain', 'ill', 'sick', 'help', 'please', 'like', 'want', 'interest',
  'free', 'fine', 'clear', 'easy', 'no', 'yes', 'miss', 'missed', 'penalty', 'fines', 'urgent', 'blocked',
  'suspended', 'reject', 'rejected', 'stop', 'joke', 'sorry', 'limit', 'limited', 'owe', 'overdue', 'loss',
  'bankrupt', 'poor', 'credit', 'block', 'locked', 'pause', 'paused', 'ok', 'okay', 'true', 'agree',
]);

const analyser = new Sentiment();

/** Scales an AFINN sum to -1..1: one strong word (±3) reads as about ±0.5, and it saturates gently. */
const AFINN_SCALE = 5;

export function measureSentiment(text: string): SentimentReading {
  const result = analyser.analyze(text);
  let afinn = 0;
  for (const entry of result.calculation) {
    for (const [token, value] of Object.entries(entry)) {
      if (!TOPIC_WORDS.has(token)) afinn += value;
    }
  }
  const cues = matchingCues(text);
  const penalty = cues.reduce((sum, cue) => sum + cue.weight, 0);
  const raw = Math.tanh(afinn / AFINN_SCALE) - penalty;
  const score = Math.max(-1, Math.min(1, raw));
  // Round so that equal messages give equal, readable numbers in stored turn signals.
  return { score: Math.round(score * 1000) / 1000 + 0, afinn, cues: cues.map((cue) => cue.name) };
}
