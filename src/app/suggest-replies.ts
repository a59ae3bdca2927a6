import type { Principal } from '../domain/auth/access.js';
import { detectHumanRequest } from '../domain/escalation/index.js';
import type { AppDeps } from './deps.js';
import { forbidden } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import type { SuggestReplies } from './ports.js';

/** At most this many suggestions per request. */
export const MAX_SUGGESTIONS = 3;
/** The customer's last few messages are the query; older ones are usually answered already. */
const CUSTOMER_MESSAGES = 3;
/** How far back (in messages) to look for them. */
const WINDOW = 40;

/**
 * Suggested replies for the person answering a conversation: the customer's latest messages run through
 * the assistant's help-article retrieval, each suggestion a short passage of one article with the article
 * as its citation. Only the owning agent and supervisors may ask (another agent: 404, as for any
 * conversation they cannot read; one who can read it but does not own it, e.g. while it is offered: 403).
 * A bare request for a person ("agent please") is left out of the query when the customer said anything else.
 */
export async function suggestReplies(
  deps: Pick<AppDeps, 'store'> & { suggestReplies: SuggestReplies },
  input: { principal: Principal; conversationId: string },
) {
  const { principal } = input;
  if (principal.kind !== 'agent') throw forbidden('suggested replies are for the agent answering the conversation');
  const conversation = await loadReadableConversation(deps.store, principal, input.conversationId);
  if (principal.role !== 'supervisor' && conversation.ownerAgentId !== principal.agentId) {
    throw forbidden('only the agent who owns this conversation gets suggested replies');
  }
  const recent = await deps.store.messages.listAfter(conversation.id, Math.max(0, conversation.lastSeq - WINDOW), WINDOW);
  const said = recent.filter((m) => m.authorKind === 'customer').map((m) => m.body.trim()).filter((body) => body !== '');
  const topical = said.filter((body) => !detectHumanRequest(body));
  const basedOn = (topical.length > 0 ? topical : said).slice(-CUSTOMER_MESSAGES);
  const suggestions = basedOn.length === 0 && !conversation.intent ? [] : await deps.suggestReplies({ text: basedOn.join('\n'), intent: conversation.intent }, MAX_SUGGESTIONS);
  return { conversationId: conversation.id, basedOn, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) };
}
