export { createArticleIndex, type ArticleHit, type ArticleIndex, type ArticleSearchOptions } from './article-index.js';
export { articleSentences, paraphrase, type ArticleSentence, type Paraphrase, type ParaphraseOptions } from './paraphrase.js';
export { STOP_WORDS, contentTerms, foldSuffix, words } from './text-terms.js';
export { createReplySuggester, type ReplySuggester, type ReplySuggestion } from './suggest-replies.js';
