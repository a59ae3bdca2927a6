import type { Principal } from '../domain/auth/access.js';
import type { Conversation } from '../domain/conversation/types.js';
import type { AppDeps } from './deps.js';
import { loadReadableConversation } from './load-conversation.js';

export const getConversation = (
  deps: Pick<AppDeps, 'store'>,
  input: { principal: Principal; conversationId: string },
): Promise<Conversation> => loadReadableConversation(deps.store, input.principal, input.conversationId);
