/**
 * The vocabulary of a copied LinkedIn profile, as data: section headings, the page's own button
 * labels and chrome, and the words that tell a job title, a school or a degree apart. All keys are
 * lowercase; a test keeps them so. English UI only: that is the page the corpus describes.
 */

/** What a section of the profile holds. `ignored` sections are read past, never into a field. */
export type SectionKind = 'about' | 'activity' | 'experience' | 'education' | 'skills' | 'contact' | 'publications' | 'ignored';

/**
 * Headings that open a section, in the web page ("About", "Activity") and in the "Save to PDF"
 * export ("Summary", "Top Skills", "Honors-Awards"). A heading is a whole line.
 */
export const SECTION_HEADINGS: Readonly<Record<string, SectionKind>> = {
  // "About\nI taught algebra for eight years…"
  about: 'about',
  summary: 'about',
  // "Activity\n1,204 followers\nOlga Petrova posted this • 2w"
  activity: 'activity',
  // "Experience\nData Scientist\nNorthwind Health · Full-time"
  experience: 'experience',
  // "Education\nCarnegie Mellon University\nMaster of Science - MS"
  education: 'education',
  // "Skills\nPython\nEndorsed by 3 colleagues"; the PDF's left column: "Top Skills\nPython"
  skills: 'skills',
  'top skills': 'skills',
  // The PDF's left column: "Contact\nolga@example.com\nwww.linkedin.com/in/olga (LinkedIn)"
  contact: 'contact',
  // The PDF's left column: "Publications\nWhat teaching taught me about models"
  publications: 'publications',
  // Everything else a profile can hold, read past so it never leaks into the fields above.
  featured: 'ignored',
  highlights: 'ignored',
  analytics: 'ignored',
  resources: 'ignored',
  services: 'ignored',
  languages: 'ignored',
  certifications: 'ignored',
  'licenses & certifications': 'ignored',
  'honors-awards': 'ignored',
  'honors & awards': 'ignored',
  patents: 'ignored',
  projects: 'ignored',
  volunteering: 'ignored',
  'volunteer experience': 'ignored',
  causes: 'ignored',
  courses: 'ignored',
  'test scores': 'ignored',
  organizations: 'ignored',
  recommendations: 'ignored',
  interests: 'ignored',
  'people also viewed': 'ignored',
  'people you may know': 'ignored',
  'more profiles for you': 'ignored',
  'explore premium profiles': 'ignored',
  'you might like': 'ignored',
  'other similar profiles': 'ignored',
  'explore collaborative articles': 'ignored',
  // The site footer: "About\nAccessibility\nTalent Solutions…" (its "About" is handled in the parser).
  accessibility: 'ignored',
  'talent solutions': 'ignored',
  'linkedin corporation ©': 'ignored',
};

/**
 * Whole lines that are the page's own chrome, never the person's words: navigation, buttons,
 * badges, tabs and reactions ("Message", "More", "Connect", "Show all").
 */
export const NOISE_LINES: ReadonlySet<string> = new Set([
  // Navigation and page chrome: "Skip to main content\nHome\nMy Network"
  'skip to main content', 'linkedin', 'home', 'my network', 'jobs', 'messaging', 'notifications', 'me',
  'for business', 'learning', 'search', 'background image', 'profile photo', 'open to work', '#opentowork',
  'hiring', '#hiring', 'premium', 'verified', 'view profile', 'compose message',
  'you are on the messaging overlay. press enter to open the list of conversations.',
  // Buttons on the top card and in sections: "Message\nFollow\nMore"
  'message', 'connect', 'follow', 'following', 'unfollow', 'more', 'pending', 'withdraw', 'save to pdf',
  'send profile in a message', 'report / block', 'about this profile', 'request a recommendation',
  'recommend', 'remove connection', 'open to', 'add profile section', 'enhance profile', 'add section',
  'edit', 'private to you', 'contact info', 'visit my website', 'view my newsletter', 'view my services',
  'view my portfolio', 'book an appointment', 'create a post', 'start a post', 'show credential',
  'see all details', 'show all', 'show more', 'show less', 'see more', 'see less', '…see more',
  '... see more', '...see more', '…show more', '… see more', '…more', '...more', 'ad options', 'promoted', 'try premium for free', 'reactivate premium',
  'try premium for $0', 'try premium for ₹0', 'try premium for €0', 'try premium for £0',
  'get up to 5 profile views a week', 'see who’s viewed your profile', "see who's viewed your profile",
  'help', 'profile language', 'public profile & url', 'add profile in another language',
  // Degrees of connection and badges: "· 2nd", "2nd degree connection"
  '1st', '2nd', '3rd', '3rd+', '· 1st', '· 2nd', '· 3rd', '· 3rd+', '• 1st', '• 2nd', '• 3rd', '• 3rd+',
  '1st degree connection', '2nd degree connection', '3rd degree connection', '3rd+ degree connection',
  'you', '· you', 'top voice', 'creator', 'influencer',
  // Activity tabs and reactions: "Posts\nComments\n42\nLike\nComment\nRepost\nSend"
  'posts', 'comments', 'videos', 'images', 'articles', 'documents', 'newsletters', 'events', 'reactions',
  'like', 'comment', 'repost', 'send', 'celebrate', 'support', 'love', 'insightful', 'funny', 'edited',
  'visible to anyone on or off linkedin', '• edited', 'reply', 'load more comments',
  // Footer: "Accessibility\nTalent Solutions\nCommunity Guidelines"
  'community guidelines', 'careers', 'marketing solutions',
  'privacy & terms', 'ad choices', 'advertising', 'sales solutions', 'mobile', 'small business',
  'safety center', 'questions?', 'visit our help center.', 'manage your account and privacy',
  'go to your settings.', 'recommendation transparency', 'learn more about recommended content.',
  'select language', 'english (english)',
  // Pronouns shown next to the name: "She/Her"
  'she/her', 'he/him', 'they/them', 'she/they', 'he/they', '(she/her)', '(he/him)', '(they/them)',
]);

