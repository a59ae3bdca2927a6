import { aliasedTable, and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { AutoQaCode } from '../domain/quality/index.js';
import type { FindingRepository, QaReview, ReviewRepository, ScorecardRepository } from '../app/quality/ports.js';
import type { DbOrTx } from './database.js';
import { ms } from './rows.js';
import { agents } from './schema.js';
import { autoQaFindings, qaReviews, scorecards, type QaReviewRow } from './schema-quality.js';

const toReview = (r: QaReviewRow): QaReview => ({
  id: r.id,
  conversationId: r.conversationId,
  resolutionId: r.resolutionId,
  agentId: r.agentId,
  reviewerId: r.reviewerId,
  scorecardId: r.scorecardId,
  scorecardVersion: r.scorecardVersion,
  topic: r.topic,
  answers: r.answers,
  score: r.score,
  passed: r.passed,
  sampleReason: r.sampleReason,
  calibrationOf: r.calibrationOf,
  status: r.status,
  contestStatus: r.contestStatus,
  contest: r.contest,
  createdAt: r.createdAt.getTime(),
  completedAt: ms(r.completedAt),
});

const toRow = (r: QaReview) => ({
  ...r,
  createdAt: new Date(r.createdAt),
  completedAt: r.completedAt === null ? null : new Date(r.completedAt),
});

const OPEN = ['queued', 'in_review'] as const;

export const reviewRepository = (db: DbOrTx): ReviewRepository => ({
  async insert(review) {
    const rows = await db.insert(qaReviews).values(toRow(review)).onConflictDoNothing().returning({ id: qaReviews.id });
    return rows.length === 1;
  },

  async get(id) {
    const [row] = await db.select().from(qaReviews).where(eq(qaReviews.id, id));
    return row ? toReview(row) : null;
  },

  async getForUpdate(id) {
    const [row] = await db.select().from(qaReviews).where(eq(qaReviews.id, id)).for('update');
    return row ? toReview(row) : null;
  },

  async update(review) {
    const { id, ...rest } = toRow(review);
    await db.update(qaReviews).set(rest).where(eq(qaReviews.id, id));
  },

  async queue(filter) {
    const mine = filter.reviewerId ? or(eq(qaReviews.reviewerId, filter.reviewerId), isNull(qaReviews.reviewerId)) : undefined;
    const rows = await db
      .select()
      .from(qaReviews)
      .where(and(inArray(qaReviews.status, [...OPEN]), mine))
      .orderBy(asc(qaReviews.createdAt), asc(qaReviews.id))
      .limit(filter.limit);
    return rows.map(toReview);
  },

  async forConversation(conversationId) {
    const rows = await db.select().from(qaReviews).where(eq(qaReviews.conversationId, conversationId)).orderBy(asc(qaReviews.createdAt));
    return rows.map(toReview);
  },

  async contested(filter) {
    const open = filter.status === 'open';
    const at = open ? sql`(${qaReviews.contest}->>'openedAtMs')::bigint` : sql`(${qaReviews.contest}->>'resolvedAtMs')::bigint`;
    const rows = await db
      .select()
      .from(qaReviews)
      .where(eq(qaReviews.contestStatus, filter.status))
      .orderBy(open ? asc(at) : desc(at), asc(qaReviews.id))
      .limit(filter.limit);
    return rows.map(toReview);
  },

  async doneForAgent(agentId) {
    const rows = await db
      .select()
      .from(qaReviews)
      .where(and(eq(qaReviews.agentId, agentId), eq(qaReviews.status, 'done'), isNull(qaReviews.calibrationOf)))
      .orderBy(desc(qaReviews.completedAt));
    return rows.map(toReview);
  },

  async calibrationPairs(limit) {
    const primary = aliasedTable(qaReviews, 'primary_review');
    const rows = await db
      .select({ second: qaReviews, primary })
      .from(qaReviews)
      .innerJoin(primary, eq(primary.id, qaReviews.calibrationOf))
      .where(and(isNotNull(qaReviews.calibrationOf), eq(qaReviews.status, 'done'), eq(primary.status, 'done')))
      .orderBy(desc(qaReviews.completedAt))
      .limit(limit);
    return rows.map((r) => ({ primary: toReview(r.primary), second: toReview(r.second) }));
  },

  async reviewerCandidates() {
    const open = db
      .select({ reviewerId: qaReviews.reviewerId, n: count().as('n') })
      .from(qaReviews)
      .where(inArray(qaReviews.status, [...OPEN]))
      .groupBy(qaReviews.reviewerId)
      .as('open');
    const rows = await db
      .select({ id: agents.id, n: open.n })
      .from(agents)
      .leftJoin(open, eq(open.reviewerId, agents.id))
      .where(eq(agents.role, 'supervisor'))
      .orderBy(asc(agents.id));
    return rows.map((r) => ({ id: r.id, openReviews: Number(r.n ?? 0) }));
  },
});

export const scorecardRepository = (db: DbOrTx): ScorecardRepository => ({
  async active() {
    const [row] = await db.select().from(scorecards).where(eq(scorecards.active, true));
    return row ? row.definition : null;
  },

  async get(id, version) {
    const [row] = await db.select().from(scorecards).where(and(eq(scorecards.id, id), eq(scorecards.version, version)));
    return row ? row.definition : null;
  },

  async activate(card, now) {
    await db.update(scorecards).set({ active: false }).where(eq(scorecards.active, true));
    await db
      .insert(scorecards)
      .values({ id: card.id, version: card.version, definition: card, active: true, createdAt: new Date(now) })
      .onConflictDoUpdate({ target: [scorecards.id, scorecards.version], set: { active: true } });
  },
});

export const findingRepository = (db: DbOrTx): FindingRepository => ({
  async replace(conversationId, resolutionId, findings, now) {
    await db.delete(autoQaFindings).where(eq(autoQaFindings.resolutionId, resolutionId));
    if (findings.length === 0) return;
    await db.insert(autoQaFindings).values(
      findings.map((f) => ({
        conversationId,
        resolutionId,
        code: f.code,
        messageIndex: f.messageIndex,
        messageSeq: f.messageSeq,
        detail: f.detail,
        createdAt: new Date(now),
      })),
    );
  },

  async forConversation(conversationId) {
    const rows = await db.select().from(autoQaFindings).where(eq(autoQaFindings.conversationId, conversationId)).orderBy(asc(autoQaFindings.id));
    return rows.map((r) => ({
      code: r.code as AutoQaCode,
      messageIndex: r.messageIndex,
      messageSeq: r.messageSeq,
      detail: r.detail,
      resolutionId: r.resolutionId,
      createdAt: r.createdAt.getTime(),
    }));
  },
});
