export { useConversationFeed, type ConversationFeed, type FeedError } from './useConversationFeed.js';
export { useMediaQuery } from './useMediaQuery.js';
export { usePolling } from './usePolling.js';
export { useRealtime } from './useRealtime.js';
export { useStaffSession, type StaffSessionHandle } from './useStaffSession.js';
export { useNow } from './useNow.js';
export { useResource, type Resource } from './useResource.js';
