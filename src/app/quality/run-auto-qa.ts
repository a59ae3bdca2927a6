import { runAutoQa, type GroundingSource, type Transcript, type TranscriptMessage } from '../../domain/quality/index.js';
import type { Message } from '../../domain/conversation/types.js';
import type { StoredFinding } from './ports.js';
import type { QualityDeps } from './quality-deps.js';

const MAX_MESSAGES = 2000;

type CitationMeta = { kind?: unknown; id?: unknown; tool?: unknown; auditId?: unknown };

/** Source ids as auto-QA sees them: `article:<id>`, `tool:<auditId>`, or `tool:<name>` when no audit id was kept. */
function citationIds(message: Message): string[] {
  const citations = Array.isArray(message.meta.citations) ? (message.meta.citations as CitationMeta[]) : [];
  return citations.flatMap((c) => {
    if (c.kind === 'article' && typeof c.id === 'string') return [`article:${c.id}`];
    if (c.kind === 'tool' && typeof c.auditId === 'number') return [`tool:${c.auditId}`];
    if (c.kind === 'tool' && typeof c.tool === 'string') return [`tool:${c.tool}`];
    return [];
  });
}

async function groundingSources(deps: QualityDeps, conversationId: string, cited: Set<string>): Promise<GroundingSource[]> {
  const sources: GroundingSource[] = [];
  const audits = await deps.toolAudit.list({ conversationId, limit: 500 });
  const seenTools = new Set<string>();
  // Newest first: the bare `tool:<name>` alias points at the latest call of that tool.
  for (const audit of audits) {
    const text = JSON.stringify(audit.result);
    sources.push({ id: `tool:${audit.id}`, text });
    if (!seenTools.has(audit.tool)) sources.push({ id: `tool:${audit.tool}`, text });
    seenTools.add(audit.tool);
  }
  for (const id of cited) {
    if (!id.startsWith('article:')) continue;
    const article = deps.articles(id.slice('article:'.length));
    if (article) sources.push({ id, text: `${article.title}\n${article.body}` });
  }
  return sources;
}

/**
 * Auto-QA of a whole conversation at a resolution: grounding of AI replies in the tool results and articles
 * they cite, required disclosures, card numbers and similar data written by staff, response times.
 * Findings replace any earlier ones for the same resolution, so a retry stores them once.
 */
export async function runAutoQaForResolution(
  deps: QualityDeps,
  input: { conversationId: string; resolutionId: string; intent: string | null },
): Promise<StoredFinding[]> {
  const messages = await deps.store.messages.listAfter(input.conversationId, 0, MAX_MESSAGES);
  const transcriptMessages = messages.map(
    (m): TranscriptMessage => ({
      author: m.authorKind,
      text: m.body,
      atMs: m.createdAt,
      ...(m.authorKind === 'ai' ? { citations: citationIds(m) } : {}),
    }),
  );
  const cited = new Set(transcriptMessages.flatMap((m) => m.citations ?? []));
  const transcript: Transcript = {
    intents: input.intent ? [input.intent] : [],
    messages: transcriptMessages,
    sources: await groundingSources(deps, input.conversationId, cited),
  };
  const findings = runAutoQa(transcript, deps.policy.autoQa).map(
    (f): StoredFinding => ({ ...f, messageSeq: f.messageIndex === null ? null : (messages[f.messageIndex]?.seq ?? null) }),
  );
  await deps.quality.findings.replace(input.conversationId, input.resolutionId, findings, deps.clock.now());
  return findings;
}
