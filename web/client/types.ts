import type { z } from 'zod';
import type { ActionReceipt, CustomerOverview, InstalmentView, PurchaseSummary, ScheduleView } from '../../src/backoffice/back-office.js';
import type { listAgentsResponse } from '../../src/contracts/admin-agents.js';
import type { suggestionsResponse, workspaceResponse } from '../../src/contracts/agent.js';
import type { toolAuditResponse, toolOutcomeSchema, toolPolicyEntry } from '../../src/contracts/backoffice.js';
import type { ConversationDto, ErrorBody, MessageDto } from '../../src/contracts/common.js';
import type { agentLoginResponse, listMessagesResponse, sendMessageResponse, sessionResponse } from '../../src/contracts/http.js';
import type { guardrailResponse, outcomesResponse } from '../../src/contracts/quality-guardrail.js';
import type { agentQualityResponse, contestsResponse, queueResponse, reviewResultResponse } from '../../src/contracts/quality.js';
import type {
  adminBlocksResponse,
  agentBlocksResponse,
  claimResponse,
  erlangResponse,
  fairnessResponse,
  publishBlocksBody,
  publishBlocksResponse,
  releaseResponse,
  statementResponse,
} from '../../src/contracts/workforce.js';
import type { ClientFrame, ServerFrame, offerViewSchema } from '../../src/contracts/ws.js';
import type { ConversationState } from '../../src/domain/conversation/state-machine.js';

import type { payRatesResponse } from '../../src/contracts/pay-rates.js';
import type { shippedScenariosResponse, simRunDetailResponse, simRunSchema, startSimulationBody } from '../../src/contracts/simulations.js';

/**
 * The wire types of the web apps, inferred from the server's own zod contracts (types only: no server code
 * and no zod reaches the browser bundle).
 */
export type Conversation = ConversationDto;
export type Message = MessageDto;
export type { ClientFrame, ConversationState, ErrorBody, ServerFrame };
export type CustomerSession = z.infer<typeof sessionResponse>;
export type StaffLogin = z.infer<typeof agentLoginResponse>;
export type StaffMember = StaffLogin['agent'];
export type MessagePage = z.infer<typeof listMessagesResponse>;
export type SendMessageResult = z.infer<typeof sendMessageResponse>;

/** Agents: the workspace, presence and the offers pushed on the socket. */
export type AgentWorkspace = z.infer<typeof workspaceResponse>;
export type AgentProfile = AgentWorkspace['agent'];
export type Presence = AgentProfile['presence'];
export type OfferView = z.infer<typeof offerViewSchema>;
/** A chat the agent owns, with when they took it (server clock). */
export type AssignedChat = AgentWorkspace['chats'][number];
/** Suggested replies from the help articles for the customer's latest messages, each cited to its article. */
export type ReplySuggestions = z.infer<typeof suggestionsResponse>;
export type ReplySuggestion = ReplySuggestions['suggestions'][number];
/** The operations view of one agent (`GET /v1/admin/agents`): profile, presence, heartbeat, load. */
export type AgentOverview = z.infer<typeof listAgentsResponse>['agents'][number];
/** The frames only an agent's socket receives, without subscribing. */
export type AgentFeedFrame = Extract<ServerFrame, { type: 'offer' | 'offer_closed' | 'call_up' }>;
/** What the decline budget reads as (the domain's status plus the window). */
export type DeclineBudget = { limit: number | null; usedInWindow: number; remaining: number | null; nextFreeAtMs: number | null; windowMs: number };

/** The back office as the agent handling a conversation sees it (the server's views, typed here). */
export type { ActionReceipt, CustomerOverview, InstalmentView, PurchaseSummary, ScheduleView };
export type CustomerContext = { conversationId: string; customerId: string; overview: CustomerOverview; purchases: PurchaseSummary[]; schedules: ScheduleView[] };
export type ToolOutcome = z.infer<typeof toolOutcomeSchema>;
export type ToolAuditEntry = z.infer<typeof toolAuditResponse>['entries'][number];
export type ToolPolicyEntry = z.infer<typeof toolPolicyEntry>;

/** Quality: the agent's own page, the QA queue, the guardrail and the outcome report. */
export type AgentQuality = z.infer<typeof agentQualityResponse>;
export type QaQueue = z.infer<typeof queueResponse>;
export type QaReview = QaQueue['reviews'][number];
export type Scorecard = QaQueue['scorecards'][number];
export type ReviewResult = z.infer<typeof reviewResultResponse>;
export type ContestedReview = z.infer<typeof contestsResponse>['contests'][number];
export type ContestFilter = 'open' | 'upheld' | 'overturned';
export type Guardrail = z.infer<typeof guardrailResponse>;
export type OutcomesReport = z.infer<typeof outcomesResponse>;
export type OutcomeLineByIntent = Extract<OutcomesReport, { by: 'intent' }>['lines'][number];

/** Workforce: on-call blocks, pay statements, staffing maths, fairness. */
export type AgentBlocks = z.infer<typeof agentBlocksResponse>;
export type AgentBlock = AgentBlocks['blocks'][number];
export type ClaimResult = z.infer<typeof claimResponse>;
export type ReleaseResult = z.infer<typeof releaseResponse>;
export type Statement = z.infer<typeof statementResponse>;
export type LedgerEntry = Statement['entries'][number];
export type AdminBlocks = z.infer<typeof adminBlocksResponse>;
export type PublishBlocksBody = z.input<typeof publishBlocksBody>;
export type PublishBlocksResult = z.infer<typeof publishBlocksResponse>;
export type ErlangResult = z.infer<typeof erlangResponse>;
export type Fairness = z.infer<typeof fairnessResponse>;

/** Simulation runs and the pay-rate card (supervisors). */
export type ShippedScenario = z.infer<typeof shippedScenariosResponse>['scenarios'][number];
export type SimRun = z.infer<typeof simRunSchema>;
export type SimRunDetail = z.infer<typeof simRunDetailResponse>;
export type SimResult = NonNullable<SimRunDetail['result']>;
export type StartSimulationBody = z.input<typeof startSimulationBody>;
export type PayRates = z.infer<typeof payRatesResponse>;
export type PayRateSettings = PayRates['settings'];
