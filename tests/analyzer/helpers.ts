import { analyze } from '@/lib/analyzer';
import type { Analysis, CheckId, NoteRequest, Profile, Sender } from '@/lib/schema';

/** Analyzes a note with optional details and returns the check asked for. */
export function check(id: CheckId, note: string, profile?: Profile, sender?: Sender, plan?: NoteRequest['plan']) {
  const analysis = analyze({ note, profile, sender, plan });
  const result = analysis.checks.find((c) => c.id === id);
  if (!result) throw new Error(`no ${id} check`);
  return result;
}

export function run(note: string, profile?: Profile, sender?: Sender, plan?: NoteRequest['plan']): Analysis {
  return analyze({ note, profile, sender, plan });
}

export function ruleIds(note: string, profile?: Profile): string[] {
  return [...new Set(check('red-flags', note, profile).findings.map((f) => f.ruleId))].sort();
}
