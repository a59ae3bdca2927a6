import { sessionValue, tokenUsable, type StoredToken } from './token-store.js';
import type { CustomerSession, StaffLogin, StaffMember } from './types.js';

/** A signed-in agent or supervisor; the agent workspace and the console each keep their own. */
export type StaffSession = StoredToken & { agent: StaffMember };
/** A customer session, plus the conversation the widget is showing so a reload resumes it. */
export type CustomerSessionState = StoredToken & { customerId: string; conversationId: string | null };

const isStaffSession = (value: unknown): value is StaffSession => {
  const v = value as StaffSession | null;
  return typeof v?.token === 'string' && typeof v.expiresAt === 'number' && typeof v.agent?.id === 'string' && typeof v.agent.name === 'string';
};
const isCustomerSession = (value: unknown): value is CustomerSessionState => {
  const v = value as CustomerSessionState | null;
  return typeof v?.token === 'string' && typeof v.expiresAt === 'number' && typeof v.customerId === 'string';
};

export const staffSessionStore = (app: 'agent' | 'console') => sessionValue(`tandem.${app}.session`, isStaffSession);
export const customerSessionStore = () => sessionValue('tandem.widget.session', isCustomerSession);

export const toStaffSession = (login: StaffLogin, now: number): StaffSession => ({
  token: login.token,
  expiresAt: now + login.expiresInSeconds * 1000,
  agent: login.agent,
});

export const toCustomerSession = (session: CustomerSession, now: number, conversationId: string | null = null): CustomerSessionState => ({
  token: session.token,
  expiresAt: now + session.expiresInSeconds * 1000,
  customerId: session.customerId,
  conversationId,
});

export { tokenUsable };
