/**
 * A reply in which the model declines the whole request ("Sorry, I can't help with that"). Sent as is it
 * strands the customer, so the engine withholds it and hands over. Narrow on purpose: "I can't extend it
 * past the next instalment" is an answer, not a refusal, so only declining to help or assist counts.
 */
const DECLINES = [
  /\b(?:can ?not|can't|cannot|am unable to|am not able to|'m unable to|'m not able to|won't be able to)\s+(?:help|assist)(?:\s+you)?\s+with\s+(?:that|this|your request)\b/i,
  /\b(?:can ?not|can't|cannot|unable to|not able to)\s+(?:help|assist)(?:\s+you)?\s*(?:here|further|at all)?[.!]?\s*$/i,
  /\bI(?:'m| am) (?:sorry|afraid),? but I (?:can't|cannot|am unable to) (?:help|assist|do that)\b/i,
  /\bthat(?:'s| is) (?:outside|beyond) (?:what|the scope of what) I can help with\b/i,
];

export function isRefusal(reply: string): boolean {
  const text = reply.replace(/[’‘]/g, "'");
  return DECLINES.some((pattern) => pattern.test(text));
}
