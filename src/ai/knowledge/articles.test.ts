import { describe, expect, it } from 'vitest';
import { countWords } from './load.js';
import { findKnowledgeProblems } from './knowledge-checks.js';
import { loadKnowledgeBase } from './load-files.js';

// Loading throws if any article fails to parse or its id does not match its file name.
const { catalogue, articles } = loadKnowledgeBase();

describe('shipped help articles', () => {
  it('has at least 42 articles with unique ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(42);
    expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  });

  it('refers only to intents that exist', () => {
    const known = new Set(catalogue.intents.map((intent) => intent.id));
    const unknown = articles.flatMap((article) =>
      article.intents.filter((id) => !known.has(id)).map((id) => `${article.id}: ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('answers every intent except smalltalk', () => {
    const covered = new Set(articles.flatMap((article) => article.intents));
    const uncovered = catalogue.intents
      .filter((intent) => intent.category !== 'smalltalk' && !covered.has(intent.id))
      .map((intent) => intent.id);
    expect(uncovered).toEqual([]);
  });

  it('keeps every body between 120 and 350 words', () => {
    const outOfRange = articles
      .map((article) => ({ id: article.id, words: countWords(article.body) }))
      .filter(({ words }) => words < 120 || words > 350);
    expect(outOfRange).toEqual([]);
  });

  it('is consistent with the intents by every shipped standard', () => {
    expect(findKnowledgeProblems(catalogue, articles)).toEqual([]);
  });

  it('writes UK English product names and spellings', () => {
    const offenders = articles
      .filter((article) => /\b(installments?|color|favor|canceled|organize|zip code|checkbook)\b/i.test(article.body))
      .map((article) => article.id);
    expect(offenders).toEqual([]);
  });
});
