/**
 * Words too common in headlines and goals to show that a stranger's role fits you: "Senior
 * Manager" shares "manager" with half of LinkedIn. Lowercase.
 */

// "Senior Product Manager at Acme" and "Lead Engineer" share no field, only a rank.
export const GENERIC_ROLE_WORDS: readonly string[] = [
  'senior', 'junior', 'lead', 'head', 'chief', 'principal', 'staff', 'associate', 'assistant',
  'manager', 'management', 'director', 'officer', 'president', 'vice', 'founder', 'cofounder', 'co-founder',
  'owner', 'partner', 'consultant', 'specialist', 'expert', 'professional', 'freelance', 'freelancer',
  'role', 'roles', 'job', 'jobs', 'position', 'positions', 'opportunity', 'opportunities', 'team', 'teams',
  'company', 'companies', 'business', 'work', 'working', 'career', 'careers', 'looking', 'seeking',
  'open', 'helping', 'help', 'people', 'building', 'passionate', 'next', 'new', 'find', 'finding',
  'inc', 'llc', 'ltd', 'group', 'global', 'international', 'services', 'solutions', 'remote',
  // Goals are verbs plus a field ("hire data engineers", "move into product"): the verbs are not the field.
  'hire', 'hiring', 'move', 'moving', 'learn', 'learning', 'grow', 'growing', 'get', 'become', 'build',
  'start', 'starting', 'transition', 'break', 'land', 'raise', 'meet', 'connect', 'network', 'more', 'into',
];

/** Widest stretch of a note or headline, in characters, that may hold all of a goal's words. */
export const GOAL_WINDOW = 60;

/** Shortest word that may match another by prefix ("engineer" ~ "engineering"). */
export const MIN_PREFIX_MATCH = 5;
