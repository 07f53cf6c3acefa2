/**
 * What the details let a rewrite say, and the fact guard that proves it says nothing else: every
 * name, school, company, title or number in a variant must come from the draft or the details.
 */
import type { NoteRequest } from '../schema';
import { placeholderSpans } from '../placeholders';
import { firstNameOf, firstShared, sharedIndustry, squash, textKey, trimEndOf } from '../templates/text';
import { replaceBrackets } from './text';

/** The facts a rewrite may draw on, each already checked against both sides where sharing is claimed. */
export interface Facts {
  /** The recipient's first name from the details, '' when unknown (the draft's own greeting name wins). */
  name: string;
  /** A school both list. */
  sharedSchool?: string;
  /** An industry both list. */
  sharedIndustry?: string;
  /** A company both list (current colleagues). */
  sharedCompany?: string;
  /** The first named mutual connection. */
  mutual?: string;
  /** The recipient's recent post, talk or book, as typed. */
  recentWork?: string;
  /** The recipient's company. */
  company?: string;
  /** The recipient's industry. */
  industry?: string;
  /** The sender's goal, as typed. */
  goal?: string;
  /** Lower-cased strings a clause can mention to claim shared ground the details back up. */
  sharedTerms: string[];
}


/**
 * A detail worth repeating in a note: it has words (two letters at least) and holds no template
 * slot ("[Name]", "{company}"), stray bracket or control character — pasted junk stays out.
 */
function usable(value: string | undefined): string | undefined {
  const text = squash(value ?? '');
  if (text === '' || placeholderSpans(text).length > 0 || /[[\]{}<>\p{Cc}\p{Cs}]/u.test(text)) return undefined;
  return (text.match(/\p{L}/gu) ?? []).length >= 2 ? text : undefined;
}

/** Gathers the facts of a request. */
export function factsOf(request: NoteRequest): Facts {
  const profile = request.profile ?? {};
  const sender = request.sender ?? {};
  const sharedSchool = usable(firstShared(profile.schools, sender.schools));
  const industry = usable(sharedIndustry(profile.industry, sender.industry));
  const sharedCompany = usable(profile.company && sender.company && textKey(profile.company) === textKey(sender.company) ? profile.company : undefined);
  const mutual = profile.mutualConnections?.map(usable).find(Boolean);
  const sharedTerms = [
    ...(profile.schools ?? []).filter((s) => firstShared([s], sender.schools)),
    ...(profile.mutualConnections ?? []),
    industry,
    sharedCompany,
  ]
    .filter((t): t is string => typeof t === 'string' && squash(t).length >= 3)
    .map(textKey);
  return {
    name: usable(firstNameOf(request.profile?.name)) ?? '',
    sharedSchool,
    sharedIndustry: industry,
    sharedCompany,
    mutual,
    recentWork: usable(profile.recentWork),
    company: usable(profile.company),
    industry: usable(profile.industry),
    goal: usable(sender.goal),
    sharedTerms,
  };
}

/** Whole-word search by indexOf: no regex built per token, so nothing to backtrack and nothing to compile. */
const WHOLE_WORDS = {
  test(haystack: string, needle: string): boolean {
    const word = /[\p{L}\d]/u;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      if (!word.test(haystack.charAt(at - 1)) && !word.test(haystack.charAt(at + needle.length))) return true;
    }
    return false;
  },
};

/** Words the engine itself may write capitalized at a sentence start; everything else is a fact. */
const OWN_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'good', 'i', "i'm", "i'd", "i've", "i'll", 'fellow', 'we', "we're", 'your', 'it', 'as']);

/** Every string of the draft and the details, lower-cased, for the fact guard. */
function sourceText(request: NoteRequest): string {
  const parts: string[] = [request.note];
  for (const side of [request.profile, request.sender]) {
    for (const value of Object.values(side ?? {})) {
      if (typeof value === 'string') parts.push(value);
      else if (Array.isArray(value)) parts.push(...value.filter((v): v is string => typeof v === 'string'));
    }
  }
  return parts.join('\n').toLowerCase().replace(/[’]/g, "'");
}

/**
 * The fact guard: capitalized words and numbers of `text` (bracketed placeholders excepted) that
 * appear nowhere in the draft or the details, case-insensitively. Empty means nothing was invented.
 */
export function unsupportedFacts(text: string, request: NoteRequest): string[] {
  const source = sourceText(request);
  const body = replaceBrackets(text, () => ' ').replace(/[’]/g, "'");
  const tokens = body.match(/\p{Lu}[\p{L}\p{M}'.&-]*|\d[\d,.:%$\p{L}]*/gu) ?? [];
  const unsupported: string[] = [];
  for (const raw of tokens) {
    const token = trimEndOf(raw, ".,:'-");
    const key = token.toLowerCase();
    if (key === '' || OWN_WORDS.has(key)) continue;
    if (!WHOLE_WORDS.test(source, key)) unsupported.push(token);
  }
  return [...new Set(unsupported)];
}
