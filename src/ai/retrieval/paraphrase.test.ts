import { describe, expect, it } from 'vitest';
import { articleSentences, paraphrase } from './paraphrase.js';
import { contentTerms, foldSuffix } from './text-terms.js';

const BODY = [
  'Late fees are rare. We remind you before every payment.',
  '',
  '## How much',
  '',
  '- If a payment is more than 3 days late, we add a fee of **£6**.',
  '- A second fee of £6 follows 7 days later if it is still unpaid.',
  '',
  '## Caps',
  '',
  'Fees on one order never add up to more than £24. See moneyhelper.org.uk for free advice. Call us on 0800 123.',
].join('\n');

describe('articleSentences', () => {
  it('splits markdown into plain sentences with their headings; a list stays with what introduces it', () => {
    const sentences = articleSentences(BODY);
    expect(sentences.map((s) => s.text)).toEqual([
      'Late fees are rare.',
      'We remind you before every payment.',
      'How much: If a payment is more than 3 days late, we add a fee of £6; A second fee of £6 follows 7 days later if it is still unpaid.',
      'Fees on one order never add up to more than £24.',
      'See moneyhelper.org.uk for free advice.',
      'Call us on 0800 123.',
    ]);
    expect(sentences[2]?.heading).toBe('How much');
    expect(sentences[0]?.heading).toBe('');
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('attaches list items to the line before the list, so no item reads as a fact on its own', () => {
    const sentences = articleSentences('Common reasons a purchase is declined:\n\n- **A payment is overdue.** Pay it first.\n- The order is above your limit.\n\nAfter that, try again.');
    expect(sentences.map((s) => s.text)).toEqual([
      'Common reasons a purchase is declined: A payment is overdue. Pay it first; The order is above your limit.',
      'After that, try again.',
    ]);
  });
});

describe('paraphrase', () => {
  const article = { title: 'Late fees', body: BODY };

  it('picks the sentences that share most terms with the query, in article order', () => {
    const result = paraphrase(article, 'how much is the fee if my payment is 3 days late');
    const indexes = result.sentences.map((s) => s.index);
    expect(indexes).toContain(2);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(result.text).toContain('If a payment is more than 3 days late, we add a fee of £6');
  });

  it('finds a sentence under a matching heading', () => {
    const result = paraphrase(article, 'is there a cap on what I can be charged', { maxSentences: 2 });
    expect(result.sentences.map((s) => s.text)).toContain('Fees on one order never add up to more than £24.');
  });

  it('answers a query made only of title words with the opening, then the first sentence of each section', () => {
    expect(paraphrase(article, 'late fees?').text).toBe(
      'Late fees are rare. We remind you before every payment. How much: If a payment is more than 3 days late, we add a fee of £6; A second fee of £6 follows 7 days later if it is still unpaid.',
    );
  });

  it('keeps the article wording verbatim, so every figure it states is the article’s', () => {
    const result = paraphrase(article, 'second fee unpaid');
    // Verbatim up to the joins a list makes (heading and items joined with ": " and "; ").
    for (const sentence of result.sentences) {
      for (const part of sentence.text.split(/: |; /)) expect(BODY.replace(/\*\*/g, '')).toContain(part.replace(/\.$/, ''));
    }
  });

  it('respects maxSentences and is deterministic', () => {
    const a = paraphrase(article, 'fee payment', { maxSentences: 2 });
    expect(a.sentences).toHaveLength(2);
    expect(paraphrase(article, 'fee payment', { maxSentences: 2 })).toEqual(a);
  });
});

describe('text terms', () => {
  it('folds common suffixes the same way on both sides', () => {
    expect(foldSuffix('refunds')).toBe('refund');
    expect(foldSuffix('charged')).toBe(foldSuffix('charges'));
    expect(foldSuffix('policies')).toBe('policy');
    expect(foldSuffix('fees')).toBe('fee');
    expect(foldSuffix('ring')).toBe('ring');
  });

  it('drops stop words and punctuation', () => {
    expect([...contentTerms("Where is my refund? I don't know!")]).toEqual(['refund']);
  });
});
