/**
 * The one contract of notecoach: request and response shapes shared by the page, the HTTP API,
 * the CLI, the eval and the rewrite engine. Raw input is converted here, at the boundary.
 */
import { z } from 'zod';
import {
  BATCH_ROW_MAX,
  CHECK_IDS,
  CONFIG_MAX,
  FIELD_MAX,
  LIST_MAX,
  MAX_BATCH_ROWS,
  MAX_NOTE_LENGTH,
  PLANS,
  RED_FLAG_IDS,
  RULE_IDS,
  PHRASE_RULE_IDS,
  RULE_SETTINGS,
  type PhraseRuleId,
  type RedFlagId,
} from './contract';
import { readTemplate } from './batch/template';
import { MAX_PROFILE_TEXT } from './profile';
import { CRITERION_IDS, type CriterionId, DECISIONS, type Effect, EFFECTS, PRESET_IDS } from './triage/criteria';
import { SENT_FIELD_MAX, SENT_LOG_MAX, SENT_STATUSES, SENT_VERDICTS } from './sent/entry';
import { WEEKLY_CAP_MAX } from './sent/limits';

export * from './contract';

export const planSchema = z.enum(PLANS);

const field = (max: number) => z.string().max(max, `at most ${max} characters`);
const list = (maxItems: number, maxLength: number) =>
  z.array(field(maxLength)).max(maxItems, `at most ${maxItems} entries`);

/** The recipient: whatever the user knows of the person they are writing to. */
export const profileSchema = z.strictObject({
  name: field(FIELD_MAX.name).optional(),
  headline: field(FIELD_MAX.headline).optional(),
  company: field(FIELD_MAX.company).optional(),
  industry: field(FIELD_MAX.industry).optional(),
  about: field(FIELD_MAX.about).optional(),
  recentWork: field(FIELD_MAX.recentWork).optional(),
  schools: list(LIST_MAX.schools, FIELD_MAX.schools).optional(),
  mutualConnections: list(LIST_MAX.mutualConnections, FIELD_MAX.mutualConnections).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

/** The sender: the user's own details, kept on their device by the page. */
export const senderSchema = z.strictObject({
  name: field(FIELD_MAX.name).optional(),
  headline: field(FIELD_MAX.headline).optional(),
  company: field(FIELD_MAX.company).optional(),
  industry: field(FIELD_MAX.industry).optional(),
  goal: field(FIELD_MAX.goal).optional(),
  schools: list(LIST_MAX.schools, FIELD_MAX.schools).optional(),
});
export type Sender = z.infer<typeof senderSchema>;

const redFlagIds: ReadonlySet<string> = new Set(RED_FLAG_IDS);
/** The message for a rule id that is not in the registry: it lists the valid ones. */
export const UNKNOWN_RULE_MESSAGE = `unknown rule id; valid ids: ${RED_FLAG_IDS.join(', ')}`;

/** The message for a phrase added to a rule that is not a phrase list. */
export const NOT_PHRASE_RULE_MESSAGE = `phrases can be added to the phrase-list rules only: ${PHRASE_RULE_IDS.join(', ')}`;
const phraseRuleIds: ReadonlySet<string> = new Set(PHRASE_RULE_IDS);

/** A record keyed by rule ids from `valid`; an unknown key is reported at its path with `message`. */
function byRule<K extends string, T extends z.ZodType>(valid: ReadonlySet<string>, message: string, value: T) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      if (!valid.has(key)) ctx.addIssue({ code: 'custom', path: [key], message: redFlagIds.has(key) || valid === redFlagIds ? message : `${UNKNOWN_RULE_MESSAGE}; ${message}` });
    }
  }) as unknown as z.ZodType<Partial<Record<K, z.output<T>>>, Record<string, z.input<T>>>;
}
const phrase = z
  .string()
  .trim()
  .min(1, 'a phrase cannot be empty')
  .max(CONFIG_MAX.phraseLength, `at most ${CONFIG_MAX.phraseLength} characters`)
  .refine((p) => /[\p{L}\p{N}]/u.test(p), { message: 'a phrase needs at least one letter or digit' });

/**
 * The user's own rules (SPEC "Your own rules"): switch a red-flag rule off or change its severity,
 * add phrases to a phrase-list rule, and name phrases that are never flagged.
 */
