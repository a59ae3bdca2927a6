import { ConfigError, loadConfig } from '../config.js';
import { DEMO_PASSWORD } from '../app/seed-demo.js';
import { createTandem, readStaffingHistory, runMigrations, runSeed } from '../main.js';
import { CliDataError, CliUsageError } from './cli-errors.js';

const usage = `Usage: tandem <command>

Commands:
  serve     start the server (embedded PGlite in ./data, or PostgreSQL when DATABASE_URL is set)
  migrate   apply database migrations and exit
  seed      apply migrations and load the demo data, then exit
  staffing  erlang | forecast [--backtest] | plan: Erlang C/A staffing, arrival forecast, agents per interval
            e.g. staffing erlang --arrivals-per-hour 200 --aht-seconds 180 --answer-within-seconds 20 --target-service-level 0.8 --json
  simulate  run a scenario in virtual time and write result.json and report.html:
            <scenario.yaml> --out <dir> [--seed N | --seeds 1,2,3] [--policy a,b] [--scale 0.1]
  eval      train and evaluate the intent classifier on CSV files:
            --train <csv> (--test <csv> | --cv <k>) [--oos-label oos] [--text-col text] [--label-col category]
`;

async function serve(): Promise<void> {
  const config = loadConfig();
  const tandem = await createTandem(config);
  const url = await tandem.listen();
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  process.stdout.write(`\nTandem is running at ${url.replace('127.0.0.1', 'localhost')}  (${where})\n`);
  if (config.seedDemo) process.stdout.write(`Demo agent login: sam@example.com / ${DEMO_PASSWORD}   supervisor: supervisor@example.com / ${DEMO_PASSWORD}\n\n`);
  const shutdown = async () => {
    await tandem.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const [command] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      await runMigrations(loadConfig());
      process.stdout.write('migrations applied\n');
      return;
    case 'seed': {
      const seeded = await runSeed(loadConfig());
      process.stdout.write(
        seeded.populated
          ? `seeded: demo agents and customer; back office with ${seeded.customers} customers and ${seeded.purchases} purchases\n`
          : 'seeded: demo agents and customer; the back office already had data, left as it was\n',
      );
      return;
    }
    case 'staffing': {
      const { runStaffingCommand } = await import('./staffing-command.js');
      const now = Date.now();
      let history: Awaited<ReturnType<typeof readStaffingHistory>> | null = null;
      const load = async () => (history ??= await readStaffingHistory(loadConfig(), now - 53 * 7 * 86_400_000));
      await runStaffingCommand(argv.slice(1), { nowMs: now, readArrivals: async () => (await load()).arrivals, readEscalation: async () => (await load()).escalation });
      return;
    }
    case 'simulate': {
      const { runSimulateCommand } = await import('../sim/simulate-command.js');
      await runSimulateCommand(argv.slice(1));
      return;
    }
    case 'eval': {
      const { runEval } = await import('../ai/classifier/eval-command.js');
      await runEval(argv.slice(1));
      return;
    }
    default:
      process.stdout.write(usage);
      process.exitCode = command ? 1 : 0;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliUsageError || error instanceof CliDataError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.exitCode);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
