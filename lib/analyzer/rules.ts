/**
 * The one rule registry: every rule that can produce a finding — the red flags and the
 * check-level evidence — as one entry of data. The analyzer, the rewrite, the docs, the page and
 * the user's config all read it.
 */
import { RULE_IDS, type CheckId, type RuleId } from '../contract';
import { CHECK_RULES } from './lexicon/check-rules';
import { RED_FLAG_RULES, type RewriteAction } from './lexicon/red-flags';

export type { RewriteAction } from './lexicon/red-flags';

export interface RuleEntry {
  id: RuleId;
  check: CheckId;
  description: string;
  message: string;
  example: string;
  rewrite: RewriteAction;
  expected?: readonly string[];
  severity?: 'minor' | 'serious' | 'critical';
  penalty?: number;
  phrases?: readonly string[];
}

/** Every rule, by id. */
export const RULES: Readonly<Record<RuleId, RuleEntry>> = Object.fromEntries(
  RULE_IDS.map((id) => {
    const flag = (RED_FLAG_RULES as Record<string, (typeof RED_FLAG_RULES)[keyof typeof RED_FLAG_RULES] | undefined>)[id];
    if (flag) return [id, { ...flag, check: 'red-flags' as const }];
    return [id, CHECK_RULES[id as keyof typeof CHECK_RULES]];
  }),
) as Record<RuleId, RuleEntry>;

// Each rule's message split once into text and `{slot}` names: even entries are text, odd ones slots.
const templates = new Map<RuleId, readonly string[]>();
function templateOf(id: RuleId): readonly string[] {
  let parts = templates.get(id);
  if (!parts) templates.set(id, (parts = RULES[id].message.split(/\{(\w+)\}/u)));
  return parts;
}

/** The coach's message for a finding of `id` on `actual` (the text it points at). */
export function ruleMessage(id: RuleId, actual: string, vars: Readonly<Record<string, string | number>> = {}): string {
  const parts = templateOf(id);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    out += (name === 'actual' ? quote(actual) : String(vars[name] ?? `{${name}}`)) + (parts[i + 1] as string);
  }
  return out;
}

/** The finding's text as a message quotes it: one line, at most 80 characters. */
function quote(actual: string): string {
  // Quotes inside the quoted text become single quotes, so the message's own quotes pair up.
  const quoted = actual.replace(/\s+/gu, ' ').trim().replace(/“/gu, '‘').replace(/”/gu, '’');
  // Up to 80 code units are up to 80 code points: only a longer quote needs counting.
  const points = quoted.length > 80 ? Array.from(quoted) : undefined;
  return points && points.length > 80 ? `${points.slice(0, 77).join('').trimEnd()}…` : quoted;
}
