export { POLICY } from './policy.js';
export type { Policy } from './policy.js';
export { formatCount, formatHour, formatNumberWord, formatPounds } from './policy-format.js';
export { POLICY_MENTIONS, policyFigurePaths, policyValueAt } from './policy-mentions.js';
export type { PolicyMention, PolicyValue } from './policy-mentions.js';
export { CERTIFICATIONS, INTENT_CATEGORIES } from './schema.js';
export { countWords, parseHelpArticle, parseIntentCatalogue, parseIntentCatalogueJson } from './load.js';
export type {
  ArticleFrontMatter,
  Certification,
  HelpArticle,
  IntentCatalogue,
  IntentCategory,
  IntentDefinition,
  ParseResult,
} from './load.js';
export { SHIPPED_STANDARDS, findKnowledgeProblems, normaliseExample } from './knowledge-checks.js';
export type { KnowledgeProblem, KnowledgeProblemCode, KnowledgeStandards } from './knowledge-checks.js';
export { SHIPPED_KNOWLEDGE_DIR, loadKnowledgeBase } from './load-files.js';
export { HUMAN_REQUEST_INTENT, earlierTopic } from './topics.js';
export type { KnowledgeBase } from './load-files.js';
