import type { Conversation, ConversationState } from '../client/index.js';
import type { BadgeTone } from './Badge.js';

/** How each conversation state reads to staff, in every app the same. */
const labels: Record<ConversationState, string> = {
  new: 'New',
  ai: 'With assistant',
  queued: 'Queued',
  offered: 'Offered',
  assigned: 'With agent',
  resolved: 'Resolved',
  closed: 'Closed',
  abandoned: 'Abandoned',
};

const tones: Record<ConversationState, BadgeTone> = {
  new: 'neutral',
  ai: 'info',
  queued: 'warning',
  offered: 'warning',
  assigned: 'info',
  resolved: 'success',
  closed: 'neutral',
  abandoned: 'danger',
};

export const stateLabel = (state: ConversationState): string => labels[state];
export const stateTone = (state: ConversationState): BadgeTone => tones[state];

type EscalationReason = NonNullable<Conversation['escalationReason']>;

/** Why a conversation came to people, in words staff read at a glance. */
const escalationLabels: Record<EscalationReason, string> = {
  customer_asked: 'Customer asked for a person',
  low_confidence: 'Assistant was not confident',
  out_of_scope: 'Outside what the assistant handles',
  human_only_intent: 'Topic handled only by people',
  negative_sentiment: 'Customer seems upset',
  vulnerable_customer: 'Customer may be vulnerable',
  repeated_failure: 'Assistant failed repeatedly',
  human_first_policy: 'People first for this topic',
  ai_error: 'Assistant error',
};

export const escalationLabel = (reason: Conversation['escalationReason']): string | null => (reason ? escalationLabels[reason] : null);

/** The same for a reason read from message meta (any string): unknown codes are shown as they are. */
export const escalationLabelOf = (reason: string | null): string | null =>
  reason ? (Object.hasOwn(escalationLabels, reason) ? escalationLabels[reason as EscalationReason] : reason.replaceAll('_', ' ')) : null;
