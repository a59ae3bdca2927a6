/** The customer widget app (mounted by main.tsx on /widget/, which the embed's iframe shows). */
export { WidgetApp, type WidgetAppProps } from './WidgetApp.js';
export { awaitingReply } from './useAwaitingReply.js';
