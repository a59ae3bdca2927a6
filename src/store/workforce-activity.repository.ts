import { sql, type SQL } from 'drizzle-orm';
import type { WorkActivityRepository } from '../app/workforce/ports.js';
import type { DbOrTx } from './database.js';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
const iso = (ms: number) => new Date(ms).toISOString();
const inList = (values: string[]): SQL => sql.join(values.map((v) => sql`${v}`), sql`, `);
const agentFilter = (column: string, agentIds?: string[]): SQL =>
  agentIds === undefined ? sql`` : agentIds.length === 0 ? sql` and false` : sql` and ${sql.raw(column)} in (${inList(agentIds)})`;

/** An assignment older than this before the range is not looked at (no chat is held that long). */
const BUSY_LOOKBACK_MS = 7 * 24 * 3_600_000;
const HOLD_EVENTS = ['conversation.assigned', 'conversation.resolved', 'conversation.requeued', 'conversation.abandoned', 'conversation.closed'];

/** Read-only queries over the shared tables (events, offers, conversations) for workforce figures. */
export const workActivityRepository = (db: DbOrTx): WorkActivityRepository => ({
  async presenceChanges(fromMs, toMs, agentIds) {
    const result = await db.execute(sql`
      select agent_id, presence, at_ms from (
        select e.payload ->> 'agentId' as agent_id, e.payload ->> 'presence' as presence, ${epochMs('e.occurred_at')} as at_ms, e.id
        from events e
        where e.type = 'agent.presence' and e.occurred_at >= ${iso(fromMs)} and e.occurred_at < ${iso(toMs)}${agentFilter("e.payload ->> 'agentId'", agentIds)}
        union all
        (select distinct on (e.payload ->> 'agentId') e.payload ->> 'agentId', e.payload ->> 'presence', ${epochMs('e.occurred_at')}, e.id
         from events e
         where e.type = 'agent.presence' and e.occurred_at < ${iso(fromMs)}${agentFilter("e.payload ->> 'agentId'", agentIds)}
         order by e.payload ->> 'agentId', e.occurred_at desc, e.id desc)
      ) x order by at_ms, id`);
    return rowsOf<{ agent_id: string; presence: string; at_ms: number }>(result).map((r) => ({ agentId: r.agent_id, presence: r.presence, atMs: Number(r.at_ms) }));
  },

  async busySpans(fromMs, toMs, agentIds) {
    // Each assignment lasts until the conversation's next hold-changing event (resolved, requeued, ...).
    const result = await db.execute(sql`
      with holds as (
        select e.conversation_id, e.type, e.payload ->> 'agentId' as agent_id, e.occurred_at,
          lead(e.occurred_at) over (partition by e.conversation_id order by e.occurred_at, e.id) as ended_at
        from events e
        where e.type in (${inList(HOLD_EVENTS)}) and e.conversation_id in (
          select a.conversation_id from events a
          where a.type = 'conversation.assigned' and a.occurred_at < ${iso(toMs)} and a.occurred_at >= ${iso(fromMs - BUSY_LOOKBACK_MS)})
      )
      select conversation_id, agent_id, ${epochMs('occurred_at')} as start_ms, ${epochMs('ended_at')} as end_ms from holds
      where type = 'conversation.assigned' and occurred_at < ${iso(toMs)} and (ended_at is null or ended_at > ${iso(fromMs)})${agentFilter('agent_id', agentIds)}
      order by occurred_at`);
    return rowsOf<{ conversation_id: string; agent_id: string; start_ms: number; end_ms: number | null }>(result).map((r) => ({
      agentId: r.agent_id,
      conversationId: r.conversation_id,
      startMs: Number(r.start_ms),
      endMs: r.end_ms === null ? null : Number(r.end_ms),
    }));
  },

  async offerTallies(fromMs, toMs) {
    const result = await db.execute(sql`
      select agent_id, count(*)::int as offers, (count(*) filter (where status in ('declined', 'timed_out')))::int as declines
      from offers where created_at >= ${iso(fromMs)} and created_at < ${iso(toMs)}
      group by agent_id order by agent_id`);
    return rowsOf<{ agent_id: string; offers: number; declines: number }>(result).map((r) => ({ agentId: r.agent_id, offers: r.offers, declines: r.declines }));
  },

  async assignedAt(conversationId, agentId, atMs) {
    const result = await db.execute(sql`
      select ${epochMs('max(occurred_at)')} as at_ms from events
      where conversation_id = ${conversationId} and type = 'conversation.assigned' and payload ->> 'agentId' = ${agentId} and occurred_at <= ${iso(atMs)}`);
    const at = rowsOf<{ at_ms: number | null }>(result)[0]?.at_ms ?? null;
    return at === null ? null : Number(at);
  },

  async unpaidResolutions(sinceMs, limit) {
    const result = await db.execute(sql`
      select r.conversation_id, r.agent_id, ${epochMs('r.occurred_at')} as resolved_ms, coalesce(c.sensitive, false) as sensitive from (
        select distinct on (e.conversation_id, e.payload ->> 'agentId') e.conversation_id, e.payload ->> 'agentId' as agent_id, e.occurred_at
        from events e
        where e.type = 'conversation.resolved' and e.payload ->> 'by' = 'agent' and e.occurred_at >= ${iso(sinceMs)}
        order by e.conversation_id, e.payload ->> 'agentId', e.occurred_at, e.id
      ) r
      left join conversations c on c.id = r.conversation_id
      where not exists (
        select 1 from pay_ledger l
        where l.kind = 'conversation' and l.cause_kind = 'conversation' and l.cause_id = r.conversation_id and l.agent_id = r.agent_id)
      order by r.occurred_at
      limit ${limit}`);
    return rowsOf<{ conversation_id: string; agent_id: string; resolved_ms: number; sensitive: boolean }>(result).map((r) => ({
      conversationId: r.conversation_id,
      agentId: r.agent_id,
      resolvedAt: Number(r.resolved_ms),
      sensitive: r.sensitive,
    }));
  },

  async conversationStarts(sinceMs) {
    const result = await db.execute(sql`select ${epochMs('created_at')} as at_ms from conversations where created_at >= ${iso(sinceMs)} order by created_at`);
    return rowsOf<{ at_ms: number }>(result).map((r) => Number(r.at_ms));
  },

  async escalationByIntent(sinceMs) {
    const result = await db.execute(sql`
      select coalesce(intent, 'unknown') as intent, count(*)::int as conversations,
        (count(*) filter (where queued_at is not null or escalation_reason is not null))::int as escalated
      from conversations where created_at >= ${iso(sinceMs)} group by 1 order by 1`);
    return rowsOf<{ intent: string; conversations: number; escalated: number }>(result);
  },
});
