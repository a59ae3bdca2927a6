import { z } from 'zod';

/**
 * Configuration is read once, from the environment, at start-up. Every value has a safe local default so
 * `npm start` works on a fresh machine; a bad value stops start-up with a message naming the variable.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const configSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  TANDEM_DATA_DIR: z.string().min(1).default('./data'),
  TANDEM_SESSION_SECRET: z.string().min(16, 'must be at least 16 characters').default('dev-session-secret-change-me'),
  TANDEM_WIDGET_SECRET: z.string().min(16, 'must be at least 16 characters').default('dev-widget-secret-change-me'),
  TANDEM_ADMIN_API_KEY: z.string().min(16, 'must be at least 16 characters').default('dev-admin-key-change-me'),
  TANDEM_SESSION_TTL_SECONDS: int(60, 30 * 24 * 3600).default(8 * 3600),
  TANDEM_DEMO_SESSIONS: bool.default(true),
  TANDEM_SEED_DEMO: bool.default(true),
  TANDEM_SEED: z.string().min(1).max(64).default('tandem'),
  TANDEM_SEED_CUSTOMERS: int(1, 1_000_000).default(2000),
  TANDEM_SEED_PURCHASES: int(9, 10_000_000).default(10_000),
  TANDEM_MAX_MESSAGE_CHARS: int(1, 100_000).default(4000),
  TANDEM_RATE_LIMIT_PER_MINUTE: int(1, 1_000_000).default(600),
  TANDEM_BCRYPT_ROUNDS: int(4, 15).default(10),
  TANDEM_TIMER_POLL_MS: int(10, 60_000).default(500),
  TANDEM_DISPATCH_POLICY: z.enum(['greedy', 'batch']).default('greedy'),
  TANDEM_OFFER_TIMEOUT_SECONDS: z.coerce.number().min(0.05).max(3600).default(20),
  TANDEM_DISPATCH_TICK_MS: int(10, 60_000).default(1000),
  TANDEM_PRESENCE_AWAY_SECONDS: z.coerce.number().min(0.05).max(3600).default(30),
  TANDEM_PRESENCE_REQUEUE_SECONDS: z.coerce.number().min(0.05).max(86_400).default(120),
  TANDEM_AI_ENGINE: z.enum(['offline', 'llm']).default('offline'),
  TANDEM_LLM_BASE_URL: z.string().url().optional(),
  TANDEM_LLM_MODEL: z.string().min(1).optional(),
  TANDEM_LLM_API_KEY: z.string().min(1).optional(),
  TANDEM_LLM_TIMEOUT_MS: int(100, 600_000).default(20_000),
  TANDEM_PAY_FLOOR_MINOR_PER_HOUR: int(0, 1_000_000).default(1221),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  widgetSecret: string;
  adminApiKey: string;
  sessionTtlSeconds: number;
  demoSessions: boolean;
  seedDemo: boolean;
  /** The demo back-office population: deterministic from the seed. */
  seedPopulation: { seed: string; customers: number; purchases: number };
  maxMessageChars: number;
  rateLimitPerMinute: number;
  bcryptRounds: number;
  timerPollMs: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  ai: { engine: 'offline' | 'llm'; llm: { baseURL: string; model: string; apiKey: string | undefined; timeoutMs: number } | null };
  /** The effective hourly pay floor agents are measured against (minor units; £12.21 UK National Living Wage 2025). */
  payFloorMinorPerHour: number;
  dispatch: { policy: 'greedy' | 'batch'; offerTimeoutMs: number; tickMs: number; awayAfterMs: number; requeueAfterMs: number };
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError whose message names every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" so `PORT= npm start` behaves like no PORT at all.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success && parsed.data.TANDEM_AI_ENGINE === 'llm' && !(parsed.data.TANDEM_LLM_BASE_URL && parsed.data.TANDEM_LLM_MODEL)) {
    throw new ConfigError('Invalid configuration:\n  TANDEM_LLM_BASE_URL: the llm engine needs TANDEM_LLM_BASE_URL and TANDEM_LLM_MODEL');
  }
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.TANDEM_DATA_DIR,
    sessionSecret: c.TANDEM_SESSION_SECRET,
    widgetSecret: c.TANDEM_WIDGET_SECRET,
    adminApiKey: c.TANDEM_ADMIN_API_KEY,
    sessionTtlSeconds: c.TANDEM_SESSION_TTL_SECONDS,
    demoSessions: c.TANDEM_DEMO_SESSIONS,
    seedDemo: c.TANDEM_SEED_DEMO,
    seedPopulation: { seed: c.TANDEM_SEED, customers: c.TANDEM_SEED_CUSTOMERS, purchases: c.TANDEM_SEED_PURCHASES },
    maxMessageChars: c.TANDEM_MAX_MESSAGE_CHARS,
    rateLimitPerMinute: c.TANDEM_RATE_LIMIT_PER_MINUTE,
    bcryptRounds: c.TANDEM_BCRYPT_ROUNDS,
    timerPollMs: c.TANDEM_TIMER_POLL_MS,
    logLevel: c.LOG_LEVEL,
    payFloorMinorPerHour: c.TANDEM_PAY_FLOOR_MINOR_PER_HOUR,
    ai: {
      engine: c.TANDEM_AI_ENGINE,
      llm:
        c.TANDEM_LLM_BASE_URL && c.TANDEM_LLM_MODEL
          ? { baseURL: c.TANDEM_LLM_BASE_URL, model: c.TANDEM_LLM_MODEL, apiKey: c.TANDEM_LLM_API_KEY, timeoutMs: c.TANDEM_LLM_TIMEOUT_MS }
          : null,
    },
    dispatch: {
      policy: c.TANDEM_DISPATCH_POLICY,
      offerTimeoutMs: Math.round(c.TANDEM_OFFER_TIMEOUT_SECONDS * 1000),
      tickMs: c.TANDEM_DISPATCH_TICK_MS,
      awayAfterMs: Math.round(c.TANDEM_PRESENCE_AWAY_SECONDS * 1000),
      requeueAfterMs: Math.round(c.TANDEM_PRESENCE_REQUEUE_SECONDS * 1000),
    },
  };
}
