import type { ErrorBody } from './types.js';

/**
 * Every failed call becomes one error type with the server's stable code and the field it names, so forms
 * can put the message beside the right input. A request that never reached the server has code `network`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
    const error = body?.error;
    if (error && typeof error.code === 'string') return new ApiError(response.status, error.code, error.message ?? error.code, error.field);
    return new ApiError(response.status, response.status === 404 ? 'not_found' : 'http_error', `request failed (${response.status})`);
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError(0, 'network', 'The connection failed. Check your network and try again.');
    error.cause = cause;
    return error;
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

/** A short sentence for people, whatever was thrown. */
export const describeError = (error: unknown): string =>
  error instanceof ApiError ? error.message : error instanceof Error ? error.message : 'Something went wrong.';

/**
 * True when the server has no such route at all (an older server, or a feature not switched on), as opposed
 * to a route that answered "not found" about a thing. Pages then say the feature is not available.
 */
export const isMissingEndpoint = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 404 && /^no route /.test(error.message);
