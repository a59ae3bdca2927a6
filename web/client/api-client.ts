import { ApiError } from './api-error.js';
import type {
  AdminBlocks,
  AgentBlocks,
  AgentQuality,
  AgentOverview,
  AgentWorkspace,
  Conversation,
  CustomerContext,
  ClaimResult,
  ContestedReview,
  ContestFilter,
  CustomerSession,
  ErlangResult,
  Fairness,
  Guardrail,
  Message,
  MessagePage,
  OutcomesReport,
  Presence,
  PublishBlocksBody,
  PublishBlocksResult,
  QaQueue,
  QaReview,
  ReleaseResult,
  ReplySuggestions,
  ReviewResult,
  SendMessageResult,
  StaffLogin,
  Statement,
  ToolAuditEntry,
  ToolOutcome,
  ToolPolicyEntry,
} from './types.js';
import type { PayRates, PayRateSettings, ShippedScenario, SimRun, SimRunDetail, StartSimulationBody } from './types.js';

export type ApiClientOptions = {
  /** Origin of the Tandem server; empty for same-origin. */
  baseUrl?: string;
  /** Read on every call, so a refreshed token applies at once. */
  getToken: () => string | null;
  /** Called on any 401, e.g. to drop an expired session. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
};

export type ListConversationsFilter = { state?: string; limit?: number; before?: number };
/** Staff only: `q` searches ids, the customer's name and email, the topic, the owner and message text. */
export type AdminConversationsFilter = ListConversationsFilter & { q?: string };

export type CsatInput = { rating: 1 | 2 | 3 | 4 | 5; comment?: string };

/** The typed REST client shared by the widget, the agent workspace and the console. */
export class ApiClient {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  createDemoSession(as: 'demo' | 'anonymous'): Promise<CustomerSession> {
    return this.request('POST', '/v1/customer-sessions/demo', { as }, { auth: false });
  }

  loginStaff(email: string, password: string): Promise<StaffLogin> {
    return this.request('POST', '/v1/agent/login', { email, password }, { auth: false });
  }

  startConversation(body: { language?: string; message?: { clientMessageId: string; text: string } }): Promise<{ conversation: Conversation; messages: Message[] }> {
    return this.request('POST', '/v1/conversations', body);
  }

  async getConversation(conversationId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('GET', `/v1/conversations/${enc(conversationId)}`)).conversation;
  }

  /** A customer's own conversations. */
  async listOwnConversations(filter: ListConversationsFilter = {}): Promise<Conversation[]> {
    return (await this.request<{ conversations: Conversation[] }>('GET', `/v1/conversations${query(filter)}`)).conversations;
  }

  listMessages(conversationId: string, after = 0, limit = 500): Promise<MessagePage> {
    return this.request('GET', `/v1/conversations/${enc(conversationId)}/messages${query({ after, limit })}`);
  }

  /** Idempotent by clientMessageId: retrying after a lost response stores the message once. */
  sendMessage(conversationId: string, body: { clientMessageId: string; text: string }): Promise<SendMessageResult> {
    return this.request('POST', `/v1/conversations/${enc(conversationId)}/messages`, body);
  }

  async escalate(conversationId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/conversations/${enc(conversationId)}/escalate`, {})).conversation;
  }

  /** The customer stops waiting for a person; an offer already made to an agent is withdrawn. */
  async leaveQueue(conversationId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/conversations/${enc(conversationId)}/leave`, {})).conversation;
  }

  async resolve(conversationId: string, resolution?: string): Promise<Conversation> {
    const body = resolution ? { resolution } : {};
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/conversations/${enc(conversationId)}/resolve`, body)).conversation;
  }

  /** The rating after a resolution. A server without the endpoint answers 404 (ApiError code `not_found`). */
  submitCsat(conversationId: string, input: CsatInput): Promise<unknown> {
    return this.request('POST', `/v1/conversations/${enc(conversationId)}/csat`, input);
  }

  /** Supervisors and the admin key: every conversation, newest first. */
  async listAllConversations(filter: AdminConversationsFilter = {}): Promise<Conversation[]> {
    return (await this.request<{ conversations: Conversation[] }>('GET', `/v1/admin/conversations${query(filter)}`)).conversations;
  }

  /** Supervisors and the admin key: every agent with presence, load and last heartbeat. */
  async listAgents(presence?: Presence): Promise<AgentOverview[]> {
    return (await this.request<{ agents: AgentOverview[] }>('GET', `/v1/admin/agents${query({ presence })}`)).agents;
  }

  async assign(conversationId: string, agentId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/admin/conversations/${enc(conversationId)}/assign`, { agentId })).conversation;
  }

  // Agents: workspace, presence and offers.

  getWorkspace(): Promise<AgentWorkspace> {
    return this.request('GET', '/v1/agent/workspace');
  }

  async setPresence(presence: Presence): Promise<Presence> {
    return (await this.request<{ presence: Presence }>('POST', '/v1/agent/presence', { presence })).presence;
  }

  /** 409 `offer_expired` or `offer_not_open` when it is too late. */
  async acceptOffer(offerId: string): Promise<Conversation> {
    return (await this.request<{ conversation: Conversation }>('POST', `/v1/agent/offers/${enc(offerId)}/accept`, {})).conversation;
  }

  declineOffer(offerId: string, reason?: string): Promise<{ offerId: string; status: string }> {
    return this.request('POST', `/v1/agent/offers/${enc(offerId)}/decline`, reason ? { reason } : {});
  }

  /** Up to 3 replies drawn from the help articles for the customer's latest messages (owning agent or supervisor). */
  getSuggestions(conversationId: string): Promise<ReplySuggestions> {
    return this.request('GET', `/v1/agent/conversations/${enc(conversationId)}/suggestions`);
  }

  /** The owning agent's (or a supervisor's) view of the customer's account. Every read is audited. */
  getCustomerContext(conversationId: string): Promise<CustomerContext> {
    return this.request('GET', `/v1/conversations/${enc(conversationId)}/customer-context`);
  }

  /** Acting through a back-office tool; the same idempotency key on a retry runs it once. */
  runTool(conversationId: string, tool: string, args: Record<string, unknown>, idempotencyKey: string): Promise<ToolOutcome> {
    return this.request('POST', `/v1/conversations/${enc(conversationId)}/tools/${enc(tool)}`, { args, idempotencyKey });
  }

  getAgentQuality(): Promise<AgentQuality> {
    return this.request('GET', '/v1/agent/quality');
  }

  contestReview(reviewId: string, reason: string): Promise<unknown> {
    return this.request('POST', `/v1/agent/reviews/${enc(reviewId)}/contest`, { reason });
  }

  getAgentBlocks(days = 14): Promise<AgentBlocks> {
    return this.request('GET', `/v1/agent/blocks${query({ days })}`);
  }

  claimBlock(blockId: string): Promise<ClaimResult> {
    return this.request('POST', `/v1/agent/blocks/${enc(blockId)}/claim`, {});
  }

  releaseBlock(blockId: string): Promise<ReleaseResult> {
    return this.request('POST', `/v1/agent/blocks/${enc(blockId)}/release`, {});
  }

  getStatement(from: number, to: number): Promise<Statement> {
    return this.request('GET', `/v1/agent/statement${query({ from, to })}`);
  }

  // Supervisors: audit, policy, quality, workforce.

  async listToolAudit(filter: { conversationId?: string; customerId?: string; limit?: number }): Promise<ToolAuditEntry[]> {
    return (await this.request<{ entries: ToolAuditEntry[] }>('GET', `/v1/admin/tool-audit${query(filter)}`)).entries;
  }

  async getToolPolicy(): Promise<ToolPolicyEntry[]> {
    return (await this.request<{ tools: ToolPolicyEntry[] }>('GET', '/v1/admin/tool-policy')).tools;
  }

  async setToolMode(tool: string, mode: ToolPolicyEntry['mode']): Promise<ToolPolicyEntry[]> {
    return (await this.request<{ tools: ToolPolicyEntry[] }>('PUT', `/v1/admin/tool-policy/${enc(tool)}`, { mode })).tools;
  }

  getQaQueue(limit = 50): Promise<QaQueue> {
    return this.request('GET', `/v1/admin/qa/queue${query({ limit })}`);
  }

  submitReview(reviewId: string, answers: Record<string, number | 'n/a'>): Promise<ReviewResult> {
    return this.request('POST', `/v1/admin/qa/reviews/${enc(reviewId)}`, { answers });
  }

  async listContests(status: ContestFilter = 'open', limit = 50): Promise<ContestedReview[]> {
    return (await this.request<{ contests: ContestedReview[] }>('GET', `/v1/admin/qa/contests${query({ status, limit })}`)).contests;
  }

  /** Not by the review's original reviewer (403); a note for the agent is required. */
  async decideContest(reviewId: string, outcome: 'upheld' | 'overturned', note: string): Promise<QaReview> {
    return (await this.request<{ review: QaReview }>('POST', `/v1/admin/qa/reviews/${enc(reviewId)}/contest-decision`, { outcome, note })).review;
  }

  getGuardrail(): Promise<Guardrail> {
    return this.request('GET', '/v1/admin/guardrail');
  }

  async setGuardrailFloors(thresholds: Guardrail['config']['thresholds']): Promise<Guardrail['config']> {
    return (await this.request<{ config: Guardrail['config'] }>('PUT', '/v1/admin/guardrail/floors', thresholds)).config;
  }

  getOutcomes(range: { from?: number; to?: number } = {}): Promise<OutcomesReport> {
    return this.request('GET', `/v1/admin/reports/outcomes${query({ by: 'intent', ...range })}`);
  }

  getAdminBlocks(from: number, to: number): Promise<AdminBlocks> {
    return this.request('GET', `/v1/admin/blocks${query({ from, to })}`);
  }

  /** Explicit blocks, or a plan from history (`plan.dryRun` previews without publishing). */
  publishBlocks(body: PublishBlocksBody): Promise<PublishBlocksResult> {
    return this.request('POST', '/v1/admin/blocks', body);
  }

  erlang(input: { arrivalsPerHour: number; ahtSeconds: number; answerWithinSeconds: number; targetServiceLevel?: number; concurrency?: number; patienceSeconds?: number; agents?: number }): Promise<ErlangResult> {
    return this.request('GET', `/v1/admin/staffing/erlang${query(input)}`);
  }

  getFairness(from: number, to: number): Promise<Fairness> {
    return this.request('GET', `/v1/admin/fairness${query({ from, to })}`);
  }

  // Supervisors: simulation runs and pay rates.

  async listSimulationScenarios(): Promise<ShippedScenario[]> {
    return (await this.request<{ scenarios: ShippedScenario[] }>('GET', '/v1/admin/simulations/scenarios')).scenarios;
  }

  /** Queues a run (202); the server runs it in the background. */
  async startSimulation(body: StartSimulationBody): Promise<SimRun> {
    return (await this.request<{ run: SimRun }>('POST', '/v1/admin/simulations', body)).run;
  }

  async listSimulations(limit = 20): Promise<SimRun[]> {
    return (await this.request<{ runs: SimRun[] }>('GET', `/v1/admin/simulations${query({ limit })}`)).runs;
  }

  getSimulation(id: string): Promise<SimRunDetail> {
    return this.request('GET', `/v1/admin/simulations/${enc(id)}`);
  }

  /** The report's address for a frame or a new tab, which cannot send a header: the session token rides in the query. */
  simulationReportUrl(id: string): string {
    return `${this.options.baseUrl ?? ''}/v1/admin/simulations/${enc(id)}/report${query({ token: this.options.getToken() ?? undefined })}`;
  }

  getPayRates(): Promise<PayRates> {
    return this.request('GET', '/v1/admin/pay-rates');
  }

  setPayRates(settings: PayRateSettings): Promise<PayRates> {
    return this.request('PUT', '/v1/admin/pay-rates', settings);
  }

  private async request<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, { auth = true } = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = auth ? this.options.getToken() : null;
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.options.baseUrl ?? ''}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (cause) {
      throw ApiError.network(cause);
    }
    if (!response.ok) {
      const error = await ApiError.fromResponse(response);
      if (response.status === 401) this.options.onUnauthorized?.();
      throw error;
    }
    return (await response.json()) as T;
  }
}

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '');
  if (entries.length === 0) return '';
  return `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
