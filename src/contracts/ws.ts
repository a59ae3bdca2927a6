import { z } from 'zod';
import { clientMessageIdSchema, conversationSchema, idSchema, messageSchema } from './common.js';
import { messageTextSchema } from './http.js';

/** Frames a client sends on the WebSocket. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auth'), token: z.string().min(1).max(4096) }),
  z.strictObject({ type: z.literal('subscribe'), conversationId: idSchema, afterSeq: z.number().int().min(0).default(0) }),
  z.strictObject({ type: z.literal('unsubscribe'), conversationId: idSchema }),
  z.strictObject({ type: z.literal('send'), conversationId: idSchema, clientMessageId: clientMessageIdSchema, text: messageTextSchema }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

/** Frames the server sends. `ref` echoes the clientMessageId or conversationId an error is about. */
export const serverFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), principal: z.enum(['customer', 'agent', 'admin']) }),
  z.object({ type: z.literal('subscribed'), conversationId: z.string(), lastSeq: z.number().int() }),
  z.object({ type: z.literal('message'), conversationId: z.string(), message: messageSchema }),
  z.object({ type: z.literal('conversation'), conversation: conversationSchema }),
  z.object({ type: z.literal('ack'), conversationId: z.string(), clientMessageId: z.string(), seq: z.number().int(), created: z.boolean() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), field: z.string().optional(), ref: z.string().optional() }),
  z.object({ type: z.literal('pong') }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
