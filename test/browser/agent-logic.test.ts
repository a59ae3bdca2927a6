import { describe, expect, it } from 'vitest';
import { chatTimes, clockOffset, offerBookReducer, openOffers, outcomeMessage, secondsLeft, serverNow, type OfferBook, type OfferView } from '../../web/client/index.js';
import { insertSnippet, replySnippets } from '../../web/agent/reply-snippets.js';
import { statementPeriod } from '../../web/agent/statement-period.js';
import { parseAgentPath } from '../../web/agent/useAgentPage.js';
import type { CustomerContext, HandoffSummary } from '../../web/client/index.js';
import { bodyBlocks } from '../../web/ui/message-body.js';

/** The pure rules of the agent workspace: the offer book, suggested text, statement periods, message lists. */
const offer = (offerId: string, expiresAt: number, over: Partial<OfferView> = {}): OfferView => ({
  offerId,
  conversationId: `cnv_${offerId}`,
  intent: 'payment_schedule',
  language: 'en',
  waitedSeconds: 4,
  payMinor: 270,
  surgeMinor: 0,
  currency: 'GBP',
  why: 'quality 0.86',
  expiresAt,
  escalationReason: 'customer_asked',
  ...over,
});

const reduce = (actions: Parameters<typeof offerBookReducer>[1][], book: OfferBook = []) => actions.reduce(offerBookReducer, book);
const outcomes = (book: OfferBook) => book.map((e) => [e.offer.offerId, e.outcome]);

describe('offer book', () => {
  it('adds an offer once, whether it comes by frame or by the workspace read, in either order', () => {
    const a = offer('a', 20_000);
    const byFrameFirst = reduce([{ type: 'received', offer: a }, { type: 'loaded', offers: [a], now: 1_000 }]);
    const byReadFirst = reduce([{ type: 'loaded', offers: [a], now: 1_000 }, { type: 'received', offer: a }]);
    expect(outcomes(byFrameFirst)).toEqual([['a', null]]);
    expect(outcomes(byReadFirst)).toEqual([['a', null]]);
  });

  it('says why an offer ended: each server status, and a late failure to accept', () => {
    const book = reduce(['a', 'b', 'c', 'd'].map((id) => ({ type: 'received' as const, offer: offer(id, 20_000) })));
    const ended = reduce(
      [
        { type: 'closed', offerId: 'a', status: 'timed_out' },
        { type: 'closed', offerId: 'b', status: 'withdrawn' },
        { type: 'answer_failed', offerId: 'c', code: 'offer_not_open' },
        { type: 'answer_failed', offerId: 'd', code: 'offer_expired' },
      ],
      book,
    );
    expect(outcomes(ended)).toEqual([
      ['a', 'expired'],
      ['b', 'withdrawn'],
      ['c', 'taken'],
      ['d', 'expired'],
    ]);
    expect(outcomeMessage('taken')).toBe('Too late: this conversation is no longer waiting for you.');
  });

  it('keeps the first outcome: a frame arriving after the answer does not rewrite it', () => {
    const book = reduce([
      { type: 'received', offer: offer('a', 20_000) },
      { type: 'answering', offerId: 'a', busy: 'declining' },
      { type: 'answered', offerId: 'a', outcome: 'declined' },
      { type: 'closed', offerId: 'a', status: 'withdrawn' },
    ]);
    expect(outcomes(book)).toEqual([['a', 'declined']]);
    expect(book[0]?.busy).toBeNull();
  });

  it('an open offer missing from a later read ended unseen: expired if past its time, else withdrawn', () => {
    const book = reduce([
      { type: 'received', offer: offer('late', 5_000) },
      { type: 'received', offer: offer('early', 50_000) },
      { type: 'loaded', offers: [], now: 10_000 },
    ]);
    expect(outcomes(book)).toEqual([
      ['late', 'expired'],
      ['early', 'withdrawn'],
    ]);
  });

  it('an offer being answered is not ended by a read that crossed the answer', () => {
    const book = reduce([
      { type: 'received', offer: offer('a', 20_000) },
      { type: 'answering', offerId: 'a', busy: 'accepting' },
      { type: 'loaded', offers: [], now: 1_000 },
    ]);
    expect(book[0]).toMatchObject({ busy: 'accepting', outcome: null });
  });

  it('a failed answer for another reason puts the offer back, answerable', () => {
    const book = reduce([
      { type: 'received', offer: offer('a', 20_000) },
      { type: 'answering', offerId: 'a', busy: 'accepting' },
      { type: 'answer_failed', offerId: 'a', code: 'network' },
    ]);
    expect(book[0]).toMatchObject({ busy: null, outcome: null });
  });

  it('lists open offers soonest-expiring first and counts down in whole seconds, never below zero', () => {
    const book = reduce([
      { type: 'received', offer: offer('later', 30_000) },
      { type: 'received', offer: offer('sooner', 12_000) },
      { type: 'received', offer: offer('gone', 5_000) },
      { type: 'closed', offerId: 'gone', status: 'timed_out' },
    ]);
    expect(openOffers(book).map((e) => e.offer.offerId)).toEqual(['sooner', 'later']);
    expect(secondsLeft(offer('x', 12_000), 1_500)).toBe(11);
    expect(secondsLeft(offer('x', 12_000), 11_001)).toBe(1);
    expect(secondsLeft(offer('x', 12_000), 13_000)).toBe(0);
  });

  it('dismissing removes the card', () => {
    expect(reduce([{ type: 'received', offer: offer('a', 1) }, { type: 'dismiss', offerId: 'a' }])).toEqual([]);
  });
});

