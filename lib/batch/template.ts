/**
 * What a batch fills: a scenario template (by id, with its several phrasings) or the user's own
 * text, with `{slot}`, `{slot|fallback}` and `((option|option))`. Pure and light (the page checks
 * a template as it is typed).
 */
import { MAX_BATCH_TEMPLATE } from '../contract';
import { phrasingsOf, TEMPLATES, templateById, type Template } from '../templates';
import { isSlotName } from '../templates/slots';
import { type AlternativeParts, chooseAlternatives, pick, readAlternatives } from './alternatives';

/** A template ready to fill per recipient. */
export interface BatchTemplate {
  /** The scenario's id, or 'custom' for the user's own text. */
  id: string;
  /** Picks the body for one recipient: a phrasing, with its alternatives chosen. */
  bodyFor: (seed: string) => Template;
}

export type TemplateRead = { ok: true; template: BatchTemplate } | { ok: false; error: string };

const SLOT_WITHOUT_FALLBACK = /\{(\w+)\}/g;

/** A body as a Template: its slots without a fallback are the ones it needs. */
function asTemplate(id: string, body: string): Template {
  const required = [...new Set([...body.matchAll(SLOT_WITHOUT_FALLBACK)].map((m) => m[1] ?? ''))].filter(isSlotName);
  return { id, name: 'Your template', description: 'Your own text', body, required };
}

/**
 * Reads a template: a scenario id (`alumni`) picks that scenario, anything else is the user's
 * own text. Scenario phrasings are picked per recipient; so are the user's `((…))` options.
 */
export function readTemplate(template: string): TemplateRead {
  const scenario = templateById(template.trim());
  if (scenario) {
    const phrasings = phrasingsOf(scenario);
    return {
      ok: true,
      template: { id: scenario.id, bodyFor: (seed) => ({ ...scenario, body: phrasings[pick(phrasings.length, seed, 'phrasing')] ?? scenario.body }) },
    };
  }
  if (template.trim() === '') {
    return { ok: false, error: `The template is empty: write your note with {firstName} and other slots, or pick a scenario (${TEMPLATES.map((t) => t.id).join(', ')}).` };
  }
  if (template.length > MAX_BATCH_TEMPLATE) return { ok: false, error: `The template is longer than ${MAX_BATCH_TEMPLATE} characters: a note is 300 at most.` };
  const read = readAlternatives(template);
  if (!read.ok) return read;
  const parts: AlternativeParts = read.parts;
  return { ok: true, template: { id: 'custom', bodyFor: (seed) => asTemplate('custom', chooseAlternatives(parts, seed)) } };
}
