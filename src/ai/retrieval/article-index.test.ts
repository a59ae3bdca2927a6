import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type HelpArticle } from '../knowledge/index.js';
import { createArticleIndex } from './article-index.js';

const article = (id: string, title: string, tags: string[], body: string): HelpArticle => ({ id, title, tags, intents: ['x'], body });

describe('createArticleIndex (small corpus)', () => {
  const index = createArticleIndex([
    article('late-fees', 'Late fees', ['fees'], 'If a payment is more than 3 days late we add a fee.'),
    article('refunds', 'How refunds work', ['refund', 'money back'], 'The merchant sends the refund. It reduces what you owe.'),
    article('cards', 'Changing your card', ['card', 'payment method'], 'Open the app to add a card. A late payment is not affected.'),
  ]);

  it('ranks a title match above a body-only match', () => {
    const hits = index.search('late', 3);
    expect(hits.map((h) => h.id)).toEqual(['late-fees', 'cards']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
  });

  it('stems, so "refunds" finds "refund"', () => {
    expect(index.search('refunds', 1)[0]?.id).toBe('refunds');
  });

  it('returns id, title, body and score, and at most k hits', () => {
    const [hit] = index.search('card', 1);
    expect(hit).toMatchObject({ id: 'cards', title: 'Changing your card', body: 'Open the app to add a card. A late payment is not affected.' });
    expect(index.search('card late refund', 2)).toHaveLength(2);
  });

  it('returns nothing for an unrelated or empty query', () => {
    expect(index.search('weather tomorrow', 3)).toEqual([]);
    expect(index.search('   ', 3)).toEqual([]);
    expect(index.search('late', 0)).toEqual([]);
  });

  it('lifts preferred articles above better BM25 matches', () => {
    const plain = index.search('late payment', 2).map((h) => h.id);
    expect(plain[0]).toBe('late-fees');
    const preferred = index.search('late payment', 2, { preferIds: new Set(['cards']), preferBoost: 10 }).map((h) => h.id);
    expect(preferred[0]).toBe('cards');
  });

  it('looks articles up by id', () => {
    expect(index.get('refunds')?.title).toBe('How refunds work');
    expect(index.get('nope')).toBeUndefined();
  });
});

describe('createArticleIndex (shipped help centre)', () => {
  const { articles } = loadKnowledgeBase();
  const index = createArticleIndex(articles);
  const top = (query: string) => index.search(query, 1)[0]?.id;

  it.each([
    ['how does pay in 4 work', 'how-pay-in-4-works'],
    ['do you charge interest', 'interest-and-apr'],
    ['will it affect my credit score', 'credit-checks'],
    ['can I use a discount code', 'promo-codes-and-offers'],
    ['why was I charged a late fee', 'late-fees'],
    ['my item never arrived', 'item-not-received'],
  ])('answers "%s" with %s', (query, id) => {
    expect(top(query)).toBe(id);
  });
});
