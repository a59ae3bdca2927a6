import { readdirSync, readFileSync } from 'node:fs';
import { parseHelpArticle, parseIntentCatalogueJson } from './load.js';
import type { HelpArticle, IntentCatalogue } from './schema.js';

export interface KnowledgeBase {
  catalogue: IntentCatalogue;
  articles: HelpArticle[];
}

/** The folder this module ships in, which holds `intents.json` and `articles/`. */
export const SHIPPED_KNOWLEDGE_DIR = new URL('./', import.meta.url);

/**
 * Reads and parses the intents file and every `articles/*.md`, in file-name order.
 * Throws when the content is malformed: shipped content that does not parse is a build defect,
 * and every problem is listed at once so it can be fixed in one pass.
 */
export function loadKnowledgeBase(dir: URL = SHIPPED_KNOWLEDGE_DIR): KnowledgeBase {
  const errors: string[] = [];

  const catalogueResult = parseIntentCatalogueJson(readFileSync(new URL('intents.json', dir), 'utf8'));
  if (!catalogueResult.ok) errors.push(...catalogueResult.errors);

  const articlesDir = new URL('articles/', dir);
  const articles: HelpArticle[] = [];
  const fileNames = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const fileName of fileNames) {
    const result = parseHelpArticle(readFileSync(new URL(fileName, articlesDir), 'utf8'), fileName);
    if (!result.ok) {
      errors.push(...result.errors);
    } else if (`${result.value.id}.md` !== fileName) {
      // Ids are cited in replies and logs; tying them to the file name keeps them stable and findable.
      errors.push(`article ${fileName}: id "${result.value.id}" must match the file name`);
    } else {
      articles.push(result.value);
    }
  }

  if (errors.length > 0 || !catalogueResult.ok) {
    throw new Error(`knowledge base in ${dir.pathname} is invalid:\n- ${errors.join('\n- ')}`);
  }
  return { catalogue: catalogueResult.value, articles };
}
