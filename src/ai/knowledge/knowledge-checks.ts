import { countWords } from './load.js';
import type { HelpArticle, IntentCatalogue } from './schema.js';

/** The standard the shipped content meets; operators adding their own content can pass looser limits. */
export interface KnowledgeStandards {
  minExamplesPerIntent: number;
  minArticleWords: number;
  maxArticleWords: number;
}

export const SHIPPED_STANDARDS: KnowledgeStandards = {
  minExamplesPerIntent: 45,
  minArticleWords: 120,
  maxArticleWords: 350,
};

export type KnowledgeProblemCode =
  | 'duplicate_intent_id'
  | 'too_few_examples'
  | 'duplicate_example'
  | 'duplicate_article_id'
  | 'unknown_intent_in_article'
  | 'intent_without_article'
  | 'article_length';

export interface KnowledgeProblem {
  code: KnowledgeProblemCode;
  message: string;
}

/**
 * Checks the intents and articles against each other. Returns every problem found (empty when
 * consistent), so a content editor sees them all at once instead of fixing one per run.
 */
export function findKnowledgeProblems(
  catalogue: IntentCatalogue,
  articles: readonly HelpArticle[],
  standards: KnowledgeStandards = SHIPPED_STANDARDS,
): KnowledgeProblem[] {
  return [
    ...checkIntentIds(catalogue),
    ...checkExampleCounts(catalogue, standards),
    ...checkDuplicateExamples(catalogue),
    ...checkArticleIds(articles),
    ...checkArticleIntents(catalogue, articles),
    ...checkIntentCoverage(catalogue, articles),
    ...checkArticleLengths(articles, standards),
  ];
}

/**
 * Two examples that differ only in case or spacing are the same example; counted twice they would
 * skew training, and under two intents they make the classifier's target contradictory.
 */
export function normaliseExample(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

function checkIntentIds(catalogue: IntentCatalogue): KnowledgeProblem[] {
  return duplicates(catalogue.intents.map((intent) => intent.id)).map((id) => ({
    code: 'duplicate_intent_id',
    message: `intent id "${id}" is used more than once`,
  }));
}

function checkExampleCounts(catalogue: IntentCatalogue, standards: KnowledgeStandards): KnowledgeProblem[] {
  return catalogue.intents
    .filter((intent) => intent.examples.length < standards.minExamplesPerIntent)
    .map((intent) => ({
      code: 'too_few_examples',
      message:
        `intent "${intent.id}" has ${intent.examples.length} examples; ` +
        `at least ${standards.minExamplesPerIntent} are needed`,
    }));
}

function checkDuplicateExamples(catalogue: IntentCatalogue): KnowledgeProblem[] {
  const firstSeen = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  const labelled = [
    ...catalogue.intents.flatMap((intent) => intent.examples.map((text) => ({ owner: `intent "${intent.id}"`, text }))),
    ...catalogue.outOfScope.map((text) => ({ owner: 'out_of_scope', text })),
  ];
  for (const { owner, text } of labelled) {
    const key = normaliseExample(text);
    const earlier = firstSeen.get(key);
    if (earlier === undefined) {
      firstSeen.set(key, owner);
    } else {
      problems.push({ code: 'duplicate_example', message: `"${text}" appears in ${earlier} and again in ${owner}` });
    }
  }
  return problems;
}

function checkArticleIds(articles: readonly HelpArticle[]): KnowledgeProblem[] {
  return duplicates(articles.map((article) => article.id)).map((id) => ({
    code: 'duplicate_article_id',
    message: `article id "${id}" is used more than once`,
  }));
}

function checkArticleIntents(catalogue: IntentCatalogue, articles: readonly HelpArticle[]): KnowledgeProblem[] {
  const known = new Set(catalogue.intents.map((intent) => intent.id));
  return articles.flatMap((article) =>
    article.intents
      .filter((id) => !known.has(id))
      .map((id) => ({
        code: 'unknown_intent_in_article' as const,
        message: `article "${article.id}" answers intent "${id}", which is not defined`,
      })),
  );
}

function checkIntentCoverage(catalogue: IntentCatalogue, articles: readonly HelpArticle[]): KnowledgeProblem[] {
  const covered = new Set(articles.flatMap((article) => article.intents));
  return catalogue.intents
    .filter((intent) => intent.category !== 'smalltalk' && !covered.has(intent.id))
    .map((intent) => ({
      code: 'intent_without_article',
      message: `intent "${intent.id}" is not answered by any article`,
    }));
}

function checkArticleLengths(articles: readonly HelpArticle[], standards: KnowledgeStandards): KnowledgeProblem[] {
  return articles.flatMap((article) => {
    const words = countWords(article.body);
    const { minArticleWords: min, maxArticleWords: max } = standards;
    if (words >= min && words <= max) return [];
    return [
      {
        code: 'article_length' as const,
        message: `article "${article.id}" has ${words} words; it should have ${min}–${max}`,
      },
    ];
  });
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
