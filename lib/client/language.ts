'use client';
/**
 * "Is this note in English?" The coach reads English only, so a note that is clearly in another
 * language gets a notice instead of a score. A cheap word test clears most English notes without
 * loading anything; only a note long enough to judge that does not look English loads the
 * detector (franc-min, ~48 KB gzip), on demand. Short notes stay English by default, and any
 * doubt is resolved as English: a false notice would hide the feedback from someone who needs it.
 */
import { useEffect, useState } from 'react';

/** Shorter notes are never judged: a trigram detector needs text to go on. */
export const MIN_DETECT_LENGTH = 40;

// Words that make up a large share of any English sentence and are rare as words elsewhere.
const ENGLISH_WORDS = new Set(
  'i im i’m i\'m you your you’re we our my me the a an and to of in on for with at is are was be it this that would love like how what who hi hello thanks thank connect connecting work team talk post about from learn'.split(
    ' ',
  ),
);

/** True when at least a fifth of the note's words are common English words. */
export function looksEnglish(note: string): boolean {
  const words = note.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  if (words.length === 0) return true;
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english / words.length >= 0.2;
}

/** Language names for the codes franc returns most often for notes; others say "another language". */
const NAMES: Readonly<Record<string, string>> = {
  spa: 'Spanish',
  por: 'Portuguese',
  fra: 'French',
  deu: 'German',
  ita: 'Italian',
  nld: 'Dutch',
  pol: 'Polish',
  tur: 'Turkish',
  rus: 'Russian',
  ukr: 'Ukrainian',
  cmn: 'Chinese',
  jpn: 'Japanese',
  kor: 'Korean',
  arb: 'Arabic',
  hin: 'Hindi',
  ind: 'Indonesian',
  vie: 'Vietnamese',
  swe: 'Swedish',
  ron: 'Romanian',
  ces: 'Czech',
  hun: 'Hungarian',
};

/** A note judged to be in another language. */
export interface OtherLanguage {
  /** ISO 639-3 code, as franc gives it. */
  code: string;
  /** "Spanish", or "another language". */
  name: string;
}

/**
 * Decides from franc's ranking (distances normalised so the best is 1): another language only
 * when English (and Scots, franc's frequent mistake for English) is well behind the winner.
 */
export function judgeRanking(ranking: ReadonlyArray<readonly [string, number]>): OtherLanguage | null {
  const [top] = ranking;
  if (!top || top[0] === 'und' || top[0] === 'eng' || top[0] === 'sco') return null;
  const english = ranking.find(([code]) => code === 'eng' || code === 'sco')?.[1] ?? 0;
  if (english >= 0.9) return null;
  return { code: top[0], name: NAMES[top[0]] ?? 'another language' };
}

/** The note's language when it is clearly not English; null otherwise (or while unsure). */
export function useOtherLanguage(note: string): OtherLanguage | null {
  const [found, setFound] = useState<OtherLanguage | null>(null);
  const judge = note.trim().length >= MIN_DETECT_LENGTH && !looksEnglish(note);
  useEffect(() => {
    if (!judge) {
      setFound(null);
      return;
    }
    let live = true;
    import('franc-min')
      .then(({ francAll }) => {
        if (live) setFound(judgeRanking(francAll(note, { minLength: MIN_DETECT_LENGTH })));
      })
      .catch(() => {
        // The detector failed to load (offline): the coach carries on as for English.
        if (live) setFound(null);
      });
    return () => {
      live = false;
    };
  }, [note, judge]);
  return judge ? found : null;
}
