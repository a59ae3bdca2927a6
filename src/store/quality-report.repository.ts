import { eq, sql } from 'drizzle-orm';
import type { AgentQualityRepository, ConversationFacts, ReportRepository } from '../app/quality/ports.js';
import type { DbOrTx } from './database.js';
import { agents } from './schema.js';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const epochMs = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v)));

export const agentQualityRepository = (db: DbOrTx): AgentQualityRepository => ({
  async profile(agentId, forUpdate = false) {
    const query = db
      .select({ id: agents.id, role: agents.role, tier: agents.tier, certifications: agents.certifications, qualityScore: agents.qualityScore })
      .from(agents)
      .where(eq(agents.id, agentId));
    const [row] = forUpdate ? await query.for('update') : await query;
    return row ?? null;
  },
  async setQualityScore(agentId, score) {
    await db.update(agents).set({ qualityScore: score }).where(eq(agents.id, agentId));
  },
  async setTier(agentId, tier) {
    await db.update(agents).set({ tier }).where(eq(agents.id, agentId));
  },
  async setCertifications(agentId, certifications) {
    await db.update(agents).set({ certifications }).where(eq(agents.id, agentId));
  },
});

type FactsRow = Record<string, unknown>;

const ms = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

export const reportRepository = (db: DbOrTx): ReportRepository => ({
  async conversationFacts(filter) {
    // One pass per conversation with correlated subqueries: each reads an index on conversation_id.
    const result = await db.execute(sql`
      select c.id, c.customer_id, c.state, c.intent, c.escalation_reason,
        ${ms('c.created_at')} as created_at, ${ms('c.updated_at')} as updated_at, ${ms('c.queued_at')} as queued_at,
        ${ms('c.resolved_at')} as resolved_at,
        (select (extract(epoch from min(m.created_at)) * 1000)::float8 from messages m
           where m.conversation_id = c.id and m.author_kind = 'customer') as first_customer_at,
        (select (extract(epoch from min(m.created_at)) * 1000)::float8 from messages m
           where m.conversation_id = c.id and m.author_kind in ('ai', 'agent')) as first_response_at,
        (select count(*)::int from messages m where m.conversation_id = c.id and m.author_kind = 'ai') as ai_messages,
        (select (extract(epoch from max(e.occurred_at)) * 1000)::float8 from events e
           where e.conversation_id = c.id and e.type = 'conversation.closed') as closed_at,
        (select coalesce(json_agg(o.owner order by o.id), '[]'::json) from (
           select e.id, case when e.type = 'conversation.assigned' then e.payload ->> 'agentId' else 'ai' end as owner
           from events e where e.conversation_id = c.id
             and (e.type in ('conversation.started', 'conversation.assigned')
                  or (e.type = 'conversation.reopened' and e.payload ->> 'to' = 'ai'))) o) as owner_history,
        r.resolved_by, r.durable, cs.rating as csat,
        (select avg(q.score)::float8 from qa_reviews q where q.conversation_id = c.id and q.status = 'done'
           and q.calibration_of is null and q.contest_status <> 'overturned') as qa_score,
        (select count(*)::int from auto_qa_findings f where f.conversation_id = c.id) as auto_qa_findings,
        (select coalesce(sum(o.pay_minor + o.surge_minor), 0)::int from offers o
           where o.conversation_id = c.id and o.status = 'accepted') as agent_pay_minor
      from conversations c
      left join lateral (select * from resolutions r where r.conversation_id = c.id order by r.resolved_at desc limit 1) r on true
      left join csat_responses cs on cs.resolution_id = r.id
      where c.created_at >= ${new Date(filter.fromMs).toISOString()} and c.created_at < ${new Date(filter.toMs).toISOString()}
      order by c.created_at, c.id
      limit ${filter.limit}`);
    return rowsOf<FactsRow>(result).map(
      (r): ConversationFacts => ({
        id: String(r.id),
        customerId: String(r.customer_id),
        state: String(r.state),
        intent: (r.intent as string | null) ?? null,
        escalationReason: (r.escalation_reason as string | null) ?? null,
        createdAt: epochMs(r.created_at) ?? 0,
        updatedAt: epochMs(r.updated_at) ?? 0,
        queuedAt: epochMs(r.queued_at),
        firstCustomerMessageAt: epochMs(r.first_customer_at),
        firstResponseAt: epochMs(r.first_response_at),
        resolvedAt: epochMs(r.resolved_at),
        closedAt: epochMs(r.closed_at),
        ownerHistory: (typeof r.owner_history === 'string' ? JSON.parse(r.owner_history) : r.owner_history) as string[],
        resolvedBy: (r.resolved_by as string | null) ?? null,
        durable: (r.durable as boolean | null) ?? null,
        csat: num(r.csat),
        qaScore: num(r.qa_score),
        autoQaFindings: Number(r.auto_qa_findings ?? 0),
        aiMessages: Number(r.ai_messages ?? 0),
        agentPayMinor: Number(r.agent_pay_minor ?? 0),
      }),
    );
  },
});
