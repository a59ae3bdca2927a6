import { describe, expect, it } from 'vitest';
import { detectHumanRequest, explainHumanRequest } from './human-request.js';

const ASKS_FOR_HUMAN = [
  'I want to speak to a human',
  'human',
  'Agent!',
  'REPRESENTATIVE',
  'human please',
  'Can I talk to a real person?',
  'get me a human',
  'Let me speak to someone',
  'I need to speak with an agent now',
  'connect me to a live agent',
  'transfer me to customer service',
  'put me through to a representative please',
  'is there a human I can talk to?',
  "I'd like to talk to someone real",
  'someone real please',
  "I don't want a bot, I want a person",
  'not a bot',
  'can i speak to a humna',
  'talk to agnet',
  'i want a reprsentative',
  'operator please',
  'speak to someone',
  'Can you escalate this to a human?',
  'I demand to speak to your manager',
  'let me talk to a supervisor',
  'give me a real human being',
  "I'd prefer to chat with an actual person",
  'stop, I want a human agent',
  'pls get me a person',
  'talk to human',
  'I need a human to look at this',
  'Can someone call me back?',
  'hooman pls',
  'real people please!!',
  'Is there anyone I can speak to?',
  'No more bots, I need help from a person',
  'can i get a rep',
  'i wanna talk to a real person',
  "I'd like to be transferred to an agent",
  'speak to a human being please',
  'are you a bot? I want a human',
  'Talk to somone',
  'Where is my refund?? agent',
  'Could you get me someone who can actually help',
  'Quiero hablar con una persona',
  'hablar con un humano por favor',
  '¿Puedo hablar con un agente?',
  'pásame con un asesor',
  'no quiero un bot',
  "Je voudrais parler à quelqu'un",
  "parler à un conseiller s'il vous plaît",
  'Je veux un humain',
  'passez-moi un conseiller',
  'Ich möchte mit einem Menschen sprechen',
  'mit einem Mitarbeiter sprechen bitte',
  'Kein Bot, bitte einen echten Menschen',
  'Vorrei parlare con un operatore',
  'Quero falar com um atendente',
];

const DOES_NOT_ASK = [
  'Is this a human error on my statement?',
  'My payment failed because of human error',
  'Someone used my card without permission',
  'I spoke to an agent yesterday and they promised a refund',
  'Can I add another person to my account?',
  'The travel agent cancelled my booking',
  'How do I change my payment date?',
  'I want to talk about my refund',
  'Can a person pay with two cards?',
  'Are you a bot?',
  'Am I talking to a real person?',
  'I need to manage my payments',
  'Is my money safe?',
  'What are my human rights when a debt collector calls?',
  'Thank you, that helped a lot',
  'I am a real person and this is my account',
  'The person at the store said I could return it',
  'Quiero hablar de mi pago',
  'Una persona me robó la tarjeta',
  'Je veux parler de mon remboursement',
  'Je voudrais parler de mon argent',
  'Ich möchte über meine Rechnung sprechen',
  'Can I pay for someone else?',
  'Please send the receipt to my email',
  'Who can I contact about a missing parcel from the merchant?',
  'I want to pay off my loan early',
  'The bot said my refund is on the way, is that true?',
  'Is someone stealing my identity?',
  'Let me check my statement first',
  'Can my partner speak for me on my account?',
  'I want to talk to my bank first',
  "You aren't helping me understand the fees",
  'I need representation in my dispute with the shop',
  'I was transferred to an agent yesterday who fixed it',
  'Someone called me pretending to be you',
  '',
];

describe('detectHumanRequest', () => {
  it('has enough phrasings to mean something', () => {
    expect(ASKS_FOR_HUMAN.length).toBeGreaterThanOrEqual(40);
    expect(DOES_NOT_ASK.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ASKS_FOR_HUMAN)('recognises a request: %s', (text) => {
    expect(detectHumanRequest(text)).toBe(true);
  });

  it.each(DOES_NOT_ASK)('does not fire on: %s', (text) => {
    expect(detectHumanRequest(text)).toBe(false);
  });

  it('reports the language and the cue that matched', () => {
    expect(explainHumanRequest('Ich möchte mit einem Menschen sprechen')).toEqual({
      asked: true,
      language: 'de',
      cue: 'mit-menschen-sprechen',
    });
    expect(explainHumanRequest('connect me to a live agent')).toEqual({ asked: true, language: 'en', cue: 'connect-me' });
    expect(explainHumanRequest('agent')).toEqual({ asked: true, language: 'en', cue: 'bare-request' });
    expect(explainHumanRequest('how are you')).toEqual({ asked: false });
  });
});
