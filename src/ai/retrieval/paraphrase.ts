import { contentTerms } from './text-terms.js';

export interface ArticleSentence {
  readonly text: string;
  /** Position in the article, 0-based, for keeping the article's order in an answer. */
  readonly index: number;
  /** The heading the sentence sits under ('' before the first heading). */
  readonly heading: string;
}

export interface Paraphrase {
  /** The chosen sentences joined with spaces, in article order: every word is the article's own. */
  readonly text: string;
  readonly sentences: readonly ArticleSentence[];
}

export interface ParaphraseOptions {
  /** At most this many sentences (default 3). */
  readonly maxSentences?: number;
  /** Stop adding sentences once the answer is this long, in characters (default 420). */
  readonly maxChars?: number;
}

/**
 * Markdown to plain sentences: headings become context, list items are sentences of their own, and
 * emphasis markers go. Sentence ends are ". ", "? " or "! " before a capital, digit or "£", so "e.g." or
 * "moneyhelper.org.uk" do not split.
 */
export function articleSentences(markdown: string): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  let heading = '';
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '') continue;
    const headingMatch = /^#{1,6}\s+(.*)$/.exec(line);
    if (headingMatch) {
      heading = headingMatch[1] ?? '';
      continue;
    }
    const plain = line
      .replace(/^(?:[-*+]|\d+\.)\s+/, '')
      .replace(/\*\*|__/g, '')
      .replace(/(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    for (const piece of plain.split(/(?<=[.?!])\s+(?=[A-Z0-9£"'(])/)) {
      const text = piece.trim();
      if (text !== '') sentences.push({ text, index: sentences.length, heading });
    }
  }
  return sentences;
}

/**
 * The 2–3 sentences of an article that answer the query best, in the article's own words. A sentence
 * scores one point per query term it contains, half a point when the term is only in its heading. Terms of
 * the title do not count: every sentence of the article is about them, so a query made only of title terms
 * ("how does Pay in 4 work") gets the opening sentences, where help articles put the answer. The opening
 * sentence also gets a small bonus. Ties go to the earlier sentence, so the result is deterministic.
 */
export function paraphrase(article: { title: string; body: string }, query: string, options: ParaphraseOptions = {}): Paraphrase {
  const maxSentences = options.maxSentences ?? 3;
  const maxChars = options.maxChars ?? 420;
  const sentences = articleSentences(article.body);
  const titleTerms = contentTerms(article.title);
  const queryTerms = [...contentTerms(query)].filter((term) => !titleTerms.has(term));
  const scored = sentences.map((sentence) => {
    const terms = contentTerms(sentence.text);
    const headingTerms = contentTerms(sentence.heading);
    let score = sentence.index === 0 ? 0.75 : 0;
    for (const term of queryTerms) {
      if (terms.has(term)) score += 1;
      else if (headingTerms.has(term)) score += 0.5;
    }
    return { sentence, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index);
  const chosen: ArticleSentence[] = [];
  let length = 0;
  for (const { sentence, score } of ranked) {
    if (chosen.length >= maxSentences) break;
    if (chosen.length >= 2 && length + sentence.text.length > maxChars) break;
    // A filler sentence from a later section reads out of context ("Say you spend £100.").
    if (chosen.length >= 1 && score === 0 && sentence.heading !== '') continue;
    chosen.push(sentence);
    length += sentence.text.length + 1;
  }
  chosen.sort((a, b) => a.index - b.index);
  return { text: chosen.map((s) => s.text).join(' '), sentences: chosen };
}
