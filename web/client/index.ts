export { ApiClient, type ApiClientOptions, type CsatInput, type ListConversationsFilter } from './api-client.js';
export { ApiError, describeError, isApiError, isMissingEndpoint } from './api-error.js';
export { emptyFeed, feedReducer, mergeMessages, type FeedAction, type FeedState, type PendingMessage } from './conversation-feed.js';
export { newClientMessageId } from './ids.js';
export {
  agentNamesFrom,
  citationLabel,
  citationsOf,
  confidenceOf,
  csatRequested,
  factSourceLabel,
  handoffFrom,
  latestAgentName,
  queueInfoFrom,
  systemEventOf,
  type Citation,
  type HandoffAction,
  type HandoffFact,
  type HandoffSummary,
  type QueueInfo,
  type SystemEvent,
} from './message-meta.js';
export {
  offerBookReducer,
  openOffers,
  outcomeMessage,
  outcomeOfStatus,
  secondsLeft,
  type OfferBook,
  type OfferBookAction,
  type OfferEntry,
  type OfferOutcome,
} from './offer-book.js';
export { RealtimeClient } from './realtime-client.js';
export { chatTimes, clockOffset, serverNow } from './server-clock.js';
export {
  SendRejected,
  defaultSocketUrl,
  type ConnectionStatus,
  type NetworkSignals,
  type RealtimeClientOptions,
  type SendAck,
  type SubscriptionListener,
} from './realtime-types.js';
export { customerSessionStore, staffSessionStore, toCustomerSession, toStaffSession, tokenUsable, type CustomerSessionState, type StaffSession } from './sessions.js';
export { sessionValue, type StoredToken, type StoredValue } from './token-store.js';
export type * from './types.js';
