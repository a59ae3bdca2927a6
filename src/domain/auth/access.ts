import type { Conversation } from '../conversation/types.js';

/** Who is calling. Admin is the company's API key; supervisors are agents with the supervisor role. */
export type Principal =
  | { kind: 'customer'; customerId: string }
  | { kind: 'agent'; agentId: string; role: 'agent' | 'supervisor' }
  | { kind: 'admin' };

/**
 * Customers reach only their own conversations; agents only those they own or are being offered
 * (supervisors see all, to review and coach); the admin key sees all.
 */
export function canReadConversation(principal: Principal, conversation: Conversation): boolean {
  switch (principal.kind) {
    case 'admin':
      return true;
    case 'customer':
      return conversation.customerId === principal.customerId;
    case 'agent':
      return (
        principal.role === 'supervisor' ||
        conversation.ownerAgentId === principal.agentId ||
        conversation.offeredAgentId === principal.agentId
      );
  }
}

/** Writing needs the floor: the customer always, an agent only while they own the conversation. */
export function canWriteConversation(principal: Principal, conversation: Conversation): boolean {
  switch (principal.kind) {
    case 'customer':
      return conversation.customerId === principal.customerId;
    case 'agent':
      return conversation.state === 'assigned' && conversation.ownerAgentId === principal.agentId;
    case 'admin':
      return false;
  }
}
