import type { Scorecard } from './scorecard.js';

/**
 * A starting scorecard for BNPL support. Compliance criteria are critical because a friendly, fast answer
 * that skips a required disclosure or pushes a customer in difficulty to pay is a regulatory failure, not a
 * slightly lower score. Weights sum to 100 for readability.
 */
export const DEFAULT_BNPL_SCORECARD: Scorecard = {
  id: 'bnpl-default',
  version: 1,
  name: 'BNPL support (default)',
  passScore: 80,
  criteria: [
    {
      id: 'accuracy',
      label: 'Accuracy',
      guidance: 'Amounts, dates, fees and policy stated correctly and matching the account; nothing invented.',
      weight: 30,
      maxPoints: 4,
      passMark: 0.75,
      critical: true,
      allowNotApplicable: false,
    },
    {
      id: 'required_disclosures',
      label: 'Required disclosures',
      guidance: 'When credit, financing or missed payments come up: representative APR, fees, and credit-file impact stated.',
      weight: 10,
      maxPoints: 1,
      passMark: 1,
      critical: true,
      allowNotApplicable: true,
    },
    {
      id: 'hardship_handling',
      label: 'Hardship and vulnerability handling',
      guidance: 'Signs of financial difficulty or vulnerability recognised; hardship options and free debt advice offered; no pressure to pay.',
      weight: 10,
      maxPoints: 2,
      passMark: 1,
      critical: true,
      allowNotApplicable: true,
    },
    {
      id: 'identity_and_privacy',
      label: 'Identity and privacy',
      guidance: 'Identity verified before account details were discussed; no card or bank numbers repeated in the chat.',
      weight: 5,
      maxPoints: 1,
      passMark: 1,
      critical: true,
      allowNotApplicable: false,
    },
    {
      id: 'empathy',
      label: 'Empathy and tone',
      guidance: 'Acknowledged the situation, plain language, no blame, kept the customer informed while waiting.',
      weight: 15,
      maxPoints: 4,
      passMark: 0.5,
      critical: false,
      allowNotApplicable: false,
    },
    {
      id: 'resolution',
      label: 'Resolution',
      guidance: 'Solved the problem, or set a clear next step with a time; the customer should not need to contact us again.',
      weight: 30,
      maxPoints: 4,
      passMark: 0.75,
      critical: false,
      allowNotApplicable: false,
    },
  ],
};
