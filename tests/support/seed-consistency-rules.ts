// The words the seed-consistency check looks for. Language words are read in
// a group's name, summary and description; topic words only in its name,
// where a visitor reads them as a promise of what the group is about.
// Apostrophes arrive straightened ("Men's").

/** Words that say a group meets in a language, by the code Group.languages uses. */
export const LANGUAGE_WORDS: Record<string, RegExp> = {
  en: /\benglish\b/i,
  fr: /\bfrench\b|\bfrancophone|\bfran[cç]ais/i,
  es: /\bspanish\b|\bespa[nñ]ol|\blatin[oax]s?\b|\bhispanic/i,
  pa: /\bp[ua]njabi\b/i,
  zh: /\bmandarin\b|\bcantonese\b|\bchinese\b/i,
  ar: /\barabic\b/i,
  so: /\bsomali\b/i,
  pt: /\bportugu[eê]se?\b|\bportugu[eê]s\b/i,
  tl: /\btagalog\b|\bfilipin[oa]s?\b/i,
  ur: /\burdu\b/i,
};

export type TopicRule = {
  /** Found in the name, the group must be under at least one of `anyOf`. */
  words: RegExp;
  anyOf: string[];
  /** A phrase that makes the word mean something else ("hearing loss" is not a death). */
  unless?: RegExp;
};

const NAMED_LANGUAGE = new RegExp(
  Object.entries(LANGUAGE_WORDS)
    .filter(([code]) => code !== 'en')
    .map(([, re]) => re.source)
    .join('|'),
  'i',
);

export const TOPIC_RULES: TopicRule[] = [
  { words: /\b(grief|grieving|bereave\w*|widow\w*|mourning|deuil|duelo)\b/i, anyOf: ['bereavement'] },
  { words: /\bloss\b/i, anyOf: ['bereavement'], unless: /\b(hearing|vision|weight|memory|job|hair) loss\b/i },
  { words: /\bsuicide\b/i, anyOf: ['bereavement', 'mental-health'] },
  { words: /\b(cancer|chemo\w*|oncology|leuka?emia|lymphoma)\b/i, anyOf: ['cancer'] },
  { words: /\b(caregiv\w*|carers?|caring for)\b/i, anyOf: ['caregiving'] },
  { words: /\b(dementia|alzheimer\w*|memory)\b/i, anyOf: ['caregiving', 'seniors'] },
  { words: /\b(veterans?|military|first responders?)\b/i, anyOf: ['veterans'] },
  { words: /\b(youth|teens?|teenagers?|teenage|young adults?|students?)\b/i, anyOf: ['youth'], unless: /\bparents of\b/i },
  { words: /\b(men|men's|dads?|fathers?)\b/i, anyOf: ['men'] },
  { words: /\b(women|women's|sisters)\b/i, anyOf: ['women'] },
  { words: /\b(moms?|mums?|mothers?)\b/i, anyOf: ['family-parenting', 'women'] },
  { words: /\b(parents?|parenting|grandparents?|adoptive|adoption|foster|twins)\b/i, anyOf: ['family-parenting'], unless: /\b(aging|ageing|elderly) parents\b/i },
  { words: /\b(addictions?|sober|sobriety|gambl\w*|alcohol\w*|drinking|drugs?|substances?|opioids?|overdose|smoking)\b/i, anyOf: ['addictions'] },
  { words: /\brecovery\b/i, anyOf: ['addictions'], unless: /\b(eating|stroke|surgery|injury)\b/i },
  { words: /\b(depression|anxiety|bipolar|mental health|ocd|hoarding|psychosis|hearing voices|schizophrenia|panic|mood|burnout)\b/i, anyOf: ['mental-health'] },
  { words: /\badhd\b/i, anyOf: ['mental-health', 'disability'] },
  { words: /\b(divorce\w*|separation|separated|loneliness|lonely|codependency|blended)\b/i, anyOf: ['relationships', 'family-parenting'] },
  { words: /\b(lgbt\w*|2slgbtq\w*|queer|trans|transgender|gay|lesbian|bisexual|rainbow|coming out)\b/i, anyOf: ['sexuality'] },
  { words: /\b(hiv|aids)\b/i, anyOf: ['hiv-aids'] },
  { words: /\b(seniors?|older adults?|retire\w*|ageing|aging)\b/i, anyOf: ['seniors'], unless: /\b(aging|ageing) parents\b/i },
  { words: /\b(newcomers?|immigrants?|refugees?|settlement)\b/i, anyOf: ['ethnocultural'] },
  { words: NAMED_LANGUAGE, anyOf: ['ethnocultural'] },
  { words: /\b(diabetes|heart|stroke|parkinson\w*|ms|multiple sclerosis|chronic pain|arthritis|lupus|fibromyalgia|kidney|crohn\w*|colitis|ostomy|epilepsy|covid|menopause)\b/i, anyOf: ['physical-health'] },
  { words: /\b(eating disorders?|eating|body image|body peace|binge|anorexia|bulimia)\b/i, anyOf: ['body-image'] },
  { words: /\b(abuse|violence|assault|incest)\b/i, anyOf: ['abuse'] },
  { words: /\b(jobs?|unemploy\w*|workers?|laid[- ]off|careers?|workplace|back to work)\b/i, anyOf: ['employment-related'] },
  { words: /\b(tenants?|housing|low income|low-income|poverty|homeless\w*|food)\b/i, anyOf: ['housing-poverty'] },
  { words: /\b(prison\w*|incarcerat\w*|victims of crime|justice|courts?)\b/i, anyOf: ['justice'] },
  { words: /\b(blind|low vision|deaf|hard of hearing|hearing loss|autism|autistic|brain injury|spinal cord|disabilit\w*|disabled|wheelchair)\b/i, anyOf: ['disability'] },
];