/** Line starts that mark a line as chrome: "Show all 12 experiences", "Endorsed by Sam Lee". */
export const NOISE_PREFIXES: readonly string[] = [
  'show all ', 'see all ', 'show more ', 'see more ', 'show credential', 'page ', 'endorsed by ',
  'passed linkedin skill assessment', 'linkedin corporation', 'try premium', 'people also viewed',
  'view ', 'followed by ', 'liked by ',
];

/** Suffixes of the page's "read more" links, cut from the end of a line: "…posted about models …see more". */
export const MORE_SUFFIXES: readonly string[] = [
  '…see more', '... see more', '...see more', '… see more', '…show more', '... show more', '...show more',
  '… show more', '…more', '...more', '… more', '... more', 'see more', 'show more',
];

/** Employment types in an Experience entry: "Northwind Health · Full-time". */
export const EMPLOYMENT_TYPES: ReadonlySet<string> = new Set([
  'full-time', 'part-time', 'self-employed', 'freelance', 'contract', 'contractor', 'internship',
  'apprenticeship', 'seasonal', 'temporary', 'volunteer', 'permanent', 'permanent full-time',
]);

/** Work arrangements shown on an entry's location line: "Pittsburgh, PA · Hybrid". */
export const WORK_ARRANGEMENTS: ReadonlySet<string> = new Set(['remote', 'hybrid', 'on-site', 'onsite']);

/** Month names and abbreviations as they open a date: "Jan 2022", "January 2022", "Sept 2019". */
export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/** Words for a job that has not ended: "Jan 2022 - Present". */
export const PRESENT_WORDS: ReadonlySet<string> = new Set(['present', 'current', 'now', 'today']);

/** Duration units: "2 yrs 11 mos", "(8 years 5 months)", "less than a year". */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['yr', 'yrs', 'year', 'years', 'mo', 'mos', 'month', 'months']);

