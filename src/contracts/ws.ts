import { z } from 'zod';
import { clientMessageIdSchema, conversationSchema, idSchema, messageSchema } from './common.js';
import { messageTextSchema } from './http.js';

export const offerViewSchema = z.object({
  offerId: z.string(),
  conversationId: z.string(),
  intent: z.string().nullable(),
  language: z.string(),
  waitedSeconds: z.number(),
  payMinor: z.number(),
  surgeMinor: z.number(),
  currency: z.string(),
  why: z.string(),
  expiresAt: z.number(),
  escalationReason: z.string().nullable(),
});

/** Frames a client sends on the WebSocket. */
export const clientFrameSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('auth'), token: z.string().min(1).max(4096) }),
  z.strictObject({ type: z.literal('subscribe'), conversationId: idSchema, afterSeq: z.number().int().min(0).default(0) }),
  z.strictObject({ type: z.literal('unsubscribe'), conversationId: idSchema }),
  z.strictObject({ type: z.literal('send'), conversationId: idSchema, clientMessageId: clientMessageIdSchema, text: messageTextSchema }),
  z.strictObject({ type: z.literal('ping') }),
  /** Agents: keeps presence alive (any frame does; this one says nothing else). */
  z.strictObject({ type: z.literal('heartbeat') }),
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
  /** Live queue position and estimated wait while a person is awaited. */
  z.object({ type: z.literal('queue'), conversationId: z.string(), position: z.number().int(), etaSeconds: z.number().nullable() }),
  /** Agent sockets: a new offer, an offer that closed, a call-up. */
  /** `serverTime`: the server's clock when the frame was sent, so a client with a wrong clock counts down right. */
  z.object({ type: z.literal('offer'), offer: offerViewSchema, serverTime: z.number() }),
  z.object({ type: z.literal('offer_closed'), offerId: z.string(), status: z.string() }),
  z.object({ type: z.literal('call_up'), surgeBonusMinor: z.number(), expiresAt: z.number(), waiting: z.number() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
