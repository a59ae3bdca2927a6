export { measureSentiment, type SentimentReading } from './measure-sentiment.js';
export { FRUSTRATION_CUES, matchingCues, type FrustrationCue } from './frustration-cues.js';
