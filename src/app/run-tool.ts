import type { BackOffice } from '../backoffice/back-office.js';
import { toolModeFor, toolsByName, defaultToolPolicy } from '../backoffice/tools/catalogue.js';
import type { ToolMode } from '../backoffice/tools/definition.js';
import { AppError } from './errors.js';
import type { Clock, ToolActor, ToolAuditRepository, ToolPolicyRepository } from './ports.js';

export type ToolDeps = { backOffice: BackOffice; audit: ToolAuditRepository; policy: ToolPolicyRepository; clock: Clock };

export type ToolCall = {
  tool: string;
  args: unknown;
  actor: ToolActor;
  customerId: string;
  conversationId: string | null;
  /** Required for actions: a retry with the same key returns the first result instead of acting again. */
  idempotencyKey?: string;
  /** The customer explicitly agreed to this action in the conversation (needed for `confirm` tools). */
  confirmed?: boolean;
};

export type ToolOutcome =
  | { ok: true; tool: string; data: unknown; auditId: number | null; replayed: boolean }
  | { ok: false; tool: string; code: string; message: string; field?: string; auditId: number | null; replayed: boolean };

export async function currentToolPolicy(policy: ToolPolicyRepository): Promise<Record<string, ToolMode>> {
  return { ...defaultToolPolicy, ...(await policy.overrides()) };
}

/**
 * Runs one tool as one customer: validates the arguments, applies the tool policy (the assistant may not
 * run human-only tools, nor `confirm` tools without the customer's yes), replays an action already done
 * with the same key, and audits every call — refusals included. Expected refusals are values, not throws;
 * malformed arguments are a validation error naming the field.
 */
export async function runTool(deps: ToolDeps, call: ToolCall): Promise<ToolOutcome> {
  const tool = toolsByName.get(call.tool);
  if (!tool) throw new AppError('validation_failed', `tool: unknown tool "${call.tool}"`, 'tool');
  const parsed = tool.input.safeParse(call.args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.code === 'unrecognized_keys' ? issue.keys[0] : String(issue?.path[issue.path.length - 1] ?? 'args');
    throw new AppError('validation_failed', `${field}: ${issue?.code === 'unrecognized_keys' ? 'is not a known field' : issue?.message}`, field);
  }
  const args = parsed.data as Record<string, unknown>;
  const now = deps.clock.now();
  const audit = async (ok: boolean, result: Record<string, unknown>) =>
    deps.audit.append({ tool: tool.name, actor: call.actor, conversationId: call.conversationId, customerId: call.customerId, args, result, ok, idempotencyKey: ok && tool.kind === 'act' ? (call.idempotencyKey ?? null) : null, createdAt: now });

  if (call.actor.kind === 'ai') {
    const mode = toolModeFor(await currentToolPolicy(deps.policy), tool.name, args);
    const refusal =
      mode === 'human_only'
        ? { code: 'human_only', message: `${tool.name} is for a person to do, not the assistant` }
        : mode === 'confirm' && !call.confirmed
          ? { code: 'confirmation_required', message: `${tool.name} needs the customer's explicit confirmation first` }
          : null;
    if (refusal) {
      const record = await audit(false, refusal);
      return { ok: false, tool: tool.name, ...refusal, auditId: record?.id ?? null, replayed: false };
    }
  }

  if (tool.kind === 'act') {
    if (!call.idempotencyKey) throw new AppError('validation_failed', 'idempotencyKey: is required for actions', 'idempotencyKey');
    const earlier = await deps.audit.findByKey(call.customerId, tool.name, call.idempotencyKey);
    if (earlier) return { ok: true, tool: tool.name, data: earlier.result.data, auditId: earlier.id, replayed: true };
  }

  const result = await tool.run(deps.backOffice, call.customerId, args as never);
  if (!result.ok) {
    const record = await audit(false, { code: result.code, message: result.message });
    return { ok: false, tool: tool.name, code: result.code, message: result.message, ...(result.field ? { field: result.field } : {}), auditId: record?.id ?? null, replayed: false };
  }
  const record = await audit(true, { data: result.value as Record<string, unknown> });
  if (!record && tool.kind === 'act' && call.idempotencyKey) {
    // A concurrent call with the same key recorded first: answer with what it recorded.
    const earlier = await deps.audit.findByKey(call.customerId, tool.name, call.idempotencyKey);
    if (earlier) return { ok: true, tool: tool.name, data: earlier.result.data, auditId: earlier.id, replayed: true };
  }
  return { ok: true, tool: tool.name, data: result.value, auditId: record?.id ?? null, replayed: false };
}
