/**
 * Scenario templates as data, filled from the recipient's and sender's details. Pure and light:
 * imported by the page's client bundle, so it must not import the analyzer or compromise.
 * (Placeholder while the templates are written; the exported shapes are final.)
 */
import type { Profile, Sender } from '../schema';

export interface Template {
  /** Stable id, kebab-case: 'alumni', 'reader', 'same-industry', 'event', 'mutual-connection', 'former-colleague', 'job-seeker', 'recruiter'. */
  id: string;
  /** Scenario name shown in the picker, e.g. "Fellow alum". */
  name: string;
  /** One line on when to use it. */
  description: string;
  /** Body with named slots such as {firstName}, {school}, {recentWork}. */
  body: string;
  /** Slots that must be filled for the note to be sendable. */
  required: string[];
}

export interface FilledTemplate {
  template: Template;
  /** The note, with each missing slot left as a visible bracketed placeholder like "[your shared school]". */
  text: string;
  /** Human labels of the details still needed ("Recipient's school"), empty when ready. */
  missing: string[];
  /** The bracketed placeholders left in `text`. */
  placeholders: string[];
}

export const TEMPLATES: Template[] = [];

/** Fills one template from the details. */
export function fillTemplate(template: Template, details: { profile?: Profile; sender?: Sender }): FilledTemplate {
  return { template, text: template.body, missing: [], placeholders: [] };
}
