import { paraphrase, type ParaphraseOptions } from '../retrieval/index.js';
import type { EngineParts } from './engine-parts.js';
import type { TurnContext } from './turn-context.js';

/** Articles written for the classified intent count this many times their BM25 score. */
const INTENT_BOOST = 3;

/**
 * The best article for the customer's message and intent, paraphrased in its own sentences and cited.
 * Null when no article matches at all (the caller asks a clarifying question instead).
 */
export function articleAnswer(turn: TurnContext, parts: EngineParts, intent: string | null, query: string, options: ParaphraseOptions = {}): string | null {
  const forIntent = intent ? (parts.articlesByIntent.get(intent) ?? []) : [];
  const [hit] = parts.index.search(query, 1, { preferIds: new Set(forIntent.map((a) => a.id)), preferBoost: INTENT_BOOST });
  const article = hit ?? forIntent[0];
  if (!article) return null;
  turn.citeArticle(article);
  return paraphrase(article, query, options).text;
}

/** A named article's most relevant sentences, cited; null if the article is not shipped. */
export function articleSentencesFor(turn: TurnContext, parts: EngineParts, articleId: string, query: string, options: ParaphraseOptions = {}): string | null {
  const article = parts.index.get(articleId);
  if (!article) return null;
  turn.citeArticle(article);
  return paraphrase(article, query, options).text;
}
