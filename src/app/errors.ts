/**
 * The one error type that crosses layers. `code` is stable (clients branch on it); `message` is for people
 * and, for 4xx, names the field and the problem. The HTTP layer maps codes to statuses in one table.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'illegal_transition'
  | 'offer_expired'
  | 'offer_not_open'
  | 'rate_limited'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    // A message about a field always names it, so a person reading only the message knows what to fix.
    super(field && !message.startsWith(`${field}:`) ? `${field}: ${message}` : message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, field?: string) => new AppError('not_found', `${what} not found`, field);
export const forbidden = (message = 'you may not access this resource') => new AppError('forbidden', message);
