import { canonicalizeEnglish } from './human-request-vocabulary.js';
import { normalizeForMatching } from './text-normalize.js';

export type HumanRequestLanguage = 'en' | 'es' | 'fr' | 'de' | 'it' | 'pt';

export type HumanRequestMatch =
  | { readonly asked: true; readonly language: HumanRequestLanguage; readonly cue: string }
  | { readonly asked: false };

interface Cue {
  readonly name: string;
  readonly language: HumanRequestLanguage;
  readonly pattern: RegExp;
}

// Determiners and adjectives that may sit between a verb and the person asked for.
const DET = '(?:(?:a|an|the|some|one|your|ur|another|any|other|different|real|actual|live|proper)\\s+)*';
const WHO = `${DET}(?:HUMAN|SOMEONE)`;
const BOT = '(?:stupid\\s+|dumb\\s+|useless\\s+)?(?:bots?|robots?|chat ?bots?|machines?|ai|computers?|automated \\w+)';

/** Patterns over the canonical English text (see canonicalizeEnglish): verbs + HUMAN/SOMEONE. */
const ENGLISH: readonly Omit<Cue, 'language'>[] = [
  { name: 'talk-to', pattern: new RegExp(`\\b(?:speak|talk|chat|communicate|deal|converse)(?:ing)?\\s+(?:to|with)\\s+${WHO}\\b`) },
  {
    name: 'connect-me',
    pattern: new RegExp(
      `(?<!\\b(?:was|were|got|been|already)\\s+)\\b(?:connect|transfer|put|pass|forward|route|escalate|hand|switch|send)(?:ed|red|ing|ring)?\\s+(?:(?:me|us|this|it|my\\s+\\w+)\\s+)?(?:(?:through|over|on|across)\\s+)?(?:to|with)\\s+${WHO}\\b`,
    ),
  },
  {
    name: 'want-a-human',
    pattern: new RegExp(
      `\\b(?:want|wanna|need|get|give|request|requesting|prefer|demand|like|bring|find)\\s+(?:me\\s+|us\\s+)?(?:to\\s+(?:have|get|see)\\s+)?${DET}HUMAN\\b`,
    ),
  },
  { name: 'get-me-someone', pattern: /\b(?:get|bring)\s+(?:me\s+|us\s+)?SOMEONE\b/ },
  { name: 'contact-a-human', pattern: new RegExp(`\\b(?:contact|reach|call|ring|phone)\\s+${WHO}\\b`) },
  { name: 'have-someone-call', pattern: /\b(?:HUMAN|SOMEONE)\s+(?:to\s+)?(?:call|ring|phone|contact)\s+(?:me|us)\b/ },
  {
    name: 'is-there-a-human',
    pattern: new RegExp(
      `\\b(?:is there|are there|is|are)\\s+${WHO}\\s+(?:there|here|available|around|(?:i|we)\\s+(?:can|could)|(?:who|that)\\s+(?:can|could)|to\\s+(?:talk|speak|chat|help))\\b|\\b(?:is there|are there)\\s+${WHO}$`,
    ),
  },
  { name: 'not-a-bot', pattern: new RegExp(`\\bnot\\s+(?:a\\s+|an\\s+|the\\s+|this\\s+|with\\s+(?:a\\s+|the\\s+)?)?${BOT}\\b`) },
  {
    name: 'no-more-bots',
    pattern: new RegExp(
      `\\b(?:no|stop|enough|quit|done with|sick of|tired of|hate|dont want|do not want|dont need)\\s+(?:(?:more|of|with|the|this|a|an|talking to|to talk to|to chat with|to speak to|to speak with)\\s+)*${BOT}\\b`,
    ),
  },
];

/** Fillers that may surround a bare "agent!" or "human please". */
const FILLER = new Set(
  'please pls plz now asap just ok okay hello hi hey a an the me i said yes immediately urgently right thanks thank you need want get give talk speak to with real'.split(
    ' ',
  ),
);

function isBareRequest(canonical: string): boolean {
  const rest = canonical.split(' ').filter((t) => t !== '' && !FILLER.has(t));
  return rest.length > 0 && rest.every((t) => t === 'HUMAN' || t === 'escalate');
}

/** A bare "agent" may follow a question in the same message ("Where is my refund?? agent"). */
function hasBareSentence(text: string): boolean {
  return text
    .split(/[.!?;\n]+/)
    .some((sentence) => isBareRequest(canonicalizeEnglish(normalizeForMatching(sentence))));
}

