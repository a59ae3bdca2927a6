import { pino, type Logger } from 'pino';

/**
 * Structured logs without personal data: message bodies are never logged, secrets are redacted, and
 * request lines carry the route pattern, not the URL (URLs can hold tokens and ids).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tandem' },
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'token', 'password', 'body', 'text', 'email'],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
