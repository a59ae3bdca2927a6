import { and, desc, eq } from 'drizzle-orm';
import type { ToolAuditRecord, ToolAuditRepository, ToolPolicyRepository } from '../app/ports.js';
import type { DbOrTx } from './database.js';
import { toolAudit, toolPolicy } from './schema-backoffice.js';

const toRecord = (r: typeof toolAudit.$inferSelect): ToolAuditRecord => ({
  id: r.id,
  tool: r.tool,
  actor: r.actorKind === 'ai' ? { kind: 'ai' } : { kind: 'agent', agentId: r.actorId ?? '' },
  conversationId: r.conversationId,
  customerId: r.customerId,
  args: r.args,
  result: r.result,
  ok: r.ok,
  idempotencyKey: r.idempotencyKey,
  createdAt: r.createdAt.getTime(),
});

export const toolAuditRepository = (db: DbOrTx): ToolAuditRepository => ({
  async append(record) {
    const rows = await db
      .insert(toolAudit)
      .values({
        tool: record.tool,
        actorKind: record.actor.kind,
        actorId: record.actor.kind === 'agent' ? record.actor.agentId : null,
        conversationId: record.conversationId,
        customerId: record.customerId,
        args: record.args,
        result: record.result,
        ok: record.ok,
        idempotencyKey: record.idempotencyKey,
        createdAt: new Date(record.createdAt),
      })
      .onConflictDoNothing()
      .returning();
    return rows[0] ? toRecord(rows[0]) : null;
  },
  async findByKey(customerId, tool, idempotencyKey) {
    const [row] = await db
      .select()
      .from(toolAudit)
      .where(and(eq(toolAudit.customerId, customerId), eq(toolAudit.tool, tool), eq(toolAudit.idempotencyKey, idempotencyKey)));
    return row ? toRecord(row) : null;
  },
  async list(filter) {
    const where = and(
      filter.conversationId ? eq(toolAudit.conversationId, filter.conversationId) : undefined,
      filter.customerId ? eq(toolAudit.customerId, filter.customerId) : undefined,
    );
    return (await db.select().from(toolAudit).where(where).orderBy(desc(toolAudit.id)).limit(filter.limit)).map(toRecord);
  },
});

export const toolPolicyRepository = (db: DbOrTx): ToolPolicyRepository => ({
  async overrides() {
    return Object.fromEntries((await db.select().from(toolPolicy)).map((r) => [r.tool, r.mode]));
  },
  async set(tool, mode, by, at) {
    await db
      .insert(toolPolicy)
      .values({ tool, mode, updatedBy: by, updatedAt: new Date(at) })
      .onConflictDoUpdate({ target: toolPolicy.tool, set: { mode, updatedBy: by, updatedAt: new Date(at) } });
  },
});
