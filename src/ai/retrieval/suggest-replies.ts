import type { HelpArticle } from '../knowledge/index.js';
import { HUMAN_REQUEST_INTENT } from '../knowledge/topics.js';
import { createArticleIndex, type ArticleIndex } from './article-index.js';
import { paraphrase } from './paraphrase.js';

export type ReplySuggestion = {
  /** A short reply in the article's own sentences, for an agent to edit before sending. */
  text: string;
  article: { id: string; title: string };
};

export type ReplySuggester = (query: { text: string; intent: string | null }, limit: number) => ReplySuggestion[];

/** Articles written for the conversation's topic count this many times their BM25 score (as in the assistant). */
const INTENT_BOOST = 3;
const REPLY = { maxSentences: 2, maxChars: 280 } as const;
/** A suggestion is a line or two to edit, not the article: a second sentence only while it stays this short. */
const SHORT_CHARS = 320;

/** The paraphrase's sentences in article order, the second (and any later) only while the reply stays short. */
function shortReply(sentences: readonly { text: string }[]): string {
  const kept: string[] = [];
  for (const { text } of sentences) {
    if (kept.length > 0 && [...kept, text].join(' ').length > SHORT_CHARS) break;
    kept.push(text);
  }
  return kept.join(' ').trim();
}

/**
 * Suggested replies for a person answering the customer, from the same BM25 retrieval the assistant answers
 * with: the best articles for the customer's words (those written for the conversation's topic first), each
 * paraphrased in its own sentences. Nothing is invented: every word is the article's. An empty query with a
 * known topic falls back to the topic's articles; asking for a person is no topic.
 */
export function createReplySuggester(articles: readonly HelpArticle[], index: ArticleIndex = createArticleIndex(articles)): ReplySuggester {
  return ({ text, intent }, limit) => {
    if (limit <= 0) return [];
    const topic = intent && intent !== HUMAN_REQUEST_INTENT ? intent : null;
    const forTopic = topic ? articles.filter((a) => a.intents.includes(topic)) : [];
    const hits = index.search(text, limit, { preferIds: new Set(forTopic.map((a) => a.id)), preferBoost: INTENT_BOOST });
    const chosen = hits.length > 0 ? hits.map((h) => index.get(h.id)).filter((a): a is HelpArticle => a !== undefined) : forTopic.slice(0, limit);
    const suggestions: ReplySuggestion[] = [];
    for (const article of chosen) {
      const reply = shortReply(paraphrase(article, text || article.title, REPLY).sentences);
      if (reply !== '') suggestions.push({ text: reply, article: { id: article.id, title: article.title } });
    }
    return suggestions;
  };
}
