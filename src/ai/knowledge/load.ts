import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { articleFrontMatterSchema, intentFileSchema } from './schema.js';
import type { HelpArticle, IntentCatalogue } from './schema.js';

export type {
  ArticleFrontMatter,
  Certification,
  HelpArticle,
  IntentCatalogue,
  IntentCategory,
  IntentDefinition,
} from './schema.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Validates an already-decoded intents file. Errors name the intent by id where it has one. */
export function parseIntentCatalogue(raw: unknown): ParseResult<IntentCatalogue> {
  const result = intentFileSchema.safeParse(raw);
  if (!result.success) {
    return { ok: false, errors: result.error.issues.map((issue) => describeIntentIssue(raw, issue)) };
  }
  const { version, locale, intents, out_of_scope } = result.data;
  return { ok: true, value: { version, locale, intents, outOfScope: out_of_scope } };
}

/** Decodes and validates the text of `intents.json`. */
export function parseIntentCatalogueJson(text: string): ParseResult<IntentCatalogue> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`intents file is not valid JSON: ${(error as Error).message}`] };
  }
  return parseIntentCatalogue(raw);
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/**
 * Parses a help article: YAML front matter between `---` lines, then a markdown body.
 * `source` (usually the file name) only labels error messages.
 */
export function parseHelpArticle(text: string, source: string): ParseResult<HelpArticle> {
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return { ok: false, errors: [`article ${source}: must start with front matter between "---" lines`] };
  }
  const [, frontMatterText = '', bodyText = ''] = match;
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(frontMatterText);
  } catch (error) {
    return { ok: false, errors: [`article ${source}: front matter is not valid YAML: ${(error as Error).message}`] };
  }
  const result = articleFrontMatterSchema.safeParse(frontMatter);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => `article ${source}: ${formatPath(issue.path)}: ${issue.message}`),
    };
  }
  const body = bodyText.trim();
  if (body.length === 0) return { ok: false, errors: [`article ${source}: body must not be empty`] };
  return { ok: true, value: { ...result.data, body } };
}

/** Counts words as a reader would: markdown markers such as `##`, `-` or `**` are not words. */
export function countWords(markdown: string): number {
  const withoutListNumbers = markdown.replace(/^\s*\d+\.\s/gm, ' ');
  return withoutListNumbers.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function describeIntentIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const [head, index, ...rest] = issue.path;
  if (head === 'intents' && typeof index === 'number') {
    const id = intentIdAt(raw, index);
    const who = id === undefined ? `intents[${index}]` : `intent "${id}" (intents[${index}])`;
    const field = rest.length > 0 ? formatPath(rest) : '(the intent itself)';
    return `${who}, ${field}: ${issue.message}`;
  }
  return `${formatPath(issue.path)}: ${issue.message}`;
}

function intentIdAt(raw: unknown, index: number): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const intents = (raw as { intents?: unknown }).intents;
  if (!Array.isArray(intents)) return undefined;
  const entry: unknown = intents[index];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const id = (entry as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
