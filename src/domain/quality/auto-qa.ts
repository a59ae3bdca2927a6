import { DEFAULT_DISCLOSURE_RULES, findMissingDisclosures, type DisclosureRule } from './disclosures.js';
import { findAmounts, findDates, findSourceAmounts, sameAmount, sameDate } from './facts-in-text.js';
import { DEFAULT_RESPONSE_SLA, findResponseTimeBreaches, type ResponseSlaConfig } from './response-time.js';
import { findSensitiveData } from './sensitive-data.js';
import { isStaff, type Transcript, type TranscriptMessage } from './transcript.js';

export type AutoQaCode =
  | 'ungrounded_amount'
  | 'ungrounded_date'
  | 'unknown_citation'
  | 'missing_disclosure'
  | 'sensitive_data'
  | 'first_response_breach'
  | 'reply_breach';

export interface AutoQaFinding {
  readonly code: AutoQaCode;
  /** Index into transcript.messages; null when the finding is about the whole conversation. */
  readonly messageIndex: number | null;
  /** Safe to show and log: sensitive values appear masked. */
  readonly detail: string;
}

export interface AutoQaConfig {
  readonly disclosureRules: readonly DisclosureRule[];
  readonly sla: ResponseSlaConfig;
  /** How to read 02/05/2024: day first (UK) or month first (US). */
  readonly dayFirst: boolean;
}

export const DEFAULT_AUTO_QA_CONFIG: AutoQaConfig = {
  disclosureRules: DEFAULT_DISCLOSURE_RULES,
  sla: DEFAULT_RESPONSE_SLA,
  dayFirst: true,
};

/** Every amount and date in an AI reply must appear in a source the reply cites. */
function checkGrounding(message: TranscriptMessage, index: number, transcript: Transcript, dayFirst: boolean): AutoQaFinding[] {
  const findings: AutoQaFinding[] = [];
  const cited = [];
  for (const id of message.citations ?? []) {
    const source = transcript.sources.find((s) => s.id === id);
    if (source) cited.push(source);
    else findings.push({ code: 'unknown_citation', messageIndex: index, detail: `cites ${id}, which is not among the sources` });
  }
  const sourceAmounts = cited.flatMap((s) => findSourceAmounts(s.text));
  const sourceDates = cited.flatMap((s) => findDates(s.text, dayFirst));
  for (const amount of findAmounts(message.text)) {
    if (!sourceAmounts.some((s) => sameAmount(amount, s))) {
      findings.push({ code: 'ungrounded_amount', messageIndex: index, detail: `"${amount.text}" is not in any cited source` });
    }
  }
  for (const date of findDates(message.text, dayFirst)) {
    if (!sourceDates.some((s) => sameDate(date, s))) {
      findings.push({ code: 'ungrounded_date', messageIndex: index, detail: `"${date.text}" is not in any cited source` });
    }
  }
  return findings;
}

/**
 * Automatic checks run on every conversation, AI and human: grounding of AI replies, required disclosures,
 * payment data or government ids written by staff, and response times. Findings come in message order
 * within each check; the checks run in the order of AutoQaCode.
 */
export function runAutoQa(transcript: Transcript, config: AutoQaConfig = DEFAULT_AUTO_QA_CONFIG): AutoQaFinding[] {
  const findings: AutoQaFinding[] = [];
  for (const [index, message] of transcript.messages.entries()) {
    if (message.author === 'ai') findings.push(...checkGrounding(message, index, transcript, config.dayFirst));
  }
  for (const missing of findMissingDisclosures(transcript, config.disclosureRules)) {
    findings.push({
      code: 'missing_disclosure',
      messageIndex: missing.messageIndex >= 0 ? missing.messageIndex : null,
      detail: `${missing.ruleId}: required after ${missing.trigger}, never stated by staff`,
    });
  }
  for (const [index, message] of transcript.messages.entries()) {
    if (!isStaff(message.author)) continue;
    for (const hit of findSensitiveData(message.text)) {
      findings.push({ code: 'sensitive_data', messageIndex: index, detail: `${hit.kind} (${hit.masked}) written by ${message.author}` });
    }
  }
  for (const breach of findResponseTimeBreaches(transcript.messages, config.sla)) {
    findings.push({
      code: breach.kind === 'first_response' ? 'first_response_breach' : 'reply_breach',
      messageIndex: breach.messageIndex,
      detail:
        `${breach.responder} replied after ${Math.round(breach.waitedMs / 1000)}s ` +
        `(limit ${Math.round(breach.limitMs / 1000)}s), waiting since message ${breach.waitingSinceIndex}`,
    });
  }
  return findings;
}