const money = (amountMinor: number) => ({ amountMinor, currency: 'GBP', text: `£${(amountMinor / 100).toFixed(2)}` });
const context = (): CustomerContext =>
  ({
    conversationId: 'cnv_1',
    customerId: 'cus_demo',
    overview: { name: 'Alex Morgan' },
    purchases: [
      { purchaseId: 'p_tent', merchant: 'Northwind Outdoors', status: 'active', nextDue: { instalmentId: 'i3', dueDate: '2026-12-07', amount: money(5000) } },
      { purchaseId: 'p_old', merchant: 'Velvet Lane', status: 'paid_off', nextDue: null },
    ],
    schedules: [
      {
        purchaseId: 'p_tent',
        merchant: 'Northwind Outdoors',
        plan: 'Pay in 4',
        outstanding: money(10000),
        instalments: [
          { instalmentId: 'i1', sequence: 1, dueDate: '2026-11-09', amount: money(6000), status: 'paid' },
          { instalmentId: 'i3', sequence: 3, dueDate: '2026-12-07', amount: money(5000), status: 'late' },
          { instalmentId: 'i4', sequence: 4, dueDate: '2026-12-21', amount: money(5000), status: 'scheduled' },
        ],
      },
    ],
  }) as unknown as CustomerContext;

const handoff: HandoffSummary = {
  summary: 'Wants help',
  intent: 'payment_schedule',
  reason: 'customer_asked',
  detail: null,
  facts: [{ text: '7 active purchases; owes £1,411.79; no open cases.', source: 'tool:get_customer_overview#1' }],
  actions: [],
  citations: [{ kind: 'article', id: 'kb-late', title: 'What happens if a payment is late' }],
  sentiment: 'neutral',
};

describe('suggested text', () => {
  it('offers the next payment and what is left of the only active purchase, then the cited facts and articles', () => {
    const snippets = replySnippets({ handoff, context: context(), selectedPurchaseId: null });
    expect(snippets.map((s) => s.label)).toEqual([
      'Next payment: Northwind Outdoors',
      'Payments left: Northwind Outdoors',
      // Long facts are cut for the label; the full text is what gets inserted.
      '7 active purchases; owes £1,411.79; no open cas…',
      'Article: What happens if a payment is late',
    ]);
    expect(snippets[2]?.text).toBe('7 active purchases; owes £1,411.79; no open cases.');
    expect(snippets[0]?.text).toMatch(/^Your next payment for Northwind Outdoors is £50\.00, due on .*2026\.$/);
    // Paid instalments are left out; an overdue one says so.
    expect(snippets[1]?.text.split('\n')).toEqual([
      'Here are the payments left on your Northwind Outdoors purchase (Pay in 4):',
      expect.stringMatching(/^- Payment 3: £50\.00 on .+ \(overdue\)$/),
      expect.stringMatching(/^- Payment 4: £50\.00 on .+2026$/),
      'Still to pay: £100.00.',
    ]);
    expect(snippets[3]?.text).toBe('Our help article "What happens if a payment is late" explains this.');
  });

  it('follows the selected purchase, and says nothing about the account before it is read', () => {
    expect(replySnippets({ handoff: null, context: context(), selectedPurchaseId: 'p_old' })).toEqual([]);
    expect(replySnippets({ handoff, context: null, selectedPurchaseId: null }).map((s) => s.source)).toEqual(['handoff', 'article']);
  });

  it('adds the help-article passages the server suggests, once per article, after the account', () => {
    const suggestions = [
      { text: 'If a payment is late we add a fee. You can avoid it by paying in time.', article: { id: 'kb-late', title: 'What happens if a payment is late' } },
      { text: 'You can extend a due date once, by up to 10 days.', article: { id: 'kb-extend', title: 'Extending a due date' } },
    ];
    const snippets = replySnippets({ handoff, context: context(), selectedPurchaseId: null, suggestions });
    expect(snippets.map((s) => [s.source, s.label])).toEqual([
      ['account', 'Next payment: Northwind Outdoors'],
      ['account', 'Payments left: Northwind Outdoors'],
      ['article', 'Article: What happens if a payment is late'],
      ['article', 'Article: Extending a due date'],
      ['handoff', '7 active purchases; owes £1,411.79; no open cas…'],
    ]);
    // The article's own passage is inserted, not a mention of it; the handoff's mention of the same article goes.
    expect(snippets[2]?.text).toBe(suggestions[0]!.text);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(snippets.length);
  });

  it('inserting keeps what the agent already wrote', () => {
    expect(insertSnippet('', 'Hello')).toBe('Hello');
    expect(insertSnippet('Hi Alex,  ', 'Your payment is due.')).toBe('Hi Alex,\nYour payment is due.');
  });
});