/**
 * Words that make a line a job title or an organisation rather than a person's name ("Chief
 * Executive Officer", "Northwind Health"). Used only to tell a name from its neighbours.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'engineer', 'engineering', 'manager', 'management', 'director', 'founder', 'co-founder', 'cofounder',
  'officer', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'svp', 'evp', 'student', 'intern', 'analyst',
  'consultant', 'designer', 'developer', 'scientist', 'teacher', 'professor', 'lecturer', 'lead',
  'head', 'president', 'partner', 'recruiter', 'recruiting', 'specialist', 'coordinator', 'associate',
  'assistant', 'architect', 'researcher', 'research', 'owner', 'chief', 'executive', 'senior', 'junior',
  'principal', 'staff', 'marketing', 'sales', 'product', 'software', 'data', 'learning', 'machine',
  'university', 'college', 'school', 'institute', 'academy', 'inc', 'inc.', 'llc', 'ltd', 'ltd.', 'gmbh',
  'corp', 'corporation', 'company', 'group', 'solutions', 'services', 'technologies', 'technology',
  'labs', 'health', 'healthcare', 'bank', 'capital', 'ventures', 'consulting', 'systems', 'studio',
  'agency', 'foundation', 'hospital', 'board', 'member', 'advisor', 'adviser', 'mentor', 'coach',
  'writer', 'editor', 'author', 'speaker', 'nurse', 'physician', 'doctor', 'lawyer', 'attorney',
  'accountant', 'operations', 'strategy', 'finance', 'business', 'development', 'international',
  'global', 'national', 'united', 'states', 'kingdom', 'area', 'greater', 'metropolitan', 'region',
  'contact', 'skills', 'top', 'summary', 'experience', 'education', 'languages', 'certifications',
  'native', 'bilingual', 'professional', 'working', 'proficiency', 'limited', 'full', 'elementary',
  'python', 'java', 'javascript', 'typescript', 'sql', 'leadership', 'communication', 'analytics',
  'design', 'statistics', 'cloud', 'computing', 'aws', 'certified', 'project', 'program', 'team',
  'people', 'viewed', 'premium', 'network', 'main', 'content', 'profile', 'image', 'photo',
]);

/** Lowercase name particles that may sit inside a name: "Ana de la Cruz", "Ludwig van Beethoven". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von',
  'ter', 'zu', 'y', 'e', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'st.',
]);

/** Words in a school's name: "Carnegie Mellon University", "École Polytechnique", "北京大学". */
export const SCHOOL_WORDS: readonly string[] = [
  'university', 'universit', 'college', 'school', 'institute', 'institut', 'academy', 'académie',
  'polytechnic', 'politecnico', 'polytechnique', 'hochschule', 'universidad', 'universidade',
  'escuela', 'école', 'ecole', 'lyceum', 'lycée', 'gymnasium', 'seminary', 'conservatory',
  'conservatoire', 'bootcamp', 'insead', 'wharton', 'iit ', 'iim ',
  '大学', '大學', '学院', '學院', 'университет', 'институт', 'академия', 'училище', 'лицей',
  'جامعة', 'كلية', 'معهد', '대학교', '대학',
];

/** Words that open a degree line: "Master of Science - MS, Machine Learning", "BA, Economics". */
export const DEGREE_WORDS: ReadonlySet<string> = new Set([
  'bachelor', 'bachelor’s', "bachelor's", 'bachelors', 'master', 'master’s', "master's", 'masters',
  'doctor', 'doctorate', 'phd', 'ph.d.', 'ph.d', 'mba', 'emba', 'ba', 'b.a.', 'bs', 'b.s.', 'bsc',
  'b.sc.', 'beng', 'b.eng.', 'btech', 'b.tech', 'b.tech.', 'mtech', 'm.tech', 'msc', 'm.sc.', 'ms',
  'm.s.', 'ma', 'm.a.', 'meng', 'mphil', 'jd', 'j.d.', 'md', 'm.d.', 'llb', 'llm', 'associate',
  'associate’s', "associate's", 'diploma', 'certificate', 'postgraduate', 'graduate', 'undergraduate',
  'exchange', 'licentiate', 'licenciatura', 'magister', 'specialist', 'high', 'secondary', 'a-levels',
  'gcse', 'baccalaureate', 'abitur', 'bfa', 'mfa', 'bba', 'bcom', 'mcom', 'edd', 'dba', 'bootcamp',
  'nanodegree', 'coursework', 'engineer’s', "engineer's",
]);

/**
 * How an Activity item begins: "Olga Petrova posted this • 2w". Items the person wrote count as
 * their recent work; reposts, comments and reactions are someone else's work.
 */
export const ACTIVITY_AUTHORED: readonly string[] = ['posted this', 'shared this', 'published this', 'wrote an article', 'published an article'];
export const ACTIVITY_OTHER: readonly string[] = [
  'reposted this', 'commented on', 'liked this', 'replied to', 'replied on', 'celebrates this', 'celebrated this',
  'supports this', 'loves this', 'finds this', 'reacted to', 'likes this', 'liked a comment', 'shared a post',
];

/** Places a location line may name on its own: "India", "Greater Boston". */
export const PLACE_WORDS: readonly string[] = [
  ' area', ' metropolitan', ' metroplex', 'greater ', 'united states', 'united kingdom', 'india', 'germany',
  'canada', 'france', 'brazil', 'china', 'japan', 'egypt', 'saudi arabia', 'united arab emirates',
  'singapore', 'australia', 'nigeria', 'kenya', 'mexico', 'spain', 'italy', 'netherlands', 'ireland',
  'russia', 'poland', 'israel', 'south africa', 'indonesia', 'pakistan', 'türkiye', 'turkey', 'jordan',
];
