import { z } from 'zod';

/** Certifications a human agent needs before they may take a conversation about the intent. */
export const CERTIFICATIONS = ['disputes', 'hardship', 'fraud'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/**
 * Broad groups for reporting and for the console. `smalltalk` intents (greeting, thanks, goodbye)
 * carry no request, so they need no help article.
 */
export const INTENT_CATEGORIES = [
  'smalltalk',
  'support',
  'plans',
  'payments',
  'account',
  'orders',
  'refunds_returns',
  'disputes',
  'security',
  'wellbeing',
] as const;
export type IntentCategory = (typeof INTENT_CATEGORIES)[number];

const snakeCaseId = z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'must be snake_case');
const kebabCaseId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const nonBlank = z.string().trim().min(1, 'must not be blank');

export const intentDefinitionSchema = z.strictObject({
  id: snakeCaseId,
  description: nonBlank,
  category: z.enum(INTENT_CATEGORIES),
  /** The topic needs care (money trouble, fraud, complaints, vulnerability); a human must see it. */
  sensitive: z.boolean(),
  /** The assistant never tries to resolve it: it gathers the facts and hands over at once. */
  humanOnly: z.boolean(),
  /** Which certified pool a handover goes to; null means any agent. */
  requiredCertification: z.enum(CERTIFICATIONS).nullable(),
  priority: z.enum(['normal', 'high']),
  examples: z.array(nonBlank).min(1, 'must have at least one example'),
});

export type IntentDefinition = z.infer<typeof intentDefinitionSchema>;

/** The shipped file as stored on disk (`out_of_scope` keeps the name the file uses). */
export const intentFileSchema = z.strictObject({
  /** Bumped whenever examples change, so a trained classifier can tell it is stale. */
  version: z.number().int().positive(),
  locale: nonBlank,
  intents: z.array(intentDefinitionSchema).min(1, 'must list at least one intent'),
  out_of_scope: z.array(nonBlank),
});

export interface IntentCatalogue {
  version: number;
  locale: string;
  intents: IntentDefinition[];
  /** Utterances that are not about BNPL support, for tuning and testing the out-of-scope decision. */
  outOfScope: string[];
}

export const articleFrontMatterSchema = z.strictObject({
  id: kebabCaseId,
  title: nonBlank,
  tags: z.array(nonBlank).min(1, 'must have at least one tag'),
  intents: z.array(snakeCaseId).min(1, 'must answer at least one intent'),
});

export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

export interface HelpArticle extends ArticleFrontMatter {
  /** Markdown body, without the front matter. */
  body: string;
}
