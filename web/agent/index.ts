/** The agent workspace app (mounted by main.tsx). */
export { AgentApp } from './AgentApp.js';
