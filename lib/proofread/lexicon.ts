/**
 * Vocabulary for proofreading, as data. Harper's dictionary is general English; a connection note
 * is full of the trade's words, and its writers spell British as often as American.
 */

// "I run an edtech bootcamp and write runbooks in dbt." — words of the trade Harper does not
// know, added to its dictionary once when the linter starts.
export const TRADE_WORDS: readonly string[] = [
  'adtech', 'agritech', 'biotech', 'cleantech', 'climatetech', 'edtech', 'fintech', 'foodtech', 'govtech', 'healthtech',
  'insurtech', 'legaltech', 'martech', 'medtech', 'proptech', 'regtech', 'civictech',
  'bootcamp', 'bootcamps', 'runbook', 'runbooks', 'playbook', 'playbooks', 'chargeback', 'chargebacks', 'roadmap', 'roadmaps',
  'onboarding', 'offboarding', 'upskilling', 'reskilling', 'upskill', 'reskill', 'nonprofit', 'nonprofits', 'cofounder', 'cofounders',
  'cofounded', 'frontend', 'backend', 'fullstack', 'microservice', 'microservices', 'observability', 'devops', 'devrel', 'mlops',
  'dataops', 'finops', 'dbt', 'kubernetes', 'terraform', 'serverless', 'monorepo', 'monorepos', 'webinar', 'webinars', 'podcast',
  'podcasts', 'livestream', 'hackathon', 'hackathons', 'meetup', 'meetups', 'startup', 'startups', 'scaleup', 'scaleups', 'unicorn',
  'paralegal', 'internship', 'internships', 'mentee', 'mentees', 'alum', 'alumna', 'alumnae', 'alumni', 'postdoc', 'postdocs',
  'graphene', 'interlayer', 'genomics', 'proteomics', 'biostatistics', 'geospatial', 'cybersecurity', 'infosec', 'pentest', 'pentesting',
  'ux', 'ui', 'saas', 'paas', 'iaas', 'gtm', 'okrs', 'kpis', 'cro', 'seo', 'sem', 'crm', 'erp', 'b2b', 'b2c', 'd2c',
  'programme', 'programmes', 'whilst', 'amongst', 'learnt', 'cheque', 'cheques', 'grey', 'tyre', 'tyres', 'aluminium', 'mum',
];

/**
 * British spellings as the letters that differ from the American form Harper suggests: a spelling
 * finding whose suggestion is the word with one of these swapped is a dialect, not a slip.
 */
export const BRITISH_TO_AMERICAN: readonly (readonly [british: string, american: string])[] = [
  // "colour", "honourable", "behaviours"
  ['our', 'or'],
  // "centre", "theatres", "metre"
  ['tre', 'ter'],
  // "organise", "organisational", "realised", "tokenising"
  ['is', 'iz'],
  // "analyse", "analysed"
  ['ys', 'yz'],
  // "enrolment", "fulfilment"
  ['lment', 'llment'],
  // "travelled", "cancelling", "modelled"
  ['ll', 'l'],
  // "defence", "licence", "offence"
  ['ence', 'ense'],
  // "catalogue", "dialogue"
  ['ogue', 'og'],
];

// "im interested" — contractions typed without the apostrophe, and what they mean.
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  im: "I'm",
  ive: "I've",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  youre: "you're",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  lets: "let's",
};
