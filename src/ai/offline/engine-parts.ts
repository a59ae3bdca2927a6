import type { EscalationPolicy } from '../../domain/escalation/index.js';
import type { HelpArticle, IntentCatalogue } from '../knowledge/index.js';
import type { ArticleIndex } from '../retrieval/index.js';
import type { IntentModel } from './intent-model.js';

/** What the engine builds once at start and every turn reads. */
export interface EngineParts {
  readonly catalogue: IntentCatalogue;
  readonly model: IntentModel;
  readonly index: ArticleIndex;
  /** Article ids written for each intent (front matter `intents`), in file order. */
  readonly articlesByIntent: ReadonlyMap<string, readonly HelpArticle[]>;
  readonly escalationPolicy: EscalationPolicy;
}

export function articlesByIntent(articles: readonly HelpArticle[]): Map<string, HelpArticle[]> {
  const byIntent = new Map<string, HelpArticle[]>();
  for (const article of articles) {
    for (const intent of article.intents) byIntent.set(intent, [...(byIntent.get(intent) ?? []), article]);
  }
  return byIntent;
}
