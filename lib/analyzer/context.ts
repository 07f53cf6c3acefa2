/**
 * What every check receives: the parsed note, the validated request and the plan's limit.
 * Checks are pure functions of this context.
 */
import type { CheckResult, Finding, NoteRequest } from '../schema';
import type { NoteDoc } from './document';

export interface CheckContext {
  doc: NoteDoc;
  request: NoteRequest;
  /** Character limit of the request's plan. */
  limit: number;
  /** Red-flag findings, computed first: intent reads asks and pitches from them. */
  redFlags: Finding[];
}

export type Check = (ctx: CheckContext) => CheckResult;
