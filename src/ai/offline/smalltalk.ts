import { articleSentencesFor } from './article-answer.js';
import type { EngineParts } from './engine-parts.js';
import { CAPABILITIES } from './intent-policies.js';
import { answered, goodbye, saying, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

/** Greetings, thanks and goodbyes: polite, short, and "thanks" after an answer closes the conversation. */
export function smalltalk(intent: string, turn: TurnContext): Step {
  const firstName = turn.input.customer.name.split(' ')[0] ?? '';
  const helpedAlready = turn.memory.lastIntent !== null && !['greeting', 'thanks', 'goodbye'].includes(turn.memory.lastIntent);
  switch (intent) {
    case 'greeting':
      return saying(`Hello${firstName ? ` ${firstName}` : ''}! I'm the Tandem Pay assistant. I can help with ${CAPABILITIES}. What can I do for you?`);
    case 'thanks':
      return helpedAlready ? goodbye("You're welcome, I'm glad I could help. Goodbye!") : answered("You're welcome!");
    default:
      return goodbye(helpedAlready ? 'Thanks for chatting. Goodbye!' : 'Goodbye! You can message us any time.');
  }
}

/** What the assistant is (it always says it is an AI) and what it can do, citing the article that says so. */
export function aboutAssistant(turn: TurnContext, parts: EngineParts): Step {
  const honesty = articleSentencesFor(turn, parts, 'using-the-assistant', 'AI assistant not a person', { maxSentences: 1 });
  return answered(`${honesty ?? "I'm an AI assistant, not a person."} I can help with ${CAPABILITIES}. You can ask for a person at any time.`);
}
