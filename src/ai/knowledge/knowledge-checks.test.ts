import { describe, expect, it } from 'vitest';
import { findKnowledgeProblems, normaliseExample } from './knowledge-checks.js';
import type { KnowledgeStandards } from './knowledge-checks.js';
import type { HelpArticle, IntentCatalogue, IntentDefinition } from './schema.js';

const LOOSE: KnowledgeStandards = { minExamplesPerIntent: 2, minArticleWords: 3, maxArticleWords: 20 };

function intent(id: string, examples: string[], category: IntentDefinition['category'] = 'payments'): IntentDefinition {
  return {
    id,
    description: id,
    category,
    sensitive: false,
    humanOnly: false,
    requiredCertification: null,
    priority: 'normal',
    examples,
  };
}

function article(id: string, intents: string[], body = 'A short but valid body.'): HelpArticle {
  return { id, title: id, tags: ['t'], intents, body };
}

function catalogue(intents: IntentDefinition[], outOfScope: string[] = []): IntentCatalogue {
  return { version: 1, locale: 'en-GB', intents, outOfScope };
}

const CLEAN = catalogue(
  [intent('late_fee', ['why a late fee', 'remove my fee']), intent('greeting', ['hi', 'hello'], 'smalltalk')],
  ['what is the weather'],
);

describe('findKnowledgeProblems', () => {
  it('finds nothing in consistent content, and smalltalk needs no article', () => {
    expect(findKnowledgeProblems(CLEAN, [article('late-fees', ['late_fee'])], LOOSE)).toEqual([]);
  });

  it('reports a support intent that no article answers', () => {
    expect(findKnowledgeProblems(CLEAN, [], LOOSE)).toEqual([
      { code: 'intent_without_article', message: 'intent "late_fee" is not answered by any article' },
    ]);
  });

  it('reports an article that answers an undefined intent', () => {
    const problems = findKnowledgeProblems(CLEAN, [article('late-fees', ['late_fee', 'late_fees'])], LOOSE);
    expect(problems).toEqual([
      {
        code: 'unknown_intent_in_article',
        message: 'article "late-fees" answers intent "late_fees", which is not defined',
      },
    ]);
  });

  it('reports duplicate examples across intents and out-of-scope, ignoring case and spacing', () => {
    const content = catalogue(
      [intent('late_fee', ['Why a late  fee', 'remove my fee']), intent('next_payment', ['why a late fee', 'next?'])],
      ['REMOVE MY FEE'],
    );
    const problems = findKnowledgeProblems(content, [article('a', ['late_fee', 'next_payment'])], LOOSE);
    expect(problems.map((p) => p.code)).toEqual(['duplicate_example', 'duplicate_example']);
    expect(problems[0]?.message).toBe(
      '"why a late fee" appears in intent "late_fee" and again in intent "next_payment"',
    );
    expect(problems[1]?.message).toContain('and again in out_of_scope');
  });

  it('reports duplicate examples within one intent', () => {
    const content = catalogue([intent('late_fee', ['fee?', 'Fee?', 'other'])]);
    const problems = findKnowledgeProblems(content, [article('a', ['late_fee'])], LOOSE);
    expect(problems.map((p) => p.code)).toEqual(['duplicate_example']);
  });

  it('reports duplicate intent and article ids', () => {
    const content = catalogue([intent('late_fee', ['a', 'b']), intent('late_fee', ['c', 'd'])]);
    const codes = findKnowledgeProblems(content, [article('x', ['late_fee']), article('x', ['late_fee'])], LOOSE).map(
      (p) => p.code,
    );
    expect(codes).toEqual(['duplicate_intent_id', 'duplicate_article_id']);
  });

  it('reports intents with too few examples, with the counts', () => {
    const content = catalogue([intent('late_fee', ['only one'])]);
    expect(findKnowledgeProblems(content, [article('a', ['late_fee'])], LOOSE)).toEqual([
      { code: 'too_few_examples', message: 'intent "late_fee" has 1 examples; at least 2 are needed' },
    ]);
  });

  it('reports articles outside the word range, at both ends', () => {
    const long = Array.from({ length: 21 }, () => 'word').join(' ');
    const problems = findKnowledgeProblems(
      CLEAN,
      [article('short', ['late_fee'], 'Too short'), article('long', ['late_fee'], long), article('ok', ['late_fee'])],
      LOOSE,
    );
    expect(problems).toEqual([
      { code: 'article_length', message: 'article "short" has 2 words; it should have 3–20' },
      { code: 'article_length', message: 'article "long" has 21 words; it should have 3–20' },
    ]);
  });
});

describe('normaliseExample', () => {
  it('folds case and whitespace but keeps punctuation', () => {
    expect(normaliseExample('  Where IS\tmy   refund? ')).toBe('where is my refund?');
  });
});
