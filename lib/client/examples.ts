/**
 * First-use material: the two example notes behind "Try an example", and the score bands in the
 * page's words. Plain data (a test checks the examples score as labelled and the bands match the
 * analyzer's thresholds), so the page shows them without loading the analyzer.
 */

/** An example note and what it shows. */
export interface ExampleNote {
  id: 'weak' | 'strong';
  /** The button's words. */
  label: string;
  /** Said after it is put in the editor. */
  summary: string;
  note: string;
}

export const EXAMPLE_NOTES: readonly ExampleNote[] = [
  {
    id: 'weak',
    label: 'A weak one',
    summary: 'a weak example',
    note: 'Hi, I came across your profile and would love to connect. Sorry to bother you!',
  },
  {
    id: 'strong',
    label: 'A strong one',
    summary: 'a strong example',
    note: 'Hi Dana, fellow Michigan alum here. Your KubeCon talk on boring deploys changed how my team ships, and I’d love to learn how you run on-call.',
  },
];

/** The verdict thresholds, as the analyzer sets them (lib/analyzer/score.ts; a test keeps them equal). */
export const SCORE_BANDS = { strong: 70, needsWork: 45 } as const;

/** The four things a strong note does, one line each (the empty state and "What the score means"). */
export const STRONG_SHAPE: readonly { name: string; line: string }[] = [
  { name: 'Short', line: 'one or two sentences, within your plan’s limit.' },
  { name: 'Why you’re writing', line: 'what you’d like to learn, discuss or ask.' },
  { name: 'What you share', line: 'a school, a company, a field or a person you both know.' },
  { name: 'Specific praise', line: 'name the post, talk or project you valued.' },
];
