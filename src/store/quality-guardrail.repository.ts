import { asc, desc, eq, sql } from 'drizzle-orm';
import type { GuardrailRepository, SettingsRepository, StoredGuardrailState } from '../app/quality/ports.js';
import type { AiOutcome } from '../domain/quality/index.js';
import type { DbOrTx } from './database.js';
import { ms } from './rows.js';
import { guardrailState, guardrailSwitches, qualitySettings, type GuardrailStateRow } from './schema-quality.js';

const toState = (r: GuardrailStateRow): StoredGuardrailState => ({
  intent: r.intent,
  mode: r.mode,
  since: r.since.getTime(),
  switchCount: r.switchCount,
  lastEvidence: r.lastEvidence,
  lastStepAt: ms(r.lastStepAt),
});

/** Both drivers return `{ rows }` from execute. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

type OutcomeRow = { at_ms: number; rating: number | null; durable: boolean | null; escalated_after: boolean; negative: boolean };

export const guardrailRepository = (db: DbOrTx): GuardrailRepository => ({
  async lock(intent, sinceIfNew) {
    await db.insert(guardrailState).values({ intent, mode: 'ai_first', since: new Date(sinceIfNew) }).onConflictDoNothing();
    const [row] = await db.select().from(guardrailState).where(eq(guardrailState.intent, intent)).for('update');
    if (!row) throw new Error(`guardrail state for ${intent} vanished`);
    return toState(row);
  },

  async save(s) {
    await db
      .update(guardrailState)
      .set({
        mode: s.mode,
        since: new Date(s.since),
        switchCount: s.switchCount,
        lastEvidence: s.lastEvidence,
        lastStepAt: s.lastStepAt === null ? null : new Date(s.lastStepAt),
      })
      .where(eq(guardrailState.intent, s.intent));
  },

  async appendSwitch(entry) {
    await db.insert(guardrailSwitches).values({ ...entry, at: new Date(entry.at) });
  },

  async list() {
    return (await db.select().from(guardrailState).orderBy(asc(guardrailState.intent))).map(toState);
  },

  async recentSwitches(limit) {
    const rows = await db.select().from(guardrailSwitches).orderBy(desc(guardrailSwitches.at), desc(guardrailSwitches.id)).limit(limit);
    return rows.map((r) => ({ ...r, at: r.at.getTime() }));
  },

  async humanFirstIntents() {
    const rows = await db.select({ intent: guardrailState.intent }).from(guardrailState).where(eq(guardrailState.mode, 'human_first'));
    return rows.map((r) => r.intent);
  },

  async intentsToStep(sinceMs) {
    const result = await db.execute(sql`
      select intent from resolutions
      where resolved_by = 'ai' and not human_touched and intent is not null and resolved_at >= ${new Date(sinceMs).toISOString()}
      union
      select intent from guardrail_state
      order by intent`);
    return rowsOf<{ intent: string }>(result).map((r) => r.intent);
  },

  async aiOutcomes(intent, fromMs, toMs, limit) {
    // "Escalated after resolution": the customer came back, in the same conversation (reopened) or in the
    // repeat contact linked to it, and a person had to take over.
    const result = await db.execute(sql`
      select (extract(epoch from r.resolved_at) * 1000)::float8 as at_ms,
             c.rating,
             r.durable,
             (exists (select 1 from events e where e.conversation_id = r.conversation_id
                        and e.type = 'conversation.escalated' and e.occurred_at > r.resolved_at)
              or exists (select 1 from events e where r.repeat_conversation_id is not null
                        and e.conversation_id = r.repeat_conversation_id and e.type = 'conversation.escalated')) as escalated_after,
             coalesce((a.history -> -1 ->> 'sentimentScore')::float8 < 0, false) as negative
      from resolutions r
      left join csat_responses c on c.resolution_id = r.id
      left join assistant_state a on a.conversation_id = r.conversation_id
      where r.intent = ${intent} and r.resolved_by = 'ai' and not r.human_touched
        and r.resolved_at >= ${new Date(fromMs).toISOString()} and r.resolved_at <= ${new Date(toMs).toISOString()}
      order by r.resolved_at desc
      limit ${limit}`);
    return rowsOf<OutcomeRow>(result).map(
      (r): AiOutcome => ({
        atMs: Math.round(Number(r.at_ms)),
        csat: r.rating === null ? null : Number(r.rating),
        aiResolved: true,
        durable: r.durable,
        escalatedAfterResolution: r.escalated_after,
        negativeSentiment: r.negative,
      }),
    );
  },
});

export const settingsRepository = (db: DbOrTx): SettingsRepository => ({
  async get(key) {
    const [row] = await db.select().from(qualitySettings).where(eq(qualitySettings.key, key));
    return row ? row.value : null;
  },

  async set(key, value, by, now) {
    await db
      .insert(qualitySettings)
      .values({ key, value, updatedBy: by, updatedAt: new Date(now) })
      .onConflictDoUpdate({ target: qualitySettings.key, set: { value, updatedBy: by, updatedAt: new Date(now) } });
  },
});