export const ruleConfigSchema = z.strictObject({
  rules: byRule<RedFlagId, z.ZodEnum<{ off: 'off'; minor: 'minor'; serious: 'serious' }>>(redFlagIds, UNKNOWN_RULE_MESSAGE, z.enum(RULE_SETTINGS)).optional(),
  phrases: byRule<PhraseRuleId, z.ZodArray<typeof phrase>>(
    phraseRuleIds,
    NOT_PHRASE_RULE_MESSAGE,
    z.array(phrase).max(CONFIG_MAX.phrasesPerRule, `at most ${CONFIG_MAX.phrasesPerRule} phrases per rule`),
  ).optional(),
  allow: z.array(phrase).max(CONFIG_MAX.allow, `at most ${CONFIG_MAX.allow} phrases`).optional(),
});
export type RuleConfig = z.infer<typeof ruleConfigSchema>;

/** A request to analyze (or rewrite) one note. Unknown keys are rejected. */
export const noteRequestSchema = z.strictObject({
  note: z.string().max(MAX_NOTE_LENGTH, `at most ${MAX_NOTE_LENGTH} characters`),
  plan: planSchema.optional(),
  profile: profileSchema.optional(),
  sender: senderSchema.optional(),
  config: ruleConfigSchema.optional(),
});
export type NoteRequest = z.infer<typeof noteRequestSchema>;

export const checkIdSchema = z.enum(CHECK_IDS);

export const statusSchema = z.enum(['pass', 'warn', 'fail']);
export type Status = z.infer<typeof statusSchema>;

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

/** One piece of evidence: a rule that fired on `note.slice(span.start, span.end) === actual`. */
export const findingSchema = z.object({
  ruleId: z.enum(RULE_IDS),
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
  /** The variant as written. */
  analysis: analysisSchema,
  /** The variant once its placeholders hold the content they ask for (equal to `analysis` when it has none). */
  filled: analysisSchema,
});
export type Variant = z.infer<typeof variantSchema>;

export const rewriteResultSchema = z.object({ variants: z.array(variantSchema).max(3) });
export type RewriteResult = z.infer<typeof rewriteResultSchema>;

/** Longest pasted profile `POST /api/profile` reads (a whole profile page copied is far less). */
export { MAX_PROFILE_TEXT };

/**
 * Body cap of `POST /api/profile`: room for the longest text even if every character arrives as
 * a six-byte `\uXXXX` escape, so a text over the limit gets its 422, not a 413.
 */
export const MAX_PROFILE_BODY_BYTES = 6 * MAX_PROFILE_TEXT + 1024;

/** A pasted profile to read: the web page's copy or the PDF export's text. Unknown keys are rejected. */
export const profileTextRequestSchema = z.strictObject({
  text: z.string().max(MAX_PROFILE_TEXT, `at most ${MAX_PROFILE_TEXT} characters`),
});
export type ProfileTextRequest = z.infer<typeof profileTextRequestSchema>;

// ── Triage: should I accept this invitation? (SPEC "Triage") ────────────────────────────────────

/** Most invitations triaged in one request. */
export const MAX_INVITATIONS = 200;
/** Longest invitation note accepted (LinkedIn caps notes at 300; a pasted InMail can run longer). */
export const MAX_INVITATION_NOTE = 2000;
/**
 * Body cap of POST /api/triage: 1 MB. 200 invitations as LinkedIn shows them (a 300-character
 * note, a headline, a few mutual names: about 1 KB each) take a fifth of it; the margin covers
 * long pasted notes and non-Latin text, while JSON.parse of the largest body stays a few ms.
 */
export const MAX_TRIAGE_BODY_BYTES = 1024 * 1024;
/** Most keywords per list, and the longest keyword. */
export const MAX_KEYWORDS = 50;
export const MAX_KEYWORD_LENGTH = 60;

