import { z } from 'zod';
import { clientMessageIdSchema, conversationSchema, idSchema, messageSchema } from './common.js';

/**
 * Request and response schemas of the REST API. Objects are strict: an unknown field is a 400 naming it,
 * not silently ignored. Message text length is checked against the configured limit in the use-case.
 */
export const messageTextSchema = z.string().max(100_000);

export const customerSessionBody = z.strictObject({
  customerId: idSchema,
  signature: z.string().min(1).max(256),
  name: z.string().min(1).max(200).optional(),
  language: z.string().min(2).max(16).optional(),
});
export const demoSessionBody = z.strictObject({ as: z.enum(['demo', 'anonymous']).default('anonymous') });
export const sessionResponse = z.object({ token: z.string(), expiresInSeconds: z.number(), customerId: z.string() });

export const agentLoginBody = z.strictObject({
  email: z.string().email().max(320),
  password: z.string().min(1).max(1024),
});
export const agentLoginResponse = z.object({
  token: z.string(),
  expiresInSeconds: z.number(),
  agent: z.object({ id: z.string(), name: z.string(), role: z.enum(['agent', 'supervisor']) }),
});

export const startConversationBody = z.strictObject({
  language: z.string().min(2).max(16).optional(),
  message: z.strictObject({ clientMessageId: clientMessageIdSchema, text: messageTextSchema }).optional(),
});
export const startConversationResponse = z.object({ conversation: conversationSchema, messages: z.array(messageSchema) });

export const conversationParams = z.strictObject({ conversationId: idSchema });

export const sendMessageBody = z.strictObject({ clientMessageId: clientMessageIdSchema, text: messageTextSchema });
export const sendMessageResponse = z.object({ message: messageSchema, created: z.boolean() });

export const listMessagesQuery = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const listMessagesResponse = z.object({ messages: z.array(messageSchema), lastSeq: z.number().int() });

export const escalateBody = z.strictObject({}).optional();

export const resolveBody = z.strictObject({ resolution: z.string().min(1).max(500).optional() }).optional();

export const assignBody = z.strictObject({ agentId: idSchema });

export const listConversationsQuery = z.strictObject({
  state: z.string().max(32).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(0).optional(),
});
/** The staff list also searches: `q` matches ids, the customer's name or email, the topic, the owner and message text. */
export const adminListConversationsQuery = listConversationsQuery.extend({
  q: z.string().trim().min(1, 'must be 1 to 200 characters').max(200, 'must be 1 to 200 characters').optional(),
});
export const listConversationsResponse = z.object({ conversations: z.array(conversationSchema) });
export const conversationResponse = z.object({ conversation: conversationSchema });
