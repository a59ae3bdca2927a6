import type { QualityStore } from '../app/quality/ports.js';
import type { Db, DbOrTx } from './database.js';
import { eventRepository } from './event.repository.js';
import { guardrailRepository, settingsRepository } from './quality-guardrail.repository.js';
import { agentQualityRepository, reportRepository } from './quality-report.repository.js';
import { csatRepository, resolutionRepository } from './quality-resolution.repository.js';
import { findingRepository, reviewRepository, scorecardRepository } from './quality-review.repository.js';
import { timerRepository } from './timer.repository.js';

function bind(db: DbOrTx, root: Db): QualityStore {
  return {
    resolutions: resolutionRepository(db),
    csat: csatRepository(db),
    reviews: reviewRepository(db),
    scorecards: scorecardRepository(db),
    findings: findingRepository(db),
    guardrail: guardrailRepository(db),
    settings: settingsRepository(db),
    agents: agentQualityRepository(db),
    reports: reportRepository(db),
    events: eventRepository(db),
    timers: timerRepository(db),
    // A nested call joins the transaction already open instead of starting a second one.
    transaction: (work) => (db === root ? root.transaction((tx) => work(bind(tx, root))) : work(bind(db, root))),
  };
}

/** The quality module's repositories on one database; main.ts builds it next to the core Store. */
export const createQualityStore = (db: Db): QualityStore => bind(db, db);
