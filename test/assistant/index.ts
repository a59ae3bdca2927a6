/** Script driver and checks for assistant conversations through the real API (tests only). */
export {
  ACT_TOOLS,
  DEMO,
  SCRIPT_TODAY,
  ScriptedChat,
  escalationNotice,
  foreignPurchase,
  purchaseIdsTouched,
  signedCustomerToken,
  startScriptTandem,
  successfulActs,
  truth,
} from './driver.js';
export type { Handoff, Turn } from './driver.js';
export { brokenCitations, citationsOf, listItemSentences, turnProblems, ungroundedFacts } from './grounding.js';
