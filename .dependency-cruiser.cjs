/**
 * The architecture of DESIGN.md as executable rules (run by test/architecture.test.ts in `npm test`).
 * Folders are the boundaries: domain is pure; only main.ts builds adapters (store, runtime).
 */
const IO = '^(node:|fs$|net$|http$|https$|child_process$|pg$|@electric-sql|drizzle-orm|fastify|@fastify|ws$|pino|prom-client|jose$|bcryptjs$)';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain imports nothing of ours outside domain/',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'domain-has-no-io',
      comment: 'domain imports no I/O module or framework',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-no-pkg', 'npm-unknown'], path: IO },
    },
    {
      name: 'only-main-builds-adapters',
      comment: 'store/ and runtime/ are reached only from main.ts (and from each other where they implement ports)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(main\\.ts|store/|runtime/|sim/)' },
      to: { path: '^src/(store|runtime)/' },
    },
    {
      name: 'app-has-no-transport-or-sql',
      comment: 'use-cases talk to ports, never to HTTP, sockets or SQL',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(http|ws|cli|store|runtime)/|^(fastify|@fastify|ws$|pg$|@electric-sql|drizzle-orm)' },
    },
    {
      name: 'transport-calls-app',
      comment: 'http and ws do not reach into storage',
      severity: 'error',
      from: { path: '^src/(http|ws)/' },
      to: { path: '^src/store/|^(pg$|@electric-sql|drizzle-orm)' },
    },
    {
      name: 'store-holds-no-rules',
      comment: 'repositories hold SQL only: they never call use-cases or transports',
      severity: 'error',
      from: { path: '^src/store/' },
      // Each app area may declare its ports (src/app/ports.ts, src/app/<area>/ports.ts); nothing else of app.
      to: { path: '^src/(app/(?!ports\\.ts$|[a-z-]+/ports\\.ts$)|http|ws|cli|ai|sim)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Tests and their support files build real adapters on purpose.
    exclude: { path: '(\\.test\\.ts|test-support\\.ts|\\.fixture\\.ts)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
