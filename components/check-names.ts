/**
 * Display names of the checks, in the page's words. Keyed by check id (lib/schema CHECK_IDS),
 * typed so a renamed id fails to compile here.
 */
import type { CheckId } from '@/lib/schema';

/** The name of each check as cards, highlights and the invite preview show it. */
export const CHECK_NAMES: Record<CheckId, string> = {
  length: 'Length',
  intent: 'Intent',
  'shared-ground': 'Shared ground',
  'specific-praise': 'Specific praise',
  'red-flags': 'Red flags',
};
