import type { Principal } from '../../domain/auth/access.js';
import { AppError } from '../errors.js';
import { actorName, requireSupervisor } from './access.js';
import type { OnCallBlockRecord, WorkforceDeps } from './ports.js';

export type BlockInput = {
  startsAt: number;
  endsAt: number;
  headcount: number;
  /** Defaults to the configured standby rate. */
  standbyRateMinorPerHour?: number;
};

/** Longer blocks stop being "on call" and become shifts, which this product does not schedule. */
export const MAX_BLOCK_HOURS = 12;
const MS_PER_HOUR = 3_600_000;

function problemWith(block: BlockInput, nowMs: number): { field: string; message: string } | null {
  if (!Number.isSafeInteger(block.startsAt) || block.startsAt < nowMs) return { field: 'startsAt', message: 'must be an instant in the future (epoch ms)' };
  if (!Number.isSafeInteger(block.endsAt) || block.endsAt <= block.startsAt) return { field: 'endsAt', message: 'must be after startsAt' };
  if (block.endsAt - block.startsAt > MAX_BLOCK_HOURS * MS_PER_HOUR) return { field: 'endsAt', message: `a block lasts at most ${MAX_BLOCK_HOURS} hours` };
  if (!Number.isSafeInteger(block.headcount) || block.headcount < 1) return { field: 'headcount', message: 'must be a whole number >= 1' };
  const rate = block.standbyRateMinorPerHour;
  if (rate !== undefined && !(Number.isSafeInteger(rate) && rate >= 0)) return { field: 'standbyRateMinorPerHour', message: 'must be a whole number of minor units >= 0' };
  return null;
}

/** Supervisors publish blocks; all are checked before any is written, so a bad one writes nothing. */
export async function publishBlocks(deps: WorkforceDeps, input: { principal: Principal; blocks: BlockInput[] }): Promise<OnCallBlockRecord[]> {
  requireSupervisor(input.principal);
  const now = deps.clock.now();
  input.blocks.forEach((block, i) => {
    const problem = problemWith(block, now);
    if (problem) throw new AppError('validation_failed', problem.message, `blocks[${i}].${problem.field}`);
  });
  const rates = await deps.payRates.current();
  const records = input.blocks.map(
    (b): OnCallBlockRecord => ({
      id: deps.ids.next('blk'),
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      headcount: b.headcount,
      standbyRateMinorPerHour: b.standbyRateMinorPerHour ?? rates.standbyMinorPerHour,
      currency: rates.currency,
      createdAt: now,
      createdBy: actorName(input.principal),
      settledAt: null,
    }),
  );
  await deps.workforce.blocks.insertBlocks(records);
  return records;
}
