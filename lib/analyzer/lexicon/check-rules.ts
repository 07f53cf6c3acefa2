/**
 * The check-level rules as data: the evidence the length, intent, shared-ground and praise checks
 * report, with the coach's message for each, a description for the docs and what the rewrite does
 * with the text it points at. With the red flags they make the one rule registry (../rules.ts).
 */
import type { CheckId, CheckRuleId } from '../../contract';
import type { RewriteAction } from './red-flags';

export interface CheckRule {
  id: CheckRuleId;
  check: Exclude<CheckId, 'red-flags'>;
  /** What the finding means, for the docs. */
  description: string;
  /** The coach's message for one finding; `{actual}` stands for the text it points at. */
  message: string;
  /** A note that produces this finding, for the docs and the registry's test. */
  example: string;
  rewrite: RewriteAction;
}

export const CHECK_RULES: Record<CheckRuleId, CheckRule> = {
  'over-limit': {
    id: 'over-limit',
    check: 'length',
    description: 'Text past the plan’s character limit: LinkedIn will not send it.',
    message: 'This is {n} characters past the {limit}-character limit, and LinkedIn will not send it: cut “{actual}” or tighten earlier.',
    example: 'A note of 320 characters on the free plan.',
    rewrite: 'drop',
  },
  'extra-sentence': {
    id: 'extra-sentence',
    check: 'length',
    description: 'A sentence past the second: recipients read one or two.',
    message: 'Sentence {n} goes past two: cut “{actual}” or merge it into another.',
    example: 'I loved your talk. I work in Rust. I live in Berlin. Let’s connect.',
    rewrite: 'drop',
  },
  purpose: {
    id: 'purpose',
    check: 'intent',
    description: 'A reason to talk, with content: learn how…, discuss…, a role you are interested in, a question.',
    message: 'Says why you are writing: “{actual}”.',
    example: 'I’d love to hear how your team runs on-call.',
    rewrite: 'keep',
  },
  offer: {
    id: 'offer',
    check: 'intent',
    description: 'A purpose that serves the sender: a pitch, a recruiter’s blast, an invitation, a meeting ask.',
    message: 'Says why, as an offer or an ask: “{actual}”. Say first why this person.',
    example: 'We have contract positions available. Are you interested?',
    rewrite: 'keep',
  },
  'vague-purpose': {
    id: 'vague-purpose',
    check: 'intent',
    description: 'A purpose without content: “let’s connect”, “learn from your experience”.',
    message: '“{actual}” says you want to connect, not why: add what you hope to learn or discuss.',
    example: 'Hi Sam, let’s connect!',
    rewrite: 'repair',
  },
  'shared-ground': {
    id: 'shared-ground',
    check: 'shared-ground',
    description: 'Something both people share: a school, a company, a field, an event or group, a person both know.',
    message: 'Names what you share: “{actual}”.',
    example: 'Fellow Michigan alum here.',
    rewrite: 'keep',
  },
  'unnamed-mutual': {
    id: 'unnamed-mutual',
    check: 'shared-ground',
    description: 'Mutual connections mentioned but nobody named.',
    message: '“{actual}” names nobody: name one person you both know.',
    example: 'We have 14 mutual connections.',
    rewrite: 'repair',
  },
  'contradicted-school': {
    id: 'contradicted-school',
    check: 'shared-ground',
    description: 'A school claimed as shared that the details contradict.',
    message: '“{actual}” claims {school} as shared, but {who} schools are {schools}: correct the claim or the details.',
    example: 'Fellow Stanford alum here (both of you list Michigan).',
    rewrite: 'repair',
  },
  'contradicted-mutual': {
    id: 'contradicted-mutual',
    check: 'shared-ground',
    description: 'An introducer who is not among the mutual connections listed.',
    message: '“{actual}” is not among the mutual connections you listed: check the name.',
    example: 'Sam Lee suggested I reach out (Sam is not a listed mutual).',
    rewrite: 'repair',
  },
  'specific-praise': {
    id: 'specific-praise',
    check: 'specific-praise',
    description: 'Praise of something identifiable they did: a named post, talk, book, project or result.',
    message: 'Praises something specific: “{actual}”.',
    example: 'Your post on pricing dev tools changed how we run trials.',
    rewrite: 'keep',
  },
  'generic-praise': {
    id: 'generic-praise',
    check: 'specific-praise',
    description: 'Praise that could go to anyone: “great profile”, “great work”.',
    message: '“{actual}” could be said to anyone: name the post, talk or project you mean.',
    example: 'Great profile!',
    rewrite: 'repair',
  },
  'unpraised-reference': {
    id: 'unpraised-reference',
    check: 'specific-praise',
    description: 'Their work mentioned without what the sender valued in it.',
    message: 'You mention “{actual}”: add what you valued in it.',
    example: 'I read your post on hiring.',
    rewrite: 'keep',
  },
};
