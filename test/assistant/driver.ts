/**
 * A script driver for assistant conversations through the real API: a customer sends a message (REST or
 * WebSocket), the assistant's background turn is awaited, and the turn's new AI/system messages, the
 * conversation's state and the tool audit entries the turn wrote are returned for assertions.
 */
import { createHmac } from 'node:crypto';
import type { ToolAuditRecord } from '../../src/app/ports.js';
import type { AssistantEngine } from '../../src/ai/engine.js';
import { toolCatalogue } from '../../src/backoffice/tools/catalogue.js';
import type { ConversationDto, MessageDto } from '../../src/contracts/common.js';
import { isoDateToEpochMs } from '../../src/domain/lending/index.js';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';
import type { TestSocket } from '../support/ws-client.js';

/**
 * The day the scripts run on. The demo customer's purchases are seeded relative to the clock, so a fixed
 * day makes every date in a reply reproducible; the clock still ticks (1 ms per reading) so timestamps
 * stay distinct. Noon UTC keeps "today" unambiguous.
 */
export const SCRIPT_TODAY = '2026-11-20';
const SCRIPT_START = isoDateToEpochMs(SCRIPT_TODAY) + 12 * 3_600_000;

/** Tools that change something (everything the catalogue marks `act`). */
export const ACT_TOOLS: ReadonlySet<string> = new Set(toolCatalogue.filter((tool) => tool.kind === 'act').map((tool) => tool.name));

export const DEMO = 'cus_demo';

/** A Tandem on a fresh PGlite with the demo population, on the scripts' clock; optionally another engine. */
export async function startScriptTandem(options: { engine?: AssistantEngine } = {}): Promise<TestTandem> {
  let tick = SCRIPT_START;
  return startTestTandem({ overrides: { clock: { now: () => (tick += 1) }, ...(options.engine ? { engine: options.engine } : {}) } });
}

/**
 * A session for any customer id, signed the way the company backend signs it. Optionally flags the
 * customer vulnerable in Tandem's customer record (what the assistant is told about them).
 */
export async function signedCustomerToken(t: TestTandem, customerId: string, options: { name?: string; vulnerable?: boolean } = {}): Promise<string> {
  const signature = createHmac('sha256', t.config.widgetSecret).update(customerId).digest('hex');
  const res = await t.app.inject({ method: 'POST', url: '/v1/customer-sessions', payload: { customerId, signature, ...(options.name ? { name: options.name } : {}) } });
  if (res.statusCode !== 201) throw new Error(`session for ${customerId}: ${res.statusCode} ${res.body}`);
  if (options.vulnerable !== undefined) {
    const existing = await t.services.deps.store.customers.get(customerId);
    if (!existing) throw new Error(`customer ${customerId} was not created by the session`);
    await t.services.deps.store.customers.upsert({ ...existing, vulnerable: options.vulnerable });
  }
  return (res.json() as { token: string }).token;
}

export type Turn = {
  /** The customer's message as stored. */
  customer: MessageDto;
  /** Every message written after the customer's by the time the assistant was idle. */
  after: MessageDto[];
  ai: MessageDto[];
  system: MessageDto[];
  /** The AI messages' bodies, joined (empty when the assistant said nothing). */
  reply: string;
  conversation: ConversationDto;
  /** Tool audit entries written during this turn, oldest first. */
  audit: ToolAuditRecord[];
};

let clientIds = 0;

/** One conversation of one customer, driven message by message. */
export class ScriptedChat {
  private lastAuditId = 0;

  private constructor(
    readonly t: TestTandem,
    readonly token: string,
    readonly id: string,
  ) {}

