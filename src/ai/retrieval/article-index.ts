import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import type { HelpArticle } from '../knowledge/index.js';
import { STOP_WORDS } from './text-terms.js';

export interface ArticleHit {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  /** BM25 score (with field boosts and any id boost); only comparable within one search. */
  readonly score: number;
}

export interface ArticleSearchOptions {
  /** Articles to favour, e.g. those written for the intent the classifier chose. */
  readonly preferIds?: ReadonlySet<string>;
  /** Score multiplier for preferred articles (default 2). */
  readonly preferBoost?: number;
}

export interface ArticleIndex {
  /** The best `k` articles for the query, best first; an empty list when nothing matches. */
  search(query: string, k: number, options?: ArticleSearchOptions): ArticleHit[];
  /** The article with this id, if the index holds it. */
  get(id: string): HelpArticle | undefined;
}

/** Titles and tags say what an article is about in a few words; a match there counts for more. */
const FIELD_BOOST = { title: 3, tags: 2, body: 1 } as const;
/** How many candidates to fetch before preferred articles are re-ranked. */
const CANDIDATES = 20;

const schema = { id: 'string', title: 'string', tags: 'string', body: 'string' } as const;

/**
 * BM25 retrieval over the help articles with Orama. Orama's `insertMultiple` and `search` return a
 * Promise only when async plugins or hooks are configured; this index uses none, so both complete
 * synchronously and `search` can be a plain function. A Promise here would be a wiring mistake.
 */
export function createArticleIndex(articles: readonly HelpArticle[]): ArticleIndex {
  const db = create({ schema, components: { tokenizer: { stemming: true, stopWords: [...STOP_WORDS] } } });
  const inserted = insertMultiple(
    db,
    articles.map((a) => ({ id: a.id, title: a.title, tags: a.tags.join(', '), body: a.body })),
  );
  if (inserted instanceof Promise) throw new Error('article index: Orama insert went async (no async hooks expected)');
  const byId = new Map(articles.map((a) => [a.id, a]));

  function search(query: string, k: number, options: ArticleSearchOptions = {}): ArticleHit[] {
    if (k <= 0 || query.trim() === '') return [];
    const results = oramaSearch(db, {
      term: query,
      properties: ['title', 'tags', 'body'],
      boost: FIELD_BOOST,
      // 1 = a document matching any query term is a candidate; BM25 ranks those matching more terms higher.
      threshold: 1,
      limit: Math.max(k, CANDIDATES),
    });
    if (results instanceof Promise) throw new Error('article index: Orama search went async (no async hooks expected)');
    const boost = options.preferBoost ?? 2;
    const hits: ArticleHit[] = [];
    for (const hit of results.hits) {
      const article = byId.get(hit.document.id);
      if (!article) continue;
      const score = options.preferIds?.has(article.id) ? hit.score * boost : hit.score;
      hits.push({ id: article.id, title: article.title, body: article.body, score });
    }
    // Ties (equal scores) keep id order so that equal inputs always give equal answers.
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, k);
  }

  return { search, get: (id) => byId.get(id) };
}
