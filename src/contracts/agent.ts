import { z } from 'zod';
import { conversationSchema, idSchema } from './common.js';
import { offerViewSchema } from './ws.js';

export const presenceBody = z.strictObject({ presence: z.enum(['available', 'away', 'offline']) });
export const presenceResponse = z.object({ presence: z.enum(['available', 'away', 'offline']) });
export const offerParams = z.strictObject({ offerId: idSchema });
export const declineBody = z.strictObject({ reason: z.string().min(1).max(200).optional() }).optional();
export const offerAnswerResponse = z.object({ offerId: z.string(), status: z.string() });
export const acceptResponse = z.object({ conversation: conversationSchema });
/** Suggested replies: help-article passages for the customer's latest messages, each cited to its article. */
export const suggestionsResponse = z.object({
  conversationId: z.string(),
  /** The customer's messages the suggestions answer, oldest first. */
  basedOn: z.array(z.string()),
  suggestions: z.array(z.object({ text: z.string(), article: z.object({ id: z.string(), title: z.string() }) })).max(3),
});
export const workspaceResponse = z.object({
  agent: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['agent', 'supervisor']),
    languages: z.array(z.string()),
    skills: z.array(z.string()),
    certifications: z.array(z.string()),
    tier: z.enum(['probation', 'standard', 'expert']),
    capacity: z.number(),
    qualityScore: z.number(),
    callUpOptIn: z.boolean(),
    presence: z.enum(['offline', 'available', 'away']),
    load: z.number(),
    assigned: z.number(),
  }),
  offers: z.array(offerViewSchema),
  /** The conversations the agent owns, each with when they took it (epoch ms, server clock). */
  chats: z.array(conversationSchema.extend({ assignedAt: z.number() })),
  declineBudget: z.object({ windowMs: z.number() }).passthrough(),
  /** The server's clock when this was read (epoch ms): countdowns and waits are measured against it. */
  serverTime: z.number(),
});
