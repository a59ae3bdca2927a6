import { tool, type ToolSet } from 'ai';
import { z } from 'zod';
import { defaultToolPolicy, toolCatalogue, toolModeFor } from '../../backoffice/tools/catalogue.js';
import type { ToolDefinition, ToolMode } from '../../backoffice/tools/definition.js';
import type { AssistantTools } from '../engine.js';
import { actionIdempotencyKey } from './action-key.js';
import { gateAction, type GateContext } from './confirmation-gate.js';
import { MODEL_HANDOFF_REASONS, type RecordedCall, type ToolOutcome, type TurnLedger } from './turn-ledger.js';

/**
 * The back-office tool catalogue as AI SDK tools, plus two pseudo-tools (handoff_to_human, mark_resolved).
 * Every call is recorded in the turn ledger. Arguments are validated by the SDK against the catalogue's own
 * zod schemas before `execute` runs; a malformed call never reaches the back office.
 */
export type ToolBridgeContext = {
  tools: AssistantTools;
  conversationId: string;
  gate: GateContext;
  ledger: TurnLedger;
  policy?: Record<string, ToolMode>;
};

export const HANDOFF_TOOL = 'handoff_to_human';
export const RESOLVED_TOOL = 'mark_resolved';

const confirmedField = z
  .boolean()
  .describe("true only when the customer's latest message says yes to exactly this action; false to propose it");

/** Act tools take one more field, customerConfirmed (see confirmation-gate.ts). */
function inputSchemaOf(def: ToolDefinition): z.ZodType {
  if (def.kind === 'read') return def.input;
  if (!(def.input instanceof z.ZodObject)) throw new Error(`act tool ${def.name} needs an object input schema`);
  return def.input.extend({ customerConfirmed: confirmedField });
}

/** What the model sees of an outcome: data or the refusal, never audit ids. */
const forModel = (o: ToolOutcome) => (o.ok ? { ok: true, data: o.data } : { ok: false, code: o.code, message: o.message });

const refusal = (tool: string, code: string, message: string): ToolOutcome => ({ ok: false, tool, code, message, auditId: null, replayed: false });

function asArgs(input: unknown): Record<string, unknown> {
  return input !== null && typeof input === 'object' ? { ...(input as Record<string, unknown>) } : {};
}

export function buildToolSet(ctx: ToolBridgeContext): ToolSet {
  const policy = ctx.policy ?? defaultToolPolicy;
  const record = (call: RecordedCall) => {
    ctx.ledger.calls.push(call);
    return forModel(call.outcome);
  };
  const run = async (def: ToolDefinition, args: Record<string, unknown>, options?: { confirmed: boolean; idempotencyKey: string }) => {
    try {
      return record({ tool: def.name, kind: def.kind, args, outcome: await ctx.tools.run(def.name, args, options), ran: true });
    } catch (error) {
      ctx.ledger.toolFailure ??= `${def.name}: ${error instanceof Error ? error.message : String(error)}`;
      return record({ tool: def.name, kind: def.kind, args, outcome: refusal(def.name, 'tool_error', 'The tool failed; a person will take over.'), ran: true });
    }
  };
  const act = async (def: ToolDefinition, input: unknown) => {
    const { customerConfirmed, ...args } = asArgs(input);
    if (toolModeFor(policy, def.name, args) === 'human_only') {
      const message = `Only a person may do ${def.name}: call ${HANDOFF_TOOL} with reason human_only_topic.`;
      return record({ tool: def.name, kind: 'act', args, outcome: refusal(def.name, 'human_only', message), ran: false });
    }
    const decision = gateAction({ tool: def.name, args, modelSaysConfirmed: customerConfirmed === true }, ctx.gate);
    if (!decision.run) {
      ctx.ledger.proposal = decision.propose;
      return record({ tool: def.name, kind: 'act', args, outcome: refusal(def.name, decision.code, decision.message), ran: false });
    }
    return run(def, args, { confirmed: true, idempotencyKey: actionIdempotencyKey(ctx.conversationId, def.name, args) });
  };

  const set: ToolSet = {};
  for (const def of toolCatalogue) {
    set[def.name] = tool({
      description: def.kind === 'act' ? `[action: needs the customer's yes] ${def.description}` : def.description,
      inputSchema: inputSchemaOf(def),
      execute: async (input: unknown) => (def.kind === 'act' ? act(def, input) : run(def, asArgs(input))),
    });
  }
  set[HANDOFF_TOOL] = tool({
    description: 'Hand the conversation to a person now, with a one-line note of what the customer needs. Write nothing else after it.',
    inputSchema: z.strictObject({
      reason: z.enum(MODEL_HANDOFF_REASONS),
      note: z.string().min(1).max(500),
      intent: z.string().max(64).optional().describe('The topic id from the list of topics for a person only, if it is one'),
    }),
    execute: async ({ reason, note, intent }) => {
      ctx.ledger.handoff ??= { reason, note, intent: intent ?? null };
      return { ok: true, message: 'A person will take over.' };
    },
  });
  set[RESOLVED_TOOL] = tool({
    description: 'The customer said their question is answered and they need nothing else.',
    inputSchema: z.strictObject({}),
    execute: async () => {
      ctx.ledger.resolved = true;
      return { ok: true };
    },
  });
  return set;
}
