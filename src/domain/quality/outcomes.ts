/**
 * One outcome table for AI and humans alike, from plain per-conversation rows. Durable resolution (resolved,
 * and no repeat contact within 7 days) is the headline: it is the measure both sides are judged on.
 */
export interface ConversationOutcomeRow {
  readonly ownerKind: 'ai' | 'human';
  /** The human agent who owned it at resolution; null for AI-only conversations. */
  readonly agentId: string | null;
  readonly intent: string;
  readonly resolved: boolean;
  /** Resolved with no repeat contact within 7 days; null until the 7 days have passed. */
  readonly durable: boolean | null;
  readonly csat: number | null;
  readonly handleSeconds: number;
  /** Everything the conversation cost (model usage, agent pay), integer minor units. */
  readonly costMinor: number;
}

export interface OutcomeFigures {
  readonly contacts: number;
  readonly resolutionRate: number | null;
  /** Over contacts whose 7 days have passed. */
  readonly durableResolutionRate: number | null;
  readonly durableKnown: number;
  readonly meanCsat: number | null;
  readonly csatResponses: number;
  readonly meanHandleSeconds: number | null;
  readonly totalCostMinor: number;
  /** Rounded to whole minor units. */
  readonly costPerContactMinor: number | null;
}

export interface IntentOutcomeLine extends OutcomeFigures {
  readonly intent: string;
  /** 'all' is the intent's total; 'ai' and 'human' split it by who owned the conversation. */
  readonly owner: 'all' | 'ai' | 'human';
}

export interface AgentOutcomeLine extends OutcomeFigures {
  /** A human agent's id, or 'ai' for conversations the AI handled alone. */
  readonly agentId: string;
  readonly ownerKind: 'ai' | 'human';
}

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);

export function summariseOutcomes(rows: readonly ConversationOutcomeRow[]): OutcomeFigures {
  const contacts = rows.length;
  const durableRows = rows.filter((r) => r.durable !== null);
  const rated = rows.filter((r) => r.csat !== null);
  const totalCostMinor = rows.reduce((sum, r) => sum + r.costMinor, 0);
  const cost = ratio(totalCostMinor, contacts);
  return {
    contacts,
    resolutionRate: ratio(rows.filter((r) => r.resolved).length, contacts),
    durableResolutionRate: ratio(durableRows.filter((r) => r.durable === true).length, durableRows.length),
    durableKnown: durableRows.length,
    meanCsat: ratio(rated.reduce((sum, r) => sum + (r.csat ?? 0), 0), rated.length),
    csatResponses: rated.length,
    meanHandleSeconds: ratio(rows.reduce((sum, r) => sum + r.handleSeconds, 0), contacts),
    totalCostMinor,
    costPerContactMinor: cost === null ? null : Math.round(cost),
  };
}

function groupBy<K extends string>(rows: readonly ConversationOutcomeRow[], key: (r: ConversationOutcomeRow) => K): Map<K, ConversationOutcomeRow[]> {
  const groups = new Map<K, ConversationOutcomeRow[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Per intent: a total line, then an AI line and a human line where there are such conversations. Sorted by intent. */
export function outcomesByIntent(rows: readonly ConversationOutcomeRow[]): IntentOutcomeLine[] {
  const lines: IntentOutcomeLine[] = [];
  const groups = [...groupBy(rows, (r) => r.intent)].sort(([a], [b]) => byKey(a, b));
  for (const [intent, group] of groups) {
    lines.push({ intent, owner: 'all', ...summariseOutcomes(group) });
    for (const owner of ['ai', 'human'] as const) {
      const part = group.filter((r) => r.ownerKind === owner);
      if (part.length > 0) lines.push({ intent, owner, ...summariseOutcomes(part) });
    }
  }
  return lines;
}

/** Per human agent, plus one 'ai' line for AI-only conversations, so both sit in one table. Sorted by id. */
export function outcomesByAgent(rows: readonly ConversationOutcomeRow[]): AgentOutcomeLine[] {
  const key = (r: ConversationOutcomeRow): string => (r.ownerKind === 'ai' ? 'ai' : (r.agentId ?? 'unknown'));
  return [...groupBy(rows, key)]
    .sort(([a], [b]) => byKey(a, b))
    .map(([agentId, group]) => ({ agentId, ownerKind: agentId === 'ai' ? 'ai' : 'human', ...summariseOutcomes(group) }));
}
