export { createOfflineEngine, type OfflineEngine, type OfflineEngineOptions } from './offline-engine.js';
export { OUT_OF_SCOPE_LABEL, fromClassifier, trainIntentModel, type IntentGuess, type IntentModel } from './intent-model.js';
export { emptyMemory, readMemory, writeMemory, type OfflineMemory, type PendingQuestion, type ProposedAction } from './memory.js';
export { CAPABILITIES, INTENT_POLICIES, type IntentPolicy, type PurchaseNeed, type PurchaseTask } from './intent-policies.js';
export { startConversation, type ConversationDriver, type DriverOptions } from './conversation-driver.js';