const OTHER_LANGUAGES: readonly Cue[] = [
  {
    name: 'hablar-con',
    language: 'es',
    pattern:
      /\b(?:hablar|hablo|comunicarme|conversar|chatear)\s+con\s+(?:(?:un|una|el|la|algun|alguna|otro|otra)\s+)?(?:persona|humano|ser humano|agente|asesora?|representante|operadora?|alguien|empleado|encargado|supervisor)\b/,
  },
  {
    name: 'pasame-con',
    language: 'es',
    pattern:
      /\b(?:pasame|paseme|pasenme|comunicame|comuniqueme|transfiereme|transfieranme)\s+(?:con\s+)?(?:(?:un|una|el|la|algun)\s+)?(?:persona|humano|agente|asesora?|representante|operadora?|alguien)\b/,
  },
  {
    name: 'quiero-persona',
    language: 'es',
    pattern: /\b(?:quiero|necesito|prefiero|quisiera)\s+(?:(?:un|una|a)\s+)?(?:persona|humano|agente|asesora?|representante|operadora?)\b/,
  },
  { name: 'no-bot-es', language: 'es', pattern: /\bno\s+(?:quiero\s+)?(?:(?:hablar|chatear)\s+con\s+)?(?:un\s+|una\s+)?(?:bot|robot|maquina)\b/ },
  {
    name: 'parler-a',
    language: 'fr',
    pattern:
      /\b(?:parler|discuter|echanger)\s+(?:a|avec)\s+(?:(?:un|une|le|la|l)\s+)?(?:quelquun|personne|humain|etre humain|agent|conseiller|conseillere|operateur|operatrice|vrai|vraie|responsable|interlocuteur)\b/,
  },
  {
    name: 'je-veux-humain',
    language: 'fr',
    pattern:
      /\b(?:je veux|je voudrais|jaimerais|je souhaite|il me faut|donnez moi|passez moi|passe moi|mettez moi en relation avec)\s+(?:(?:un|une|le|la)\s+)?(?:(?:vrai|vraie|veritable)\s+)?(?:humain|personne reelle|vraie personne|conseiller|conseillere|agent|operateur|operatrice|etre humain)\b/,
  },
  { name: 'pas-un-robot', language: 'fr', pattern: /\bpas\s+(?:a\s+)?(?:un|une)\s+(?:robot|bot|machine)\b/ },
  {
    name: 'mit-menschen-sprechen',
    language: 'de',
    pattern:
      /\bmit\s+(?:(?:einem|einer|dem|der|echten|richtigen|menschlichen)\s+)*(?:menschen|mensch|mitarbeiter\w*|berater\w*|agenten|person|ansprechpartner\w*|kundendienst|kundenservice|jemandem)\b(?:\s+\w+){0,3}\s+(?:sprechen|reden|chatten|verbinden|verbunden)\b/,
  },
  {
    name: 'sprechen-mit',
    language: 'de',
    pattern: /\b(?:sprechen|reden|verbinden)\s+(?:sie\s+mich\s+|mich\s+)?mit\s+(?:(?:einem|einer|dem|echten)\s+)?(?:menschen|mitarbeiter\w*|berater\w*|jemandem|person)\b/,
  },
  { name: 'echter-mensch', language: 'de', pattern: /\b(?:echten|echter|richtigen|richtiger)\s+(?:menschen|mensch|mitarbeiter)\b/ },
  { name: 'kein-bot', language: 'de', pattern: /\bkein(?:en)?\s+(?:bot|roboter|chatbot|maschine)\b/ },
  {
    name: 'parlare-con',
    language: 'it',
    pattern: /\bparlare\s+con\s+(?:(?:un|una|uno|il|l)\s+)?(?:operatore|operatrice|persona|umano|essere umano|consulente|qualcuno)\b/,
  },
  {
    name: 'falar-com',
    language: 'pt',
    pattern: /\b(?:falar|conversar)\s+com\s+(?:(?:um|uma|o|a|algum)\s+)?(?:atendente|pessoa|humano|agente|alguem|operador|representante)\b/,
  },
];

// "Am I talking to a human?" asks what the assistant is; it is not a request to change who answers.
const IDENTITY_QUESTION = new RegExp(
  `\\b(?:am i|are we|was i|have i been|is this|are you|is it|is that)\\s+(?:(?:talking|speaking|chatting)\\s+(?:to|with)\\s+)?${WHO}\\b`,
  'g',
);

/**
 * Recognise a request for a human in many phrasings: "agent", "real person please", "speak to someone",
 * "not a bot", typos ("humna"), and Spanish, French, German, Italian and Portuguese. Deliberately does not
 * fire on mentions of people ("someone used my card", "a human error on my statement", "I spoke to an agent
 * yesterday") or on questions about what the assistant is ("are you a bot?").
 */
export function explainHumanRequest(text: string): HumanRequestMatch {
  const normalized = normalizeForMatching(text);
  if (normalized === '') return { asked: false };
  const canonical = canonicalizeEnglish(normalized).replace(IDENTITY_QUESTION, ' ').replace(/\s+/g, ' ').trim();
  if (hasBareSentence(text)) return { asked: true, language: 'en', cue: 'bare-request' };
  for (const cue of ENGLISH) {
    if (cue.pattern.test(canonical)) return { asked: true, language: 'en', cue: cue.name };
  }
  for (const cue of OTHER_LANGUAGES) {
    if (cue.pattern.test(normalized)) return { asked: true, language: cue.language, cue: cue.name };
  }
  return { asked: false };
}

export function detectHumanRequest(text: string): boolean {
  return explainHumanRequest(text).asked;
}
