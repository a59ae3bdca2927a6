import { z } from 'zod';

/** The operations view of the agent pool: `GET /v1/admin/agents`. */
export const agentPresenceSchema = z.enum(['offline', 'available', 'away']);

export const listAgentsQuery = z.strictObject({ presence: agentPresenceSchema.optional() });

export const agentOverviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['agent', 'supervisor']),
  tier: z.enum(['probation', 'standard', 'expert']),
  languages: z.array(z.string()),
  skills: z.array(z.string()),
  certifications: z.array(z.string()),
  capacity: z.number().int(),
  presence: agentPresenceSchema,
  /** Open offers plus assigned chats: the slots in use. */
  load: z.number().int(),
  /** Assigned chats only. */
  assigned: z.number().int(),
  /** The last heartbeat (epoch ms), null if the agent never connected. */
  lastSeenAt: z.number().nullable(),
  qualityScore: z.number(),
  callUpOptIn: z.boolean(),
});

export const listAgentsResponse = z.object({ agents: z.array(agentOverviewSchema) });