  /** Starts an empty conversation (the assistant owns it; nothing is said until the customer writes). */
  static async open(t: TestTandem, token: string): Promise<ScriptedChat> {
    const res = await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(token) });
    if (res.statusCode !== 201) throw new Error(`start conversation: ${res.statusCode} ${res.body}`);
    const { conversation } = res.json() as { conversation: ConversationDto };
    return new ScriptedChat(t, token, conversation.id);
  }

  static async asDemo(t: TestTandem): Promise<ScriptedChat> {
    return ScriptedChat.open(t, await t.customerToken('demo'));
  }

  /** Sends one customer message over REST and waits for the assistant's turn to finish. */
  async say(text: string): Promise<Turn> {
    const res = await this.t.app.inject({
      method: 'POST',
      url: `/v1/conversations/${this.id}/messages`,
      payload: { clientMessageId: `script-${(clientIds += 1)}`, text },
      headers: bearer(this.token),
    });
    if (res.statusCode !== 201) throw new Error(`send: ${res.statusCode} ${res.body}`);
    const { message } = res.json() as { message: MessageDto };
    return this.collect(message);
  }

  /** Sends one customer message on a socket subscribed to this conversation, then collects the turn. */
  async sayOnSocket(socket: TestSocket, text: string): Promise<Turn> {
    const clientMessageId = `socket-${(clientIds += 1)}`;
    socket.send({ type: 'send', conversationId: this.id, clientMessageId, text });
    const ack = await socket.waitFor((f) => f.type === 'ack' && f.clientMessageId === clientMessageId);
    if (ack.type !== 'ack') throw new Error('no ack');
    const [message] = (await this.messagesAfter(ack.seq - 1)).filter((m) => m.seq === ack.seq);
    if (!message) throw new Error(`message ${ack.seq} not stored`);
    return this.collect(message);
  }

  private async collect(customer: MessageDto): Promise<Turn> {
    await this.t.services.assistant.idle();
    const after = await this.messagesAfter(customer.seq);
    const audit = (await this.auditAll()).filter((r) => r.id > this.lastAuditId);
    this.lastAuditId = Math.max(this.lastAuditId, ...audit.map((r) => r.id));
    const ai = after.filter((m) => m.authorKind === 'ai');
    return {
      customer,
      after,
      ai,
      system: after.filter((m) => m.authorKind === 'system'),
      reply: ai.map((m) => m.body).join('\n\n'),
      conversation: await this.conversation(),
      audit,
    };
  }

  async messagesAfter(seq: number): Promise<MessageDto[]> {
    const res = await this.t.app.inject({ method: 'GET', url: `/v1/conversations/${this.id}/messages?after=${seq}`, headers: bearer(this.token) });
    return (res.json() as { messages: MessageDto[] }).messages;
  }

  async conversation(): Promise<ConversationDto> {
    const res = await this.t.app.inject({ method: 'GET', url: `/v1/conversations/${this.id}`, headers: bearer(this.token) });
    return (res.json() as { conversation: ConversationDto }).conversation;
  }

  /** The customer presses "talk to a person". */
  async escalate(): Promise<ConversationDto> {
    const res = await this.t.app.inject({ method: 'POST', url: `/v1/conversations/${this.id}/escalate`, payload: {}, headers: bearer(this.token) });
    if (res.statusCode !== 200) throw new Error(`escalate: ${res.statusCode} ${res.body}`);
    return (res.json() as { conversation: ConversationDto }).conversation;
  }

  /** Every tool call audited for this conversation, oldest first. */
  async auditAll(): Promise<ToolAuditRecord[]> {
    const records = await this.t.services.deps.tools.audit.list({ conversationId: this.id, limit: 1000 });
    return [...records].sort((a, b) => a.id - b.id);
  }

  /** The engine's stored memory (pending question etc.). */
  async memory(): Promise<Record<string, unknown>> {
    return ((await this.t.services.deps.store.assistant.get(this.id))?.memory ?? {}) as Record<string, unknown>;
  }
}

/** Act-tool calls that went through (not refused, not failed). */
export const successfulActs = (audit: readonly ToolAuditRecord[]) => audit.filter((r) => ACT_TOOLS.has(r.tool) && r.ok);

/** Every purchase id any tool was called with. */
export const purchaseIdsTouched = (audit: readonly ToolAuditRecord[]) =>
  audit.flatMap((r) => (typeof r.args.purchaseId === 'string' ? [r.args.purchaseId] : []));

/** The escalation notice the app writes (meta.event = 'escalated'), if any. */
export function escalationNotice(turn: Turn): (MessageDto & { meta: { reason?: string; handoff?: Handoff } }) | undefined {
  return turn.system.find((m) => m.meta.event === 'escalated') as (MessageDto & { meta: { reason?: string; handoff?: Handoff } }) | undefined;
}

export type Handoff = {
  reason: string;
  intent: string;
  wants: string;
  text: string;
  sentiment: string;
  facts: { text: string; citation: string }[];
  actions: { tool: string; resultSummary: string }[];
  detail?: string;
  citations?: unknown[];
};

/** A purchase of some other customer: what an injection would try to reach. */
export async function foreignPurchase(t: TestTandem): Promise<{ purchaseId: string; customerId: string }> {
  const rows = await t.database.query<{ id: string; customer_id: string }>(
    `select id, customer_id from bo_purchases where customer_id <> $1 order by id limit 1`,
    [DEMO],
  );
  const row = rows[0];
  if (!row) throw new Error('the test population has no other customer with a purchase');
  return { purchaseId: row.id, customerId: row.customer_id };
}

/** Unwraps a back-office result (the tests read the truth straight from the back office). */
export async function truth<T>(result: Promise<{ ok: true; value: T } | { ok: false; code: string; message: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`back office: ${r.code} ${r.message}`);
  return r.value;
}
