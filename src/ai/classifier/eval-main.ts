/** Runnable entry: `npx tsx src/ai/classifier/eval-main.ts --train a.csv --test b.csv [--oos-label oos]`. */
import { runEval } from './eval-command.js';

runEval(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
