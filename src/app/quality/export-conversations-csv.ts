import type { Principal } from '../../domain/auth/access.js';
import type { ConversationFacts } from './ports.js';
import { costMinor, handleSeconds, type ReportRange } from './outcome-report.js';
import type { QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

type Cell = string | number | boolean | null;

/**
 * RFC 4180 quoting, plus a leading apostrophe on text that a spreadsheet would run as a formula
 * (=, +, -, @): ids and intents never start so, but free-form fields one day might.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Consecutive duplicates collapse: ai>ai>agt_sam reads as ai>agt_sam. */
const history = (owners: string[]): string => owners.filter((o, i) => o !== owners[i - 1]).join('>');

export const CSV_COLUMNS = [
  'conversation_id',
  'customer_id',
  'intent',
  'state',
  'created_at',
  'first_customer_message_at',
  'first_response_at',
  'first_response_seconds',
  'escalation_reason',
  'queued_at',
  'owner_history',
  'resolved_by',
  'resolved_at',
  'closed_at',
  'durable',
  'csat',
  'qa_score',
  'auto_qa_findings',
  'handle_seconds',
  'cost_minor',
] as const;

function row(f: ConversationFacts, aiReplyCostMinor: number): Cell[] {
  const waitedFrom = f.firstCustomerMessageAt ?? f.createdAt;
  const firstResponseSeconds = f.firstResponseAt === null ? null : Math.max(0, Math.round((f.firstResponseAt - waitedFrom) / 1000));
  return [
    f.id,
    f.customerId,
    f.intent,
    f.state,
    iso(f.createdAt),
    iso(f.firstCustomerMessageAt),
    iso(f.firstResponseAt),
    firstResponseSeconds,
    f.escalationReason,
    iso(f.queuedAt),
    history(f.ownerHistory),
    f.resolvedBy,
    iso(f.resolvedAt),
    iso(f.closedAt),
    f.durable,
    f.csat,
    f.qaScore === null ? null : Math.round(f.qaScore * 10) / 10,
    f.autoQaFindings,
    handleSeconds(f),
    costMinor(f, aiReplyCostMinor),
  ];
}

/**
 * One row per conversation, oldest first. CSAT comments are left out on purpose: they are free text and
 * may hold personal data, which does not belong in a file that gets mailed around.
 */
export async function exportConversationsCsv(deps: QualityDeps, input: { principal: Principal; range: ReportRange }): Promise<string> {
  staffIdOf(input.principal);
  const facts = await deps.quality.reports.conversationFacts(input.range);
  const lines = [CSV_COLUMNS.join(','), ...facts.map((f) => row(f, deps.policy.aiReplyCostMinor).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
