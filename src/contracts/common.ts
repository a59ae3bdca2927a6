import { z } from 'zod';
import { conversationStates, escalationReasons } from '../domain/conversation/state-machine.js';
import { authorKinds } from '../domain/conversation/types.js';

/** Shared by server validation, the web client's types and the generated OpenAPI document. */
export const idSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, _ and -');
export const clientMessageIdSchema = z.string().min(1).max(128);

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const conversationSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  state: z.enum(conversationStates),
  ownerAgentId: z.string().nullable(),
  offeredAgentId: z.string().nullable(),
  previousAgentId: z.string().nullable(),
  escalationReason: z.enum(escalationReasons).nullable(),
  language: z.string(),
  intent: z.string().nullable(),
  priority: z.number().int(),
  requiredCertification: z.string().nullable(),
  sensitive: z.boolean(),
  widened: z.boolean(),
  lastSeq: z.number().int(),
  version: z.number().int(),
  createdAt: z.number(),
  updatedAt: z.number(),
  queuedAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
});
export type ConversationDto = z.infer<typeof conversationSchema>;

export const messageSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  seq: z.number().int(),
  authorKind: z.enum(authorKinds),
  authorId: z.string().nullable(),
  clientMessageId: z.string().nullable(),
  body: z.string(),
  meta: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
});
export type MessageDto = z.infer<typeof messageSchema>;
