import type { Principal } from '../domain/auth/access.js';
import { assignConversation } from './assign-conversation.js';
import { createCustomerSession, createDemoSession } from './create-customer-session.js';
import type { AppDeps } from './deps.js';
import { escalateConversation } from './escalate-conversation.js';
import { getConversation } from './get-conversation.js';
import { listConversations } from './list-conversations.js';
import { listMessages } from './list-messages.js';
import { loginAgent } from './login-agent.js';
import type { CustomerIdentityVerifier, PasswordHasher, TokenService } from './ports.js';
import { resolveConversation } from './resolve-conversation.js';
import { sendMessage } from './send-message.js';
import { startConversation } from './start-conversation.js';

export type ServiceDeps = AppDeps & {
  tokens: TokenService;
  passwords: PasswordHasher;
  identity: CustomerIdentityVerifier;
  sessionTtlSeconds: number;
  demoSessions: boolean;
};

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

/** The use-cases with their ports bound: what the transports (HTTP, WebSocket, CLI) call. */
export function createServices(deps: ServiceDeps) {
  const sessionDeps = { ...deps, customers: deps.store.customers };
  return {
    deps,
    startConversation: (input: Arg<typeof startConversation>) => startConversation(deps, input),
    sendMessage: (input: Arg<typeof sendMessage>) => sendMessage(deps, input),
    listMessages: (input: Arg<typeof listMessages>) => listMessages(deps, input),
    getConversation: (input: Arg<typeof getConversation>) => getConversation(deps, input),
    listConversations: (input: Arg<typeof listConversations>) => listConversations(deps, input),
    escalateConversation: (input: Arg<typeof escalateConversation>) => escalateConversation(deps, input),
    assignConversation: (input: Arg<typeof assignConversation>) => assignConversation(deps, input),
    resolveConversation: (input: Arg<typeof resolveConversation>) => resolveConversation(deps, input),
    loginAgent: (input: Arg<typeof loginAgent>) => loginAgent({ ...deps, agents: deps.store.agents }, input),
    createCustomerSession: (input: Arg<typeof createCustomerSession>) => createCustomerSession(sessionDeps, input),
    createDemoSession: (input: Arg<typeof createDemoSession>) => createDemoSession(sessionDeps, input),
    verifyToken: (token: string): Promise<Principal | null> => deps.tokens.verify(token),
  };
}

export type Services = ReturnType<typeof createServices>;
