import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Agent, AgentWithLoad, DispatchRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { toAgent, toConversation } from './rows.js';
import { agents, conversations, offers } from './schema.js';

/** Load = conversations the agent owns plus offers they have open (an open offer holds a slot). */
// Written out in full: drizzle renders a bare column unqualified inside a subquery, which would bind to c.id.
const loadColumns = {
  assigned: sql<number>`(select count(*)::int from conversations c where c.owner_agent_id = "agents"."id" and c.state = 'assigned')`,
  offered: sql<number>`(select count(*)::int from offers o where o.agent_id = "agents"."id" and o.status = 'offered')`,
};

const withLoad = (row: typeof agents.$inferSelect & { assigned: number; offered: number }): AgentWithLoad => ({
  ...toAgent(row),
  assigned: row.assigned,
  load: row.assigned + row.offered,
});

/** One pass over each table (grouped counts joined in), not two subqueries per agent: the pool can be large. */
async function agentsWithLoad(db: DbOrTx, presence: Agent['presence'] | undefined, byName: boolean): Promise<AgentWithLoad[]> {
  const assigned = db
    .select({ agentId: conversations.ownerAgentId, n: sql<number>`count(*)::int`.as('assigned_n') })
    .from(conversations)
    .where(eq(conversations.state, 'assigned'))
    .groupBy(conversations.ownerAgentId)
    .as('assigned_counts');
  const offered = db
    .select({ agentId: offers.agentId, n: sql<number>`count(*)::int`.as('offered_n') })
    .from(offers)
    .where(eq(offers.status, 'offered'))
    .groupBy(offers.agentId)
    .as('offered_counts');
  const rows = await db
    .select({ agent: agents, assigned: assigned.n, offered: offered.n })
    .from(agents)
    .leftJoin(assigned, eq(assigned.agentId, agents.id))
    .leftJoin(offered, eq(offered.agentId, agents.id))
    .where(presence ? eq(agents.presence, presence) : undefined)
    .orderBy(...(byName ? [asc(agents.name), asc(agents.id)] : []));
  return rows.map((r) => withLoad({ ...r.agent, assigned: r.assigned ?? 0, offered: r.offered ?? 0 }));
}

export const dispatchRepository = (db: DbOrTx): DispatchRepository => ({
  async queued(limit) {
    const rows = await db
      .select()
      .from(conversations)
      .where(eq(conversations.state, 'queued'))
      .orderBy(asc(conversations.priority), asc(conversations.queuedAt), asc(conversations.id))
      .limit(limit);
    return rows.map(toConversation);
  },
  async availableAgents() {
    return agentsWithLoad(db, 'available', false);
  },
  async agentsWithLoad(filter = {}) {
    return agentsWithLoad(db, filter.presence, true);
  },
  async offlineOptedIn() {
    return (await db.select().from(agents).where(and(eq(agents.presence, 'offline'), eq(agents.callUpOptIn, true)))).map(toAgent);
  },
  async agentWithLoad(agentId) {
    const [r] = await db.select({ agent: agents, ...loadColumns }).from(agents).where(eq(agents.id, agentId));
    return r ? withLoad({ ...r.agent, assigned: r.assigned, offered: r.offered }) : null;
  },
  async lockAgent(agentId) {
    const [locked] = await db.select({ id: agents.id }).from(agents).where(eq(agents.id, agentId)).for('update');
    return locked ? this.agentWithLoad(agentId) : null;
  },
  async setPresence(agentId, presence, seenAt) {
    await db
      .update(agents)
      .set(seenAt === null ? { presence } : { presence, lastSeenAt: new Date(seenAt) })
      .where(eq(agents.id, agentId));
  },
  async touch(agentId, now) {
    await db.update(agents).set({ lastSeenAt: new Date(now) }).where(eq(agents.id, agentId));
  },
  async setLastOfferAt(agentId, now) {
    await db.update(agents).set({ lastOfferAt: new Date(now) }).where(eq(agents.id, agentId));
  },
  async silentSince(before) {
    const rows = await db
      .select()
      .from(agents)
      .where(and(inArray(agents.presence, ['available', 'away']), lt(agents.lastSeenAt, new Date(before))));
    return rows.map(toAgent);
  },
  async handlingSince(sinceMs) {
    const since = new Date(sinceMs).toISOString();
    // Each agent resolution, timed from the latest assignment before it.
    const chats = await db.execute(sql`
      select count(assigned_at)::int as chats,
             coalesce(sum(extract(epoch from (resolved_at - assigned_at)) * 1000), 0)::float8 as handle_ms
      from (
        select r.occurred_at as resolved_at,
               (select max(a.occurred_at) from events a
                 where a.conversation_id = r.conversation_id and a.type = 'conversation.assigned' and a.occurred_at <= r.occurred_at) as assigned_at
        from events r
        where r.type = 'conversation.resolved' and r.payload->>'by' = 'agent' and r.occurred_at >= ${since}
      ) resolved`);
    const answers = await db.execute(sql`
      select count(*)::int as answers,
             coalesce(sum(extract(epoch from (answered_at - created_at)) * 1000), 0)::float8 as answer_ms,
             (count(*) filter (where status = 'accepted'))::int as accepted
      from offers
      where answered_at >= ${since} and status in ('accepted', 'declined', 'timed_out')`);
    const [c] = (chats as unknown as { rows: { chats: number; handle_ms: number }[] }).rows;
    const [o] = (answers as unknown as { rows: { answers: number; answer_ms: number; accepted: number }[] }).rows;
    return {
      chats: Number(c?.chats ?? 0),
      handleMsSum: Number(c?.handle_ms ?? 0),
      answers: Number(o?.answers ?? 0),
      answerMsSum: Number(o?.answer_ms ?? 0),
      accepted: Number(o?.accepted ?? 0),
    };
  },
  async openCallUp(agentId, now) {
    const rows = await db.execute(sql`
      select id, (payload->>'surgeBonusMinor')::int as bonus from events
      where type = 'dispatch.call_up' and payload->'agentIds' ? ${agentId}
        and (payload->>'expiresAt')::bigint > ${now}
      order by id desc limit 1`);
    const [row] = (rows as unknown as { rows: { id: number | string; bonus: number }[] }).rows;
    return row ? { id: `callup_${row.id}`, surgeBonusMinor: row.bonus } : null;
  },
  async assignedTo(agentId) {
    // When this agent took it: their latest assignment event (the row's last change if none was logged).
    const assignedAt = sql<Date | string | null>`(select max(e.occurred_at) from events e
      where e.conversation_id = "conversations"."id" and e.type = 'conversation.assigned' and e.payload ->> 'agentId' = ${agentId})`;
    const rows = await db
      .select({ conversation: conversations, assignedAt })
      .from(conversations)
      .where(and(eq(conversations.ownerAgentId, agentId), eq(conversations.state, 'assigned')))
      .orderBy(asc(conversations.updatedAt));
    return rows.map((r) => ({ ...toConversation(r.conversation), assignedAt: r.assignedAt === null ? r.conversation.updatedAt.getTime() : new Date(r.assignedAt).getTime() }));
  },
});
