// Name stems and wording for generated groups, per topic. Fictional groups,
// written to read like real listings.
import { ACCESSIBILITY_CODES, FILTER_LANGUAGES } from '../../lib/vocabulary/index.ts';
import { GENERAL_VENUES } from './directory/venues.ts';
export const NAME_STEMS: Record<string, string[]> = {
  abuse: ['Survivors Circle', 'Safe Harbour Peer Group', 'Healing Together', 'Adult Survivors Sharing Group'],
  addictions: ['Recovery Circle', 'Sober Living Peer Group', 'Families Facing Addiction', 'Gamblers Recovery Meeting', 'One Day at a Time Group'],
  bereavement: ['Grief Companions', 'Healing After Loss', 'Widowed Friends Circle', 'Bereaved Parents Group', 'Pet Loss Support'],
  'body-image': ['Eating Disorders Peer Support', 'Body Peace Circle', 'Families Supporting Recovery from Eating Disorders'],
  cancer: ['Cancer Survivors Network', 'Breast Cancer Peer Support', 'Prostate Cancer Talk', 'Living with Cancer Circle'],
  caregiving: ['Caregivers Coffee Circle', 'Dementia Caregivers Group', 'Caring for Aging Parents'],
  disability: ['Low Vision Peer Group', 'Hard of Hearing Association Meeting', 'Brain Injury Peer Circle', 'Parents of Children with Autism'],
  'employment-related': ['Job Seekers Support Circle', 'Injured Workers Group', 'Back to Work Peer Group'],
  ethnocultural: ['Newcomer Women’s Circle', 'Grupo de Apoyo Latino', 'Punjabi Seniors Sangat', 'Somali Parents Network', 'Cercle d’entraide francophone'],
  'family-parenting': ['New Moms Circle', 'Single Parents Network', 'Parents of Teens Group', 'Adoptive Families Circle', 'Grandparents Raising Grandchildren'],
  'hiv-aids': ['Positive Living Peer Group', 'HIV Peer Circle'],
  men: ['Men’s Circle', 'Dads Talking', 'Men Through Separation'],
  'mental-health': ['Depression and Bipolar Support', 'Anxiety Peer Circle', 'Hearing Voices Group', 'Families for Mental Health', 'OCD Peer Support', 'Hoarding Support Circle'],
  'physical-health': ['Chronic Pain Peer Group', 'Diabetes Circle', 'Heart Health Club', 'Parkinson’s Peer Support', 'MS Self-Help Group', 'Stroke Survivors Club'],
  relationships: ['Separation and Divorce Support', 'Rebuilding After Divorce', 'Loneliness to Connection Circle'],
  seniors: ['Seniors Friendship Circle', 'Memory Changes Peer Group', 'Retirement Transitions Circle'],
  sexuality: ['Rainbow Peer Circle', 'Trans Peer Support', 'Parents of 2SLGBTQIA+ Kids'],
  women: ['Women’s Wellness Circle', 'Menopause Matters', 'Women Moving Forward'],
  youth: ['Youth Peer Circle', 'Teen Anxiety Group', 'Young Adults Grief Circle', 'Student Wellness Peer Group'],
  'housing-poverty': ['Tenants Mutual Aid', 'Low Income Families Network', 'Community Food Circle'],
  justice: ['Families of Prisoners Circle', 'Victims of Crime Peer Support'],
  veterans: ['Veterans Coffee Group', 'First Responders Peer Circle', 'Military Families Circle'],
};

// What a stem's own words promise beyond its first topic: the topics its
// name announces and, for groups named for a language or culture, the
// languages it meets in. Without these a "Punjabi Seniors Sangat" could be
// tagged Somali, or a "Young Adults Grief Circle" miss Bereavement.
export const STEM_EXTRAS: Record<string, { topics?: string[]; languages?: string[] }> = {
  'Bereaved Parents Group': { topics: ['family-parenting'] },
  'Parents of Children with Autism': { topics: ['family-parenting'] },
  'Newcomer Women’s Circle': { topics: ['women'] },
  'Grupo de Apoyo Latino': { languages: ['es'] },
  'Punjabi Seniors Sangat': { topics: ['seniors'], languages: ['pa', 'en'] },
  'Somali Parents Network': { topics: ['family-parenting'], languages: ['so', 'en'] },
  'Cercle d’entraide francophone': { languages: ['fr'] },
  'Men Through Separation': { topics: ['relationships'] },
  'Menopause Matters': { topics: ['physical-health'] },
  'Young Adults Grief Circle': { topics: ['bereavement'] },
  'Teen Anxiety Group': { topics: ['mental-health'] },
  'Parents of 2SLGBTQIA+ Kids': { topics: ['family-parenting'] },
  'New Moms Circle': { topics: ['women'] },
};

/** How a listing names each language code in its text. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'French', es: 'Spanish', pa: 'Punjabi', zh: 'Mandarin', ar: 'Arabic', so: 'Somali', pt: 'Portuguese', tl: 'Tagalog', ur: 'Urdu',
};

// Second topics that naturally go with a first one.
export const COMPANION_TOPICS: Record<string, string[]> = {
  abuse: ['women', 'mental-health'],
  addictions: ['mental-health', 'family-parenting'],
  bereavement: ['family-parenting', 'seniors', 'youth'],
  'body-image': ['mental-health', 'youth', 'women'],
  cancer: ['physical-health', 'caregiving', 'women', 'men'],
  caregiving: ['seniors', 'family-parenting'],
  disability: ['physical-health', 'family-parenting'],
  'employment-related': ['mental-health', 'men'],
  ethnocultural: ['women', 'seniors', 'family-parenting'],
  'family-parenting': ['women', 'relationships'],
  'hiv-aids': ['sexuality', 'physical-health'],
  men: ['relationships', 'mental-health'],
  'mental-health': ['family-parenting', 'youth'],
  'physical-health': ['seniors', 'caregiving'],
  relationships: ['family-parenting', 'men', 'women'],
  seniors: ['caregiving', 'physical-health'],
  sexuality: ['youth', 'family-parenting'],
  women: ['mental-health', 'relationships'],
  youth: ['mental-health', 'family-parenting'],
  'housing-poverty': ['family-parenting'],
  justice: ['family-parenting', 'abuse'],
  veterans: ['mental-health', 'family-parenting'],
};

export const SUMMARY_OPENERS = [
  'A friendly, confidential group where people who understand meet to share and listen.',
  'Peer support from people who have been through it too.',
  'A welcoming place to talk, swap practical tips and feel less alone.',
  'Members meet to support one another, share resources and learn coping skills.',
  'Come as you are: newcomers are always welcome, and you never have to speak.',
];

export const DESCRIPTION_PARTS = [
  'Each meeting opens with the group’s guidelines, then members take turns to share how things have been.',
  'There is time for questions, book and resource swaps, and a short break with tea and coffee.',
  'What is said in the group stays in the group.',
  'New members are welcome at any meeting; you may call first if you would like to ask questions.',
  'Guest speakers visit a few times a year, chosen by the members.',
  'Members decide together how the group runs and what each meeting covers.',
];

/** The generated groups meet in rooms any kind of group could book. */
export const VENUES: readonly string[] = GENERAL_VENUES;

export const ACCESSIBILITY: readonly string[] = ACCESSIBILITY_CODES;

export const LANGUAGES: readonly string[] = FILTER_LANGUAGES;