/** One invitation someone received. Only the name is required. */
export const invitationSchema = z.strictObject({
  name: field(100),
  headline: field(220).optional(),
  note: z.string().max(MAX_INVITATION_NOTE, `at most ${MAX_INVITATION_NOTE} characters`).optional(),
  mutualConnections: z.number().int().min(0).max(100_000).optional(),
  mutualNames: list(20, 100).optional(),
  signals: z
    .strictObject({
      hasPhoto: z.boolean().optional(),
      connections: z.number().int().min(0).max(1_000_000).optional(),
      profileText: field(1000).optional(),
    })
    .optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const effectSchema = z.enum(EFFECTS);
export const presetSchema = z.enum(PRESET_IDS);

/** The user's own standard: a preset, per-criterion overrides and keyword lists. */
export const criteriaSchema = z.strictObject({
  preset: presetSchema.optional(),
  rules: z
    .record(z.string(), effectSchema)
    .refine((rules) => Object.keys(rules).every((id) => (CRITERION_IDS as readonly string[]).includes(id)), {
      message: `unknown criterion id; valid ids: ${CRITERION_IDS.join(', ')}`,
    })
    .transform((rules) => rules as Partial<Record<CriterionId, Effect>>)
    .optional(),
  keywords: z
    .strictObject({
      accept: list(MAX_KEYWORDS, MAX_KEYWORD_LENGTH).optional(),
      ignore: list(MAX_KEYWORDS, MAX_KEYWORD_LENGTH).optional(),
    })
    .optional(),
});
export type Criteria = z.infer<typeof criteriaSchema>;

/** A triage request: 1–200 invitations, the recipient ("me") and their criteria. */
export const triageRequestSchema = z.strictObject({
  invitations: z
    .array(invitationSchema)
    .min(1, 'at least 1 invitation')
    .max(MAX_INVITATIONS, `at most ${MAX_INVITATIONS} invitations`),
  me: senderSchema.optional(),
  criteria: criteriaSchema.optional(),
});
export type TriageRequest = z.infer<typeof triageRequestSchema>;
export type TriageRequestInput = z.input<typeof triageRequestSchema>;

export const triageReasonSchema = z.object({
  criterion: z.enum(CRITERION_IDS),
  effect: z.enum(DECISIONS),
  message: z.string(),
  evidence: z
    .object({ field: z.enum(['note', 'headline', 'name']), span: spanSchema, actual: z.string() })
    .optional(),
});
export type TriageReason = z.infer<typeof triageReasonSchema>;

export const triageResultSchema = z.object({
  decision: z.enum(DECISIONS),
  score: z.number().int().min(0).max(100),
  reasons: z.array(triageReasonSchema),
  analysis: analysisSchema.optional(),
  reply: z.string().optional(),
});
export type TriageResult = z.infer<typeof triageResultSchema>;

export const triageResponseSchema = z.object({
  results: z.array(triageResultSchema),
  summary: z.object({ accept: z.number().int(), review: z.number().int(), ignore: z.number().int() }),
});
export type TriageResponse = z.infer<typeof triageResponseSchema>;

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

/** Milliseconds since the epoch, as the sent-notes log stores times. */
const timeSchema = z.number('must be a date, such as 2026-12-01 or 2026-12-01T09:30:00Z').int('must be a whole number of milliseconds').min(0, 'must be after 1970');

/**
 * One entry of the sent-notes log (SPEC "Sent notes"), as an import is checked. The page's
 * zod-free guard `isSentEntry` (lib/sent/entry.ts) holds stored data to the same rules.
 */
export const sentEntrySchema = z.strictObject({
  id: z.string().min(1, 'is required').max(80, 'at most 80 characters'),
  text: field(MAX_NOTE_LENGTH),
  sentAt: timeSchema,
  status: z.enum(SENT_STATUSES, `must be one of ${SENT_STATUSES.join(', ')}`),
  statusAt: timeSchema.optional(),
  recipient: z.strictObject({ name: field(SENT_FIELD_MAX.name).optional(), headline: field(SENT_FIELD_MAX.headline).optional() }),
  scenario: field(SENT_FIELD_MAX.scenario).optional(),
  plan: z.enum(PLANS, `must be one of ${PLANS.join(', ')}`),
  score: z.number('must be a number from 0 to 100').int('must be a whole number').min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100').optional(),
  verdict: z.enum(SENT_VERDICTS, `must be one of ${SENT_VERDICTS.join(', ')}`).optional(),
  sharedGround: z.boolean().optional(),
  specificPraise: z.boolean().optional(),
});
export type SentEntryInput = z.infer<typeof sentEntrySchema>;

/** A draft put aside by "New note". */
export const savedDraftSchema = z.strictObject({
  id: z.string().min(1).max(80),
  text: field(MAX_NOTE_LENGTH),
  savedAt: timeSchema,
  recipient: z.record(z.string().max(80), field(FIELD_MAX.about)),
  scenario: field(SENT_FIELD_MAX.scenario).optional(),
});

/** The outer shape of a JSON export; its rows are checked one by one so a bad row costs only itself. */
export const sentExportSchema = z.object({
  format: z.literal('notecoach-sent-notes', 'not a notecoach sent-notes file'),
  version: z.literal(1, 'made by a newer notecoach: update the page'),
  weeklyCap: z.number().int().min(1).max(WEEKLY_CAP_MAX).optional(),
  entries: z.array(z.unknown()).max(SENT_LOG_MAX, `at most ${SENT_LOG_MAX} notes`),
  drafts: z.array(z.unknown()).max(SENT_LOG_MAX, `at most ${SENT_LOG_MAX} drafts`).optional(),
});

// ── Batch: one note per recipient (SPEC "Batch") ─────────────────────────────────────────────────

/**
 * Body cap of POST /api/batch: 4 MB. A recipient row as spreadsheets hold it (name, headline,
 * company, a school or two, a post title) is well under 1 KB; 1,000 of them fill a quarter of it,
 * and the margin covers long headlines, extra columns and non-Latin text sent as `\uXXXX` escapes.
 * JSON.parse of the largest body stays within a few tens of ms.
 */
export const MAX_BATCH_BODY_BYTES = 4 * 1024 * 1024;

/**
 * One cell of a row: text as a spreadsheet holds it, or a number, a boolean, null (empty) or a
 * list of texts (schools, mutual connections) as JSON callers send them. A cell that breaks a
 * field's limit is that row's error, not the request's.
 */
const batchCellSchema = z.union([
  z.string().max(BATCH_ROW_MAX.cell, `at most ${BATCH_ROW_MAX.cell} characters`),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(BATCH_ROW_MAX.cell, `at most ${BATCH_ROW_MAX.cell} characters`)).max(LIST_MAX.mutualConnections, `at most ${LIST_MAX.mutualConnections} entries`),
]);

/** One recipient: the profile's columns by name, any other column as a `{slot}` of its own. */
export const batchRowSchema = z
  .record(z.string().max(BATCH_ROW_MAX.columnName, `a column name has at most ${BATCH_ROW_MAX.columnName} characters`), batchCellSchema)
  .refine((row) => Object.keys(row).length <= BATCH_ROW_MAX.columns, { message: `at most ${BATCH_ROW_MAX.columns} columns per row` });
export type BatchRowInput = z.infer<typeof batchRowSchema>;

/** A batch: 1–1,000 recipients, a scenario id or the user's own template, and the sender's details. */
export const batchRequestSchema = z.strictObject({
  rows: z.array(batchRowSchema).min(1, 'at least 1 row').max(MAX_BATCH_ROWS, `at most ${MAX_BATCH_ROWS} rows`),
  template: z.string().superRefine((template, ctx) => {
    const read = readTemplate(template);
    if (!read.ok) ctx.addIssue({ code: 'custom', message: read.error });
  }),
  sender: senderSchema.optional(),
  plan: planSchema.optional(),
  config: ruleConfigSchema.optional(),
});
export type BatchRequest = z.infer<typeof batchRequestSchema>;

/** One recipient's note: its text and analysis, what it still needs, or why the row was skipped. */
export const batchResultSchema = z.object({
  note: z.string(),
  score: z.number().int().min(0).max(100).nullable(),
  verdict: verdictSchema.nullable(),
  /** Rule ids of what a recipient may decline the note for ("placeholder", "over-limit"). */
  flags: z.array(z.string()),
  /** The details still needed, in the page's words ("Recipient's name"). */
  missing: z.array(z.string()),
  /** The coach's one line on what to fix first; absent on a strong note. */
  advice: z.string().optional(),
  /** Why this row has no note (a value over its limit, a broken CSV row). */
  error: z.string().optional(),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const batchResponseSchema = z.object({
  results: z.array(batchResultSchema),
  summary: z.object({ strong: z.number().int(), needsWork: z.number().int(), weak: z.number().int(), errors: z.number().int() }),
});
export type BatchResponse = z.infer<typeof batchResponseSchema>;
