import type { Principal } from '../domain/auth/access.js';
import { assignConversation } from './assign-conversation.js';
import { createCustomerSession, createDemoSession } from './create-customer-session.js';
import type { AssistantDeps } from './assistant/assistant-deps.js';
import type { QualityServices } from './quality/index.js';
import type { WorkforceServices } from './workforce/index.js';
import { AssistantRunner } from './assistant/assistant-runner.js';
import { acceptOffer } from './dispatch/accept-offer.js';
import { getAgentWorkspace, recordHeartbeat } from './dispatch/agent-work.js';
import { declineOffer } from './dispatch/decline-offer.js';
import type { DispatchDeps } from './dispatch/dispatch-deps.js';
import { expireOffer } from './dispatch/expire-offer.js';
import { leaveQueue } from './dispatch/leave-queue.js';
import { listAgents } from './dispatch/list-agents.js';
import { runDispatch } from './dispatch/run-dispatch.js';
import { setPresence } from './dispatch/set-presence.js';
import { sweepSilentAgents } from './dispatch/sweep-silent-agents.js';
import { agentRunTool } from './agent-run-tool.js';
import { escalateConversation } from './escalate-conversation.js';
import { getCustomerContext } from './get-customer-context.js';
import { listToolAudit } from './list-tool-audit.js';
import { getToolPolicy, setToolPolicy } from './manage-tool-policy.js';
import { runTool, type ToolDeps } from './run-tool.js';
import { getConversation } from './get-conversation.js';
import { listConversations } from './list-conversations.js';
import { listMessages } from './list-messages.js';
import { loginAgent } from './login-agent.js';
import type { CustomerIdentityVerifier, PasswordHasher, SuggestReplies, TokenService } from './ports.js';
import { resolveConversation } from './resolve-conversation.js';
import { sendMessage } from './send-message.js';
import { startConversation } from './start-conversation.js';
import { suggestReplies } from './suggest-replies.js';

export type ServiceDeps = DispatchDeps &
  Omit<AssistantDeps, keyof DispatchDeps> & {
  tokens: TokenService;
  passwords: PasswordHasher;
  identity: CustomerIdentityVerifier;
  sessionTtlSeconds: number;
  demoSessions: boolean;
  tools: ToolDeps;
  /** The assistant's help-article retrieval, for suggested replies to agents. */
  suggestReplies: SuggestReplies;
  workforce: WorkforceServices;
  quality: QualityServices;
};

type Logger = { error(obj: object, msg: string): void };

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

/** The use-cases with their ports bound: what the transports (HTTP, WebSocket, CLI) call. */
export function createServices(deps: ServiceDeps, logger: Logger) {
  const sessionDeps = { ...deps, customers: deps.store.customers };
  const assistant = new AssistantRunner(deps, logger);
  return {
    deps,
    assistant,
    workforce: deps.workforce,
    quality: deps.quality,
    /** A customer message to a conversation the assistant owns starts an assistant turn in the background. */
    startConversation: async (input: Arg<typeof startConversation>) => {
      const result = await startConversation(deps, input);
      if (result.messages.length > 0) void assistant.schedule(result.conversation.id);
      return result;
    },
    sendMessage: async (input: Arg<typeof sendMessage>) => {
      const result = await sendMessage(deps, input);
      if (result.created && input.principal.kind === 'customer' && result.conversation.state === 'ai') void assistant.schedule(result.conversation.id);
      return result;
    },
    listMessages: (input: Arg<typeof listMessages>) => listMessages(deps, input),
    getConversation: (input: Arg<typeof getConversation>) => getConversation(deps, input),
    listConversations: (input: Arg<typeof listConversations>) => listConversations(deps, input),
    escalateConversation: (input: Arg<typeof escalateConversation>) => escalateConversation(deps, input),
    assignConversation: (input: Arg<typeof assignConversation>) => assignConversation(deps, input),
    listAgents: (input: Arg<typeof listAgents>) => listAgents(deps, input),
    resolveConversation: (input: Arg<typeof resolveConversation>) => resolveConversation(deps, input),
    loginAgent: (input: Arg<typeof loginAgent>) => loginAgent({ ...deps, agents: deps.store.agents }, input),
    createCustomerSession: (input: Arg<typeof createCustomerSession>) => createCustomerSession(sessionDeps, input),
    createDemoSession: (input: Arg<typeof createDemoSession>) => createDemoSession(sessionDeps, input),
    verifyToken: (token: string): Promise<Principal | null> => deps.tokens.verify(token),
    /** The server's clock (epoch ms), for frames that carry it so clients can correct their own. */
    serverTime: (): number => deps.clock.now(),
    runTool: (input: Arg<typeof runTool>) => runTool(deps.tools, input),
    setPresence: (input: Arg<typeof setPresence>) => setPresence(deps, input),
    acceptOffer: (input: Arg<typeof acceptOffer>) => acceptOffer(deps, input),
    declineOffer: (input: Arg<typeof declineOffer>) => declineOffer(deps, input),
    expireOffer: (input: Arg<typeof expireOffer>) => expireOffer(deps, input),
    leaveQueue: (input: Arg<typeof leaveQueue>) => leaveQueue(deps, input),
    getAgentWorkspace: (input: Arg<typeof getAgentWorkspace>) => getAgentWorkspace(deps, input),
    recordHeartbeat: (input: Arg<typeof recordHeartbeat>) => recordHeartbeat(deps, input),
    runDispatch: (state: { lastCallUpAt: number | null }) => runDispatch(deps, state),
    sweepSilentAgents: () => sweepSilentAgents(deps),
    agentRunTool: (input: Arg<typeof agentRunTool>) => agentRunTool(deps, input),
    getCustomerContext: (input: Arg<typeof getCustomerContext>) => getCustomerContext(deps, input),
    suggestReplies: (input: Arg<typeof suggestReplies>) => suggestReplies(deps, input),
    getToolPolicy: (input: Arg<typeof getToolPolicy>) => getToolPolicy(deps.tools, input),
    setToolPolicy: (input: Arg<typeof setToolPolicy>) => setToolPolicy(deps.tools, input),
    listToolAudit: (input: Arg<typeof listToolAudit>) => listToolAudit(deps.tools, input),
  };
}

export type Services = ReturnType<typeof createServices>;
