import { z } from 'zod';
import { toolModes } from '../backoffice/tools/definition.js';
import { idSchema } from './common.js';

export const toolCallParams = z.strictObject({ conversationId: idSchema, tool: z.string().min(1).max(64).regex(/^[a-z_]+$/, 'must be a tool name like get_next_payment') });
export const toolCallBody = z.strictObject({
  args: z.record(z.string(), z.unknown()).default({}),
  idempotencyKey: z.string().min(1).max(200).optional(),
});
export const toolOutcomeSchema = z.object({
  ok: z.boolean(),
  tool: z.string(),
  data: z.unknown().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  field: z.string().optional(),
  auditId: z.number().nullable(),
  replayed: z.boolean(),
});
export const toolPolicyEntry = z.object({ tool: z.string(), kind: z.enum(['read', 'act']), description: z.string(), mode: z.enum(toolModes) });
export const toolPolicyResponse = z.object({ tools: z.array(toolPolicyEntry) });
export const toolPolicyParams = z.strictObject({ tool: z.string().min(1).max(64) });
export const toolPolicyBody = z.strictObject({ mode: z.enum(toolModes) });
export const toolAuditQuery = z.strictObject({
  conversationId: idSchema.optional(),
  customerId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const toolAuditResponse = z.object({
  entries: z.array(
    z.object({
      id: z.number(),
      tool: z.string(),
      actor: z.union([z.object({ kind: z.literal('ai') }), z.object({ kind: z.literal('agent'), agentId: z.string() })]),
      conversationId: z.string().nullable(),
      customerId: z.string(),
      args: z.record(z.string(), z.unknown()),
      result: z.record(z.string(), z.unknown()),
      ok: z.boolean(),
      idempotencyKey: z.string().nullable(),
      createdAt: z.number(),
    }),
  ),
});
export const customerContextResponse = z.object({
  conversationId: z.string(),
  customerId: z.string(),
  overview: z.unknown(),
  purchases: z.array(z.unknown()),
  schedules: z.array(z.unknown()),
});
