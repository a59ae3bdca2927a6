/** A conversation as plain data, for auto-QA. */
export type AuthorKind = 'customer' | 'ai' | 'agent' | 'system';

export interface TranscriptMessage {
  readonly author: AuthorKind;
  readonly text: string;
  readonly atMs: number;
  /** For AI messages: ids of the sources (tool results, articles) the reply cites. */
  readonly citations?: readonly string[];
}

/** A tool result or help-centre article, rendered as text, that an AI reply may cite. */
export interface GroundingSource {
  readonly id: string;
  readonly text: string;
}

export interface Transcript {
  /** Intents recognised in the conversation (the disclosure rules can be triggered by intent). */
  readonly intents: readonly string[];
  readonly messages: readonly TranscriptMessage[];
  readonly sources: readonly GroundingSource[];
}

/** Staff are whoever speaks for the company: the AI and human agents. */
export const isStaff = (author: AuthorKind): boolean => author === 'ai' || author === 'agent';
