import type { PendingQuestion } from './memory.js';

/** What one dialogue policy decided for this turn. */
export interface Step {
  readonly reply: string;
  /** The question this reply asks and the next message answers; null when it asks none. */
  readonly pending: PendingQuestion | null;
  /** The reply met a need: the engine adds "Is there anything else I can help with?". */
  readonly answered: boolean;
  /** An action did not go through, or the customer said the last answer did not help. */
  readonly failedAttempt: boolean;
  /** The customer confirmed their need is met. */
  readonly resolved: boolean;
}

export const answered = (reply: string): Step => ({ reply, pending: null, answered: true, failedAttempt: false, resolved: false });
export const asking = (reply: string, pending: PendingQuestion): Step => ({ reply, pending, answered: false, failedAttempt: false, resolved: false });
export const saying = (reply: string): Step => ({ reply, pending: null, answered: false, failedAttempt: false, resolved: false });
export const failed = (reply: string): Step => ({ reply, pending: null, answered: true, failedAttempt: true, resolved: false });
export const goodbye = (reply: string): Step => ({ reply, pending: null, answered: false, failedAttempt: false, resolved: true });

export const ANYTHING_ELSE = 'Is there anything else I can help with?';
export const TOOL_TROUBLE = "Sorry, I couldn't look that up just now.";
