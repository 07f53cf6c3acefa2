/**
 * The one contract of notecoach: request and response shapes shared by the page, the HTTP API,
 * the CLI, the eval and the rewrite engine. Raw input is converted here, at the boundary.
 */
import { z } from 'zod';

/** Longest note accepted for analysis (LinkedIn's own limit is 300; drafts can be longer). */
export const MAX_NOTE_LENGTH = 5000;

/** LinkedIn's note limits per plan, in UTF-16 code units (what a browser textarea counts). */
export const PLAN_LIMITS = { free: 200, premium: 300 } as const;

export const planSchema = z.enum(['free', 'premium']);
export type Plan = z.infer<typeof planSchema>;

const field = (max: number) => z.string().max(max, `at most ${max} characters`);
const list = (maxItems: number, maxLength: number) =>
  z.array(field(maxLength)).max(maxItems, `at most ${maxItems} entries`);

/** The recipient: whatever the user knows of the person they are writing to. */
export const profileSchema = z.strictObject({
  name: field(100).optional(),
  headline: field(220).optional(),
  company: field(100).optional(),
  industry: field(100).optional(),
  about: field(2600).optional(),
  recentWork: field(300).optional(),
  schools: list(10, 120).optional(),
  mutualConnections: list(20, 100).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

/** The sender: the user's own details, kept on their device by the page. */
export const senderSchema = z.strictObject({
  name: field(100).optional(),
  headline: field(220).optional(),
  company: field(100).optional(),
  industry: field(100).optional(),
  goal: field(300).optional(),
  schools: list(10, 120).optional(),
});
export type Sender = z.infer<typeof senderSchema>;

/** A request to analyze (or rewrite) one note. Unknown keys are rejected. */
export const noteRequestSchema = z.strictObject({
  note: z.string().max(MAX_NOTE_LENGTH, `at most ${MAX_NOTE_LENGTH} characters`),
  plan: planSchema.optional(),
  profile: profileSchema.optional(),
  sender: senderSchema.optional(),
});
export type NoteRequest = z.infer<typeof noteRequestSchema>;

export const CHECK_IDS = ['length', 'intent', 'shared-ground', 'specific-praise', 'red-flags'] as const;
export const checkIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof checkIdSchema>;

export const RED_FLAG_IDS = [
  'boilerplate',
  'emoji',
  'buzzword-title',
  'count-bragging',
  'self-promotion',
  'sales-pitch',
  'early-ask',
  'placeholder',
  'all-caps',
  'exclamation',
  'name-mismatch',
  'hedging',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const statusSchema = z.enum(['pass', 'warn', 'fail']);
export type Status = z.infer<typeof statusSchema>;

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

/** One piece of evidence: a rule that fired on `note.slice(span.start, span.end) === actual`. */
export const findingSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  span: spanSchema,
  actual: z.string(),
  expected: z.array(z.string()).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkResultSchema = z.object({
  id: checkIdSchema,
  status: statusSchema,
  message: z.string(),
  why: z.string().optional(),
  fix: z.string().optional(),
  findings: z.array(findingSchema),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const verdictSchema = z.enum(['strong', 'needs-work', 'weak']);
export type Verdict = z.infer<typeof verdictSchema>;

export const analysisSchema = z.object({
  score: z.number().int().min(0).max(100),
  verdict: verdictSchema,
  stats: z.object({
    characters: z.number().int().min(0),
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    limit: z.number().int().positive(),
  }),
  checks: z.array(checkResultSchema),
});
export type Analysis = z.infer<typeof analysisSchema>;

export const changeSchema = z.object({ checkId: checkIdSchema, description: z.string() });
export type Change = z.infer<typeof changeSchema>;

export const variantSchema = z.object({
  label: z.string(),
  text: z.string(),
  changes: z.array(changeSchema),
  placeholders: z.array(z.string()),
  analysis: analysisSchema,
});
export type Variant = z.infer<typeof variantSchema>;

export const rewriteResultSchema = z.object({ variants: z.array(variantSchema).max(3) });
export type RewriteResult = z.infer<typeof rewriteResultSchema>;

/** Resolves a request's plan to its character limit (premium by default). */
export function limitFor(plan: Plan | undefined): number {
  return PLAN_LIMITS[plan ?? 'premium'];
}

/** Proofreading reads the first this many characters of a note (a connection note is 300 at most). */
export const PROOFREAD_MAX_CHARS = 1000;

/** One proofreading slip: a finding (SPEC "Proofreading") with the replacements to offer for `actual`. */
export const proofreadFindingSchema = z.object({
  ruleId: z.string(),
  message: z.string(),
  span: spanSchema,
  actual: z.string(),
  suggestions: z.array(z.string()),
});
export type ProofreadFinding = z.infer<typeof proofreadFindingSchema>;

/** The answer of POST /api/proofread: the slips in note order. */
export const proofreadResultSchema = z.object({ findings: z.array(proofreadFindingSchema) });
export type ProofreadResult = z.infer<typeof proofreadResultSchema>;
