import { describe, expect, it } from 'vitest';
import { outcomesByAgent, outcomesByIntent, summariseOutcomes, type ConversationOutcomeRow } from './outcomes.js';

const row = (over: Partial<ConversationOutcomeRow>): ConversationOutcomeRow => ({
  ownerKind: 'ai',
  agentId: null,
  intent: 'refund_status',
  resolved: true,
  durable: true,
  csat: null,
  handleSeconds: 60,
  costMinor: 10,
  ...over,
});

const rows: ConversationOutcomeRow[] = [
  row({ csat: 5, handleSeconds: 90, costMinor: 12 }),
  row({ resolved: false, durable: false, csat: 2, handleSeconds: 30, costMinor: 8 }),
  row({ durable: null }),
  row({ ownerKind: 'human', agentId: 'a2', csat: 4, handleSeconds: 600, costMinor: 450 }),
  row({ ownerKind: 'human', agentId: 'a1', intent: 'hardship', durable: false, csat: 3, handleSeconds: 900, costMinor: 701 }),
];

describe('summariseOutcomes', () => {
  it('computes rates over the right denominators', () => {
    expect(summariseOutcomes(rows)).toEqual({
      contacts: 5,
      resolutionRate: 4 / 5,
      durableResolutionRate: 2 / 4, // one row not yet known
      durableKnown: 4,
      meanCsat: (5 + 2 + 4 + 3) / 4,
      csatResponses: 4,
      meanHandleSeconds: (90 + 30 + 60 + 600 + 900) / 5,
      totalCostMinor: 1181,
      costPerContactMinor: 236, // 236.2 rounded
    });
  });

  it('returns nulls rather than zeros when there is no data', () => {
    expect(summariseOutcomes([])).toMatchObject({ contacts: 0, resolutionRate: null, meanCsat: null, costPerContactMinor: null });
  });
});

describe('outcomesByIntent', () => {
  it('gives a total line and an AI/human split per intent, sorted', () => {
    const lines = outcomesByIntent(rows);
    expect(lines.map((l) => [l.intent, l.owner, l.contacts])).toEqual([
      ['hardship', 'all', 1],
      ['hardship', 'human', 1],
      ['refund_status', 'all', 4],
      ['refund_status', 'ai', 3],
      ['refund_status', 'human', 1],
    ]);
    expect(lines[3]).toMatchObject({ resolutionRate: 2 / 3, durableResolutionRate: 1 / 2, meanCsat: 3.5, costPerContactMinor: 10 });
  });
});

describe('outcomesByAgent', () => {
  it('puts the AI and each agent in one table', () => {
    expect(outcomesByAgent(rows).map((l) => [l.agentId, l.ownerKind, l.contacts, l.costPerContactMinor])).toEqual([
      ['a1', 'human', 1, 701],
      ['a2', 'human', 1, 450],
      ['ai', 'ai', 3, 10],
    ]);
  });
});
