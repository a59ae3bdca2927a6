import { describe, expect, it } from 'vitest';
import { runAutoQa } from './auto-qa.js';
import { DEFAULT_DISCLOSURE_RULES, findMissingDisclosures } from './disclosures.js';
import { findResponseTimeBreaches } from './response-time.js';
import type { Transcript, TranscriptMessage } from './transcript.js';

const msg = (author: TranscriptMessage['author'], text: string, atMs: number, citations?: string[]): TranscriptMessage =>
  citations ? { author, text, atMs, citations } : { author, text, atMs };

const base: Transcript = { intents: [], messages: [], sources: [] };

describe('runAutoQa: grounding', () => {
  const sources = [
    { id: 'tool:getPlan#1', text: '{"nextPaymentMinor": 1250, "currency": "GBP", "nextPaymentDate": "2024-05-02"}' },
    { id: 'kb:late-fees', text: 'A late fee of £6.00 applies after 7 days.' },
  ];

  it('passes a reply whose amounts and dates are all in cited sources', () => {
    const t: Transcript = {
      ...base,
      sources,
      messages: [
        msg('customer', 'when is my next payment?', 0),
        msg('ai', 'Your next payment of £12.50 is due on 2 May. If it is over 7 days overdue a charge of 6.00 GBP applies.', 1_000, [
          'tool:getPlan#1',
          'kb:late-fees',
        ]),
      ],
    };
    expect(runAutoQa(t)).toEqual([]);
  });

  it('flags amounts and dates that no cited source contains, and unknown citations', () => {
    const t: Transcript = {
      ...base,
      sources,
      messages: [
        msg('customer', 'when is my next payment?', 0),
        msg('ai', 'Your next payment of $13 is due on 3 May 2024.', 1_000, ['tool:getPlan#1', 'tool:ghost']),
        msg('ai', 'The fee is £6.00.', 2_000),
      ],
    };
    expect(runAutoQa(t)).toEqual([
      { code: 'unknown_citation', messageIndex: 1, detail: 'cites tool:ghost, which is not among the sources' },
      { code: 'ungrounded_amount', messageIndex: 1, detail: '"$13" is not in any cited source' },
      { code: 'ungrounded_date', messageIndex: 1, detail: '"3 May 2024" is not in any cited source' },
      // Grounded somewhere in the conversation is not enough: the reply must cite it.
      { code: 'ungrounded_amount', messageIndex: 2, detail: '"£6.00" is not in any cited source' },
    ]);
  });

  it('does not hold human agents to citations', () => {
    const t: Transcript = { ...base, messages: [msg('customer', 'fee?', 0), msg('agent', 'It is £6.00.', 30_000)] };
    expect(runAutoQa(t)).toEqual([]);
  });
});

describe('disclosures', () => {
  it('requires "representative APR" when financing comes up, by keyword or by intent', () => {
    const byKeyword: Transcript = {
      ...base,
      messages: [msg('customer', 'What is the APR on pay monthly?', 0), msg('agent', 'It is 19.9%.', 1)],
    };
    expect(findMissingDisclosures(byKeyword, DEFAULT_DISCLOSURE_RULES)).toEqual([
      { ruleId: 'representative_apr', messageIndex: 0, trigger: 'keyword "apr"' },
    ]);
    const fixed: Transcript = { ...byKeyword, messages: [...byKeyword.messages, msg('agent', 'That is 19.9% Representative APR.', 2)] };
    expect(findMissingDisclosures(fixed, DEFAULT_DISCLOSURE_RULES)).toEqual([]);
    const byIntent: Transcript = { ...base, intents: ['financing'], messages: [msg('customer', 'tell me more', 0)] };
    expect(findMissingDisclosures(byIntent, DEFAULT_DISCLOSURE_RULES)).toEqual([
      { ruleId: 'representative_apr', messageIndex: -1, trigger: 'intent financing' },
    ]);
  });

  it('does not fire on words that merely contain a keyword', () => {
    const t: Transcript = { ...base, messages: [msg('customer', 'I paid in April', 0)] };
    expect(findMissingDisclosures(t, DEFAULT_DISCLOSURE_RULES)).toEqual([]);
  });

  it('requires free debt advice when hardship is discussed, and only staff can satisfy it', () => {
    const t: Transcript = {
      ...base,
      messages: [
        msg('customer', "I can't afford this month, I already looked at StepChange", 0),
        msg('ai', 'I am sorry to hear that. Let me get someone to help.', 1),
      ],
    };
    expect(runAutoQa(t)).toEqual([
      {
        code: 'missing_disclosure',
        messageIndex: 0,
        detail: 'free_debt_advice: required after keyword "can\'t afford", never stated by staff',
      },
    ]);
    const told: Transcript = { ...t, messages: [...t.messages, msg('agent', 'You can get free debt advice from MoneyHelper.', 2)] };
    expect(runAutoQa(told)).toEqual([]);
  });
});

describe('runAutoQa: sensitive data', () => {
  it('flags card numbers and ids written by staff, masked, but not those a customer typed', () => {
    const t: Transcript = {
      ...base,
      messages: [
        msg('customer', 'my card is 4111 1111 1111 1111', 0),
        msg('agent', 'Thanks, I have updated 4111-1111-1111-1111 and your NI number JG103727B.', 1_000),
      ],
    };
    expect(runAutoQa(t)).toEqual([
      { code: 'sensitive_data', messageIndex: 1, detail: 'card_number (…1111) written by agent' },
      { code: 'sensitive_data', messageIndex: 1, detail: 'uk_national_insurance_number (…727B) written by agent' },
    ]);
  });
});

describe('findResponseTimeBreaches', () => {
  it('judges first responses and replies per responder, from the first unanswered message', () => {
    const messages = [
      msg('customer', 'hi', 0),
      msg('ai', 'hello', 12_000), // AI first response 12s > 10s
      msg('customer', 'agent', 20_000),
      msg('ai', 'connecting you', 21_000),
      msg('customer', 'hello?', 30_000),
      msg('system', 'Sam joined', 300_000), // queue time before this is not Sam's
      msg('agent', 'Hi, Sam here', 340_000), // 40s after joining: within 60s
      msg('customer', 'my refund', 350_000),
      msg('customer', 'is late', 360_000),
      msg('agent', 'checking', 480_000), // 130s since message 7 > 120s
    ];
    expect(findResponseTimeBreaches(messages)).toEqual([
      { kind: 'first_response', messageIndex: 1, waitingSinceIndex: 0, responder: 'ai', waitedMs: 12_000, limitMs: 10_000 },
      { kind: 'reply', messageIndex: 9, waitingSinceIndex: 7, responder: 'agent', waitedMs: 130_000, limitMs: 120_000 },
    ]);
  });

  it('reports breaches through runAutoQa with their codes', () => {
    const t: Transcript = { ...base, messages: [msg('customer', 'hi', 0), msg('agent', 'hello', 61_000)] };
    expect(runAutoQa(t)).toEqual([
      { code: 'first_response_breach', messageIndex: 1, detail: 'agent replied after 61s (limit 60s), waiting since message 0' },
    ]);
  });
});