describe('the server’s clock', () => {
  it('counts an offer down on the server’s clock when this machine’s is two minutes fast', () => {
    const server = 1_000_000;
    const local = server + 120_000;
    const offset = clockOffset(server, local);
    expect(offset).toBe(-120_000);
    const o = offer('a', server + 20_000);
    expect(secondsLeft(o, local)).toBe(0); // the local clock alone would call it expired
    expect(secondsLeft(o, serverNow(offset, local))).toBe(20);
    expect(secondsLeft(o, serverNow(offset, local + 5_000))).toBe(15);
  });

  it('measures wait and handle time from the queue and assignment times', () => {
    expect(chatTimes({ queuedAt: 1_000, assignedAt: 61_000 }, 241_000)).toEqual({ waitedMs: 60_000, handlingMs: 180_000 });
    expect(chatTimes({ queuedAt: null, assignedAt: 5_000 }, 1_000)).toEqual({ waitedMs: null, handlingMs: 0 });
  });
});

describe('statement periods', () => {
  it('weeks start on Monday and months on the 1st, in the local calendar', () => {
    const wednesday = new Date(2026, 10, 25, 15, 30);
    const day = (ms: number) => new Date(ms).toDateString();
    const week = statementPeriod('this_week', wednesday);
    expect([day(week.from), day(week.to)]).toEqual([new Date(2026, 10, 23).toDateString(), new Date(2026, 10, 30).toDateString()]);
    const last = statementPeriod('last_week', wednesday);
    expect([day(last.from), day(last.to)]).toEqual([new Date(2026, 10, 16).toDateString(), new Date(2026, 10, 23).toDateString()]);
    const month = statementPeriod('last_month', new Date(2026, 0, 10));
    expect([day(month.from), day(month.to)]).toEqual([new Date(2025, 11, 1).toDateString(), new Date(2026, 0, 1).toDateString()]);
    // A Sunday belongs to the week that started the Monday before.
    expect(day(statementPeriod('this_week', new Date(2026, 10, 29)).from)).toBe(new Date(2026, 10, 23).toDateString());
  });
});

describe('agent pages', () => {
  it('maps paths to pages, unknown ones to the chats', () => {
    expect(['/agent', '/agent/', '/agent/quality', '/agent/blocks/', '/agent/earnings', '/agent/nope'].map(parseAgentPath)).toEqual(['chats', 'chats', 'quality', 'blocks', 'earnings', 'chats']);
  });
});

describe('message bodies', () => {
  it('reads runs of "- " and "1. " lines as lists and leaves everything else as written', () => {
    const schedule = "Here's the schedule:\n- Payment 1: £60.00 due 2026-11-09 (paid)\n- Payment 2: £60.00 due 2026-11-23 (scheduled)\nStill to pay: £60.00.";
    expect(bodyBlocks(schedule)).toEqual([
      { kind: 'text', text: "Here's the schedule:" },
      { kind: 'bullets', items: ['Payment 1: £60.00 due 2026-11-09 (paid)', 'Payment 2: £60.00 due 2026-11-23 (scheduled)'] },
      { kind: 'text', text: 'Still to pay: £60.00.' },
    ]);
    expect(bodyBlocks('Which one?\n1. Shoes\n2. Tent')).toEqual([
      { kind: 'text', text: 'Which one?' },
      { kind: 'numbered', start: 1, items: ['Shoes', 'Tent'] },
    ]);
  });

  it('a single dash line is text, not a list of one', () => {
    expect(bodyBlocks('Total:\n- £5 fee\nThanks')).toEqual([{ kind: 'text', text: 'Total:\n- £5 fee\nThanks' }]);
    expect(bodyBlocks('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
