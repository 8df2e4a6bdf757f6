// The search vocabulary: what people type when they look for a group, in
// English and French, mapped to the directory's topics (prisma/seed/topics.ts).
// People searching are often in a hard moment and use their own words ("lost
// my husband", "my son uses drugs", "deuil"), not the topic names, so each
// concept gathers the ways of saying one thing.
//
// To add to it: when a search disappoints, add the words as typed to the
// concept they mean (or a new concept), lower case, accents as written. Add
// the plain form too when "my" starts it ("husband drinks" beside "my husband
// drinks"): "my" is dropped when it starts no phrase. Leave misspellings out;
// the matcher forgives a letter or two. phrases.test.ts checks the format,
// the counts per topic and that no wording points two ways.
//
// The matcher also corrects an unknown word to a listed one a letter away,
// so a short word alone is a risk: "weed" alone would catch "week", "pères"
// the French "près", "rage" both "rate" and "race"; such words appear only
// inside longer phrases. For the same reason some ordinary words sit in a
// phrase just to be known as themselves: "morning sickness" keeps "morning"
// from reading as "mourning", "side effects" keeps "side" from "sids",
// "math anxiety" keeps "math" from "meth", "aide à domicile" keeps the
// French "aide" from "aids".
import type { Concept } from './types.ts';

export const CONCEPTS: Concept[] = [
  // ── Addictions ───────────────────────────────────────────────────────────
  {
    about: 'drinking',
    topics: ['addictions'],
    terms: ['sober', 'sobriety', 'alcohol'],
    en: [
      'drinking', 'alcohol', 'alcoholic', 'alcoholics', 'alcoholism', 'alcohol addiction', 'addicted to alcohol', 'alcohol problem',
      'drinking problem', 'problem drinking', 'heavy drinking', 'binge drinking', 'alcohol use disorder', "can't stop drinking",
      'stop drinking', 'quit drinking', 'drink too much', 'drinking too much', 'booze', 'drunk', 'sober', 'sobriety',
      'staying sober', 'getting sober', 'sober living', 'sober curious', 'days sober', 'recovering alcoholic', 'alcohol dependency',
    ],
    fr: [
      'alcool', 'alcoolisme', 'alcoolique', 'problème d\'alcool', 'dépendance à l\'alcool', 'je bois trop', 'boire trop',
      'arrêter de boire', 'arrêter l\'alcool', 'sobre', 'sobriété',
    ],
  },
  {
    // Fellowships people know by name; many meet as peer groups in the directory.
    about: '12-step recovery',
    topics: ['addictions'],
    terms: ['recovery', 'sober', 'sobriety'],
    en: [
      'aa', 'alcoholics anonymous', 'aa meeting', 'aa meetings', '12-step', '12 steps', '12-step program', 'twelve-step',
      'twelve steps', 'smart recovery', 'celebrate recovery', 'lifering', 'refuge recovery', 'recovery dharma',
      'recovery meeting', 'recovery meetings', 'aa sponsor',
    ],
    fr: ['alcooliques anonymes', 'réunion aa', '12 étapes', 'douze étapes', 'programme en 12 étapes'],
  },
  {
    about: 'drug use',
    topics: ['addictions'],
    terms: ['drug', 'substances', 'recovery'],
    en: [
      'drugs', 'drug use', 'drug addiction', 'dependency', 'drug dependency', 'drug addict', 'drug problem', 'drug abuse', 'substance use', 'substance abuse',
      'substance use disorder', 'addiction', 'addictions', 'addicted', 'addict', 'addicts', 'addiction recovery', 'in recovery',
      'recovery from addiction', 'narcotics', 'narcotics anonymous', 'na', 'cocaine anonymous', 'crystal meth anonymous',
      'using drugs', 'doing drugs', 'on drugs', 'hooked on drugs', "can't stop using", 'getting clean', 'staying clean',
      'clean and sober', 'getting high', 'relapse', 'relapsed', 'detox', 'rehab', 'withdrawal', 'harm reduction', 'street drugs',
      'cocaine', 'crack', 'crack cocaine', 'coke addiction', 'meth', 'crystal meth', 'methamphetamine', 'ecstasy', 'mdma',
      'ketamine', 'cannabis', 'marijuana', 'smoking weed', 'smokes weed', 'weed addiction', 'addicted to weed', 'cannabis addiction', 'benzos',
      'benzodiazepines',
    ],
    fr: [
      'drogue', 'drogues', 'toxicomanie', 'toxicomane', 'dépendance', 'dépendances', 'consommation de drogues',
      'problème de consommation', 'je consomme', 'narcotiques anonymes', 'cocaïnomanes anonymes', 'désintox', 'désintoxication',
      'sevrage', 'réduction des méfaits', 'accro à la drogue',
    ],
  },
  {
    about: 'opioids',
    topics: ['addictions'],
    terms: ['opioid'],
    en: [
      'opioids', 'opioid', 'opiates', 'opioid addiction', 'opioid use', 'hooked on opioids', 'fentanyl', 'heroin', 'oxy',
      'oxycodone', 'oxycontin', 'percocet', 'hydromorphone', 'dilaudid', 'morphine', 'methadone', 'suboxone', 'buprenorphine',
      'pills', 'painkillers', 'pain pills', 'hooked on pills', 'addicted to painkillers', 'pill addiction', 'prescription drug abuse',
    ],
    fr: ['opioïdes', 'opiacés', 'héroïne', 'dépendance aux opioïdes', 'pilules', 'antidouleurs', 'médicaments antidouleur'],
  },
  {
    about: 'gambling',
    topics: ['addictions'],
    terms: ['gambling', 'gamblers'],
    en: [
      'gambling', 'gambler', 'gamblers', 'gambling problem', 'problem gambling', 'gambling addiction', 'compulsive gambling',
      'addicted to gambling', "can't stop gambling", 'stop gambling', 'gamblers anonymous', 'gambling debt', 'casino', 'slots',
      'slot machines', 'betting', 'sports betting', 'online gambling', 'online betting', 'poker',
    ],
    fr: [
      'jeu compulsif', 'jeu pathologique', 'jeu excessif', 'joueur compulsif', 'joueurs anonymes', 'dépendance au jeu',
      'problème de jeu', 'jeux de hasard', 'paris sportifs', 'machines à sous',
    ],
  },
  {
    // The directory's quit-smoking circle is in both topics.
    about: 'quitting smoking',
    topics: ['addictions', 'physical-health'],
    terms: ['smoking', 'quit'],
    en: [
      'quit smoking', 'stop smoking', 'quitting smoking', 'smoking', 'smoker', 'smokers', 'cigarettes', 'tobacco', 'nicotine',
      'nicotine addiction', 'vaping', 'vape', 'quit vaping',
    ],
    fr: ['arrêter de fumer', 'cesser de fumer', 'tabagisme', 'tabac', 'fumer', 'cigarette', 'vapotage'],
  },
  {
    about: 'addictive behaviours',
    topics: ['addictions'],
    terms: ['recovery'],
    en: [
      'sex addiction', 'porn addiction', 'sex addicts anonymous', 'sexaholics anonymous', 'shopping addiction',
      'compulsive shopping', 'gaming addiction', 'video game addiction', 'internet addiction', 'screen addiction',
      'debtors anonymous',
    ],
    fr: ['cyberdépendance', 'achats compulsifs', 'dépendance sexuelle', 'dépendance aux jeux vidéo'],
  },
  {
    // A relative's drinking: the families' groups sit in Addictions, and
    // Family/Parenting narrows to those for relatives.
    about: 'a family member’s drinking',
    topics: ['addictions', 'family-parenting'],
    terms: ['families', 'family', 'alcohol'],
    en: [
      'al-anon', 'alateen', 'adult children of alcoholics', 'acoa', 'my husband drinks', 'husband drinks', 'my wife drinks',
      'wife drinks', 'partner drinks', 'spouse drinks', 'boyfriend drinks', 'girlfriend drinks', 'my dad drinks', 'dad drinks',
      'father drinks', 'mom drinks', 'mother drinks', 'son drinks', 'daughter drinks', 'brother drinks', 'sister drinks', 'husband drinking', 'partner drinking',
      "husband's drinking", "partner's drinking", "parent's drinking", 'alcoholic husband', 'alcoholic wife', 'alcoholic partner',
      'alcoholic parent', 'alcoholic parents', 'alcoholic father', 'alcoholic mother', 'alcoholic dad', 'alcoholic mom',
      'husband is an alcoholic', 'wife is an alcoholic', 'partner is an alcoholic', 'boyfriend is an alcoholic',
      'dad is an alcoholic', 'mom is an alcoholic', 'father is an alcoholic', 'mother is an alcoholic', 'son is an alcoholic', 'living with an alcoholic', 'married to an alcoholic',
      'child of an alcoholic', 'family of alcoholics',
    ],
    fr: [
      'mon mari boit', 'ma femme boit', 'mon conjoint boit', 'ma conjointe boit', 'mon chum boit', 'ma blonde boit',
      'mon père boit', 'ma mère boit', 'mari alcoolique', 'conjoint alcoolique', 'parent alcoolique', 'père alcoolique',
      'mère alcoolique', 'proche alcoolique', 'enfants d\'alcooliques',
    ],
  },
  {
    about: 'a family member’s drug use',
    topics: ['addictions', 'family-parenting'],
    terms: ['families', 'parents', 'family'],
    en: [
      'nar-anon', 'families anonymous', 'my son uses drugs', 'son uses drugs', 'daughter uses drugs', 'child uses drugs',
      'son on drugs', 'daughter on drugs', 'child on drugs', 'kid on drugs', 'son is an addict', 'daughter is an addict', 'brother is an addict', 'sister is an addict', 'brother uses drugs',
      'sister uses drugs',
      'son is addicted', 'daughter is addicted', 'addicted son', 'addicted daughter', 'son using drugs', 'daughter using drugs',
      'teen using drugs', 'teen drug use', 'son smoking weed', 'son smokes weed', 'daughter smokes weed', 'husband uses drugs', 'husband on drugs', 'partner uses drugs',
      'wife uses drugs', 'parents of addicts', 'parent of an addict', 'family of an addict', 'loved one addicted',
      'loved one with addiction', 'family member addicted', 'family addiction',
    ],
    fr: [
      'mon fils consomme', 'ma fille consomme', 'mon fils se drogue', 'ma fille se drogue', 'fils toxicomane',
      'fille toxicomane', 'enfant toxicomane', 'proche toxicomane', 'conjoint toxicomane', 'mon conjoint consomme',
      'parents de toxicomanes', 'famille d\'un toxicomane', 'jeune qui consomme', 'fils prend de la drogue', 'fille prend de la drogue',
    ],
  },
  {
    about: 'a family member’s gambling',
    topics: ['addictions', 'family-parenting'],
    terms: ['gambling', 'families'],
    en: ['gam-anon', 'husband gambles', 'wife gambles', 'partner gambles', 'dad gambles', "husband's gambling", "partner's gambling"],
    fr: ['conjoint joueur', 'mari joueur compulsif', 'proche joueur compulsif'],
  },
  {
    // "overdose" alone is read as a crisis elsewhere; these are about a death.
    about: 'losing someone to an overdose',
    topics: ['bereavement', 'addictions'],
    terms: ['overdose'],
    en: [
      'grasp', 'overdose death', 'overdose loss', 'died of an overdose', 'died of overdose', 'lost someone to an overdose',
      'lost someone to overdose', 'lost my son to an overdose', 'lost my son to overdose', 'drug poisoning death',
    ],
    fr: ['deuil par surdose', 'décès par surdose', 'mort d\'une surdose', 'perdu un proche par surdose'],
  },
  {
    about: 'women in recovery',
    topics: ['addictions', 'women'],
    terms: ['women', 'sisters'],
    en: ['women in recovery', 'sober women', 'sober sisters', 'women for sobriety', 'women and alcohol', 'women alcoholics'],
    fr: ['femmes en rétablissement', 'femmes alcooliques', 'femmes et alcool'],
  },

  // ── Bereavement ──────────────────────────────────────────────────────────
  {
    about: 'grief',
    topics: ['bereavement'],
    terms: ['grief', 'bereavement'],
    en: [
      'grief', 'grieving', 'grief support', 'grief group', 'grief counselling', 'bereavement', 'bereaved', 'bereaved families',
      'mourning', 'passed away', 'passed on', 'someone died', 'lost someone', 'lost a loved one', 'loss of a loved one',
      'death of a loved one', 'death in the family', 'coping with loss', 'coping with death', 'dealing with grief',
      'dealing with loss', 'grief and loss', 'funeral', 'lost my best friend', 'friend died', 'death of a friend', 'griefshare',
      'complicated grief',
    ],
    fr: [
      'deuil', 'en deuil', 'groupe de deuil', 'faire son deuil', 'perte d\'un être cher', 'perte d\'un proche',
      'décès d\'un proche', 'mort d\'un proche', 'perdu un proche', 'décès', 'endeuillé', 'endeuillée', 'endeuillés',
      'chagrin', 'est décédé', 'est décédée',
    ],
  },
  {
    about: 'losing a partner',
    topics: ['bereavement'],
    terms: ['widowed', 'widow'],
    en: [
      'widow', 'widows', 'widowed', 'young widow', 'widowed young', 'lost my husband', 'lost my wife', 'lost my partner',
      'lost my spouse', 'husband died', 'wife died', 'my husband died', 'my wife died', 'partner died', 'spouse died',
      'husband passed away', 'wife passed away', 'husband passed', 'wife passed', 'death of a spouse', 'death of my husband',
      'death of my wife', 'loss of a spouse', 'husband is dead',
    ],
    fr: [
      'veuve', 'veuves', 'veuvage', 'perdu mon mari', 'j\'ai perdu mon mari', 'perdu ma femme', 'perdu mon conjoint',
      'perdu ma conjointe', 'mon mari est décédé', 'ma femme est décédée', 'décès du conjoint', 'deuil du conjoint', 'perte de mon mari', 'perte de ma femme', 'perte de mon conjoint',
    ],
  },
  {
    about: 'men who have lost a partner',
    topics: ['bereavement', 'men'],
    terms: ['widowed', 'men'],
    en: ['widower', 'widowers', 'widowed men', 'grieving men', "men's grief", 'men and grief'],
    fr: ['veuf', 'veufs', 'hommes en deuil'],
  },
  {
    // The bereaved parents' and pregnancy loss groups are in both topics.
    about: 'losing a child or a baby',
    topics: ['bereavement', 'family-parenting'],
    terms: ['bereaved', 'parents', 'infant', 'pregnancy'],
    en: [
      'lost my son', 'lost my daughter', 'lost my child', 'lost a child', 'loss of a child', 'death of a child', 'child died',
      'son died', 'daughter died', 'my son died', 'my daughter died', 'bereaved parents', 'bereaved parent',
      'compassionate friends', 'miscarriage', 'had a miscarriage', 'stillbirth', 'stillborn', 'baby was stillborn', 'pregnancy loss', 'infant loss',
      'baby died', 'lost my baby', 'lost a baby', 'lost the baby', 'losing a baby', 'sids',
    ],
    fr: [
      'perte d\'un enfant', 'décès d\'un enfant', 'mort d\'un enfant', 'deuil d\'un enfant', 'perdu mon enfant', 'perdu mon fils',
      'perdu ma fille', 'perdu mon bébé', 'parents endeuillés', 'deuil périnatal', 'fausse couche', 'mortinaissance',
    ],
  },
  {
    about: 'losing a family member',
    topics: ['bereavement'],
    terms: ['grief'],
    en: [
      'lost my mom', 'lost my mother', 'lost my dad', 'lost my father', 'lost my parents', 'lost a parent', 'mom died',
      'mother died', 'dad died', 'father died', 'my mom died', 'my dad died', 'mom passed away', 'dad passed away', 'mom passed', 'dad passed', 'mother passed', 'father passed',
      'death of a parent', 'death of my mother', 'death of my father', 'lost my brother', 'lost my sister', 'brother died',
      'sister died', 'sibling died', 'mom is dead', 'dad is dead', 'lost my grandmother', 'lost my grandfather',
      'lost my grandma', 'lost my grandpa', 'grandma died', 'grandpa died', 'grandmother died', 'grandfather died',
    ],
    fr: [
      'perdu ma mère', 'perdu mon père', 'décès de ma mère', 'décès de mon père', 'mort de ma mère', 'mort de mon père',
      'perte d\'un parent', 'perdu mon frère', 'perdu ma soeur', 'ma mère est décédée', 'mon père est décédé',
    ],
  },
  {
    // "suicide" alone is read as a crisis elsewhere; these are about a loss.
    about: 'losing someone to suicide',
    topics: ['bereavement', 'mental-health'],
    terms: ['suicide'],
    en: [
      'suicide loss', 'lost someone to suicide', 'loss to suicide', 'loss by suicide', 'died by suicide', 'death by suicide',
      'suicide bereavement', 'suicide grief', 'survivors of suicide loss', 'killed himself', 'killed herself',
      'took his own life', 'took her own life', 'took their own life',
    ],
    fr: ['deuil par suicide', 'endeuillés par suicide', 'perdu un proche par suicide', 's\'est suicidé', 's\'est suicidée'],
  },
  {
    about: 'losing a pet',
    topics: ['bereavement'],
    terms: ['pet'],
    en: ['pet loss', 'lost my pet', 'lost my dog', 'lost my cat', 'pet died', 'dog died', 'cat died', 'death of a pet', 'grieving a pet', 'pet bereavement'],
    fr: ['perte d\'un animal', 'deuil animalier', 'mon chien est mort', 'mon chat est mort'],
  },
  {
    about: 'grief for young people',
    topics: ['bereavement', 'youth'],
    terms: ['teen', 'young'],
    en: ['teen grief', 'grieving teen', 'grieving teens', 'young adult grief', 'grieving young adults', 'young people grieving'],
    fr: ['deuil chez les jeunes', 'ado en deuil', 'jeunes endeuillés'],
  },

  // ── Mental health ────────────────────────────────────────────────────────
  {
    about: 'mental health',
    topics: ['mental-health'],
    terms: [],
    en: [
      'mental health', 'mental illness', 'mental health issues', 'mental health problems', 'mentally ill', 'psychiatric',
      'nervous breakdown', 'mental breakdown', 'self-harm', 'self-injury', 'struggling mentally', 'emotional support', 'peer support worker',
      'emotions anonymous', 'cmha', 'borderline personality disorder', 'bpd', 'personality disorder', 'stress', 'stressed',
      'stressed out', 'overwhelmed',
    ],
    fr: [
      'santé mentale', 'maladie mentale', 'troubles mentaux', 'problèmes de santé mentale', 'détresse psychologique',
      'trouble de personnalité limite', 'tpl', 'acsm', 'stressé', 'stressée',
    ],
  },
  {
    about: 'depression',
    topics: ['mental-health'],
    terms: ['depression'],
    en: [
      'depression', 'depressed', 'feeling depressed', 'feeling down', 'feeling low', 'low mood', 'feel sad', 'sad all the time',
      'hopeless', 'feeling hopeless', 'no motivation', "can't get out of bed", 'seasonal depression', 'seasonal affective disorder',
      'clinical depression', 'major depression', 'dysthymia',
    ],
    fr: ['dépression', 'déprime', 'déprimé', 'déprimée', 'je suis déprimé', 'tristesse', 'humeur dépressive'],
  },
  {
    about: 'anxiety',
    topics: ['mental-health'],
    terms: ['anxiety', 'panic'],
    en: [
      'anxiety', 'anxious', 'panic', 'panic attack', 'panic attacks', 'panic disorder', 'social anxiety', 'generalized anxiety',
      'worry all the time', 'constant worry', 'nervous', 'phobia', 'phobias', 'agoraphobia', 'health anxiety',
    ],
    fr: ['anxiété', 'anxieux', 'anxieuse', 'angoisse', 'crise de panique', 'crises de panique', 'trouble panique', 'phobie sociale'],
  },
  {
    about: 'bipolar disorder',
    topics: ['mental-health'],
    terms: ['bipolar'],
    en: ['bipolar', 'bipolar disorder', 'manic depression', 'manic', 'mania', 'mood swings', 'mood disorder'],
    fr: ['bipolaire', 'trouble bipolaire', 'maniaco-dépression', 'trouble de l\'humeur'],
  },
  {
    about: 'psychosis and hearing voices',
    topics: ['mental-health'],
    terms: ['psychosis', 'voices'],
    en: [
      'psychosis', 'psychotic', 'schizophrenia', 'schizophrenic', 'schizoaffective', 'hearing voices', 'hear voices',
      'paranoia', 'delusions', 'hallucinations',
    ],
    fr: ['psychose', 'schizophrénie', 'schizophrène', 'entendre des voix', 'entendeurs de voix'],
  },
  {
    about: 'obsessive-compulsive disorder',
    topics: ['mental-health'],
    terms: ['ocd'],
    en: ['ocd', 'obsessive compulsive disorder', 'obsessive compulsive', 'intrusive thoughts', 'obsessive thoughts', 'compulsions'],
    fr: ['toc', 'trouble obsessionnel compulsif', 'pensées intrusives'],
  },
  {
    about: 'hoarding',
    topics: ['mental-health'],
    terms: ['hoarding'],
    en: ['hoarding', 'hoarder', 'compulsive hoarding', 'hoarding disorder', "can't throw things away", 'too much clutter'],
    fr: ['accumulation compulsive', 'trouble d\'accumulation', 'syllogomanie'],
  },
  {
    about: 'trauma and PTSD',
    topics: ['mental-health'],
    terms: ['trauma', 'ptsd'],
    en: [
      'ptsd', 'complex ptsd', 'cptsd', 'post traumatic stress', 'post-traumatic stress disorder', 'trauma', 'traumatized',
      'traumatic event', 'flashbacks',
    ],
    fr: ['tspt', 'stress post-traumatique', 'état de stress post-traumatique', 'traumatisme', 'traumatisé'],
  },
  {
    about: 'anger',
    topics: ['mental-health'],
    terms: ['anger'],
    en: ['anger', 'anger management', 'anger issues', 'angry all the time', 'temper', 'rage issues', 'road rage'],
    fr: ['colère', 'gestion de la colère'],
  },
  {
    // The ADHD group is listed under both topics.
    about: 'ADHD',
    topics: ['mental-health', 'disability'],
    terms: ['adhd'],
    en: ['adhd', 'adult adhd', 'attention deficit', 'attention deficit disorder'],
    fr: ['tdah', 'trouble du déficit de l\'attention'],
  },
  {
    // A parent asking about their child's ADHD wants parents' groups first.
    about: 'parenting a child with ADHD',
    topics: ['family-parenting', 'disability'],
    terms: ['parents', 'adhd'],
    en: [
      'kid has adhd', 'child has adhd', 'son has adhd', 'daughter has adhd', 'child with adhd', 'kid with adhd', 'adhd child',
      'adhd kids', 'parenting adhd', 'parents of adhd children', 'hyperactive child',
    ],
    fr: ['enfant tdah', 'enfant hyperactif', 'parents d\'enfants tdah'],
  },
  {
    about: 'a family member’s mental illness',
    topics: ['mental-health', 'family-parenting'],
    terms: ['families', 'family'],
    en: [
      'son has schizophrenia', 'son is bipolar', 'daughter is bipolar', 'son mental illness', 'daughter mental illness',
      'loved one with mental illness', 'family member with mental illness', 'families of the mentally ill', 'daughter is depressed',
      'son is depressed',
    ],
    fr: ['proche atteint de maladie mentale', 'mon fils est schizophrène', 'famille d\'une personne atteinte de maladie mentale'],
  },
  {
    // The postpartum circles are in Family/Parenting and Mental Health (and Women).
    about: 'new parents’ mental health',
    topics: ['family-parenting', 'mental-health'],
    terms: ['postpartum'],
    en: [
      'postpartum', 'post partum', 'postpartum depression', 'postpartum anxiety', 'ppd', 'baby blues', 'postnatal depression',
      'perinatal depression', 'depression after baby', 'depressed after baby', 'maternal mental health',
    ],
    fr: ['post-partum', 'dépression post-partum', 'dépression postnatale', 'déprime post-partum', 'santé mentale périnatale'],
  },

  // ── Family and parenting ─────────────────────────────────────────────────
  {
    about: 'new babies and new parents',
    topics: ['family-parenting'],
    terms: ['new', 'moms', 'baby'],
    en: [
      'baby', 'new baby', 'newborn', 'infant', 'new mom', 'new moms', 'new mother', 'new mothers', 'new mum', 'new dad',
      'new parent', 'new parents', 'first time mom', 'first time dad', 'first-time parents', 'having a baby', 'pregnant', 'pregnancy',
      'expecting a baby', 'morning sickness', 'bed rest', 'breastfeeding', 'la leche league', 'toddler', 'toddlers', 'stay-at-home mom', 'moms group',
      'mommy group', 'mothers group', 'playgroup',
    ],
    fr: [
      'bébé', 'nouveau bébé', 'nouveau-né', 'nouvelle maman', 'nouvelles mamans', 'jeune maman', 'nouveaux parents',
      'jeunes parents', 'grossesse', 'enceinte', 'allaitement', 'groupe de mamans', 'maman à la maison',
    ],
  },
  {
    about: 'parenting',
    topics: ['family-parenting'],
    terms: ['parents'],
    en: [
      'parenting', 'parent', 'parents', 'family', 'families', 'moms', 'mums', 'parenting help', 'parenting stress', 'parenting tips',
      'raising kids', 'raising children', 'family problems', 'family conflict', 'family issues', 'estranged', 'estranged son',
      'estranged daughter', 'estranged from my kids', 'difficult child', 'defiant child',
    ],
    fr: [
      'famille', 'parentalité', 'être parent', 'éducation des enfants', 'parents épuisés', 'épuisement parental',
      'conflits familiaux', 'problèmes familiaux',
    ],
  },
  {
    about: 'parenting teenagers',
    topics: ['family-parenting'],
    terms: ['teens', 'teenagers'],
    en: [
      'parents of teens', 'parenting teens', 'parenting a teenager', 'my teenager', 'teen son', 'teen daughter',
      'out of control teen', 'teenager out of control', 'defiant teen', 'rebellious teen', "teen won't listen",
    ],
    fr: ['parents d\'ados', 'parents d\'adolescents', 'mon ado', 'adolescent difficile', 'ado difficile'],
  },
  {
    about: 'single parents',
    topics: ['family-parenting'],
    terms: ['single'],
    en: ['single parent', 'single parents', 'single mom', 'single mother', 'single mum', 'solo parent', 'raising kids alone', 'lone parent'],
    fr: ['parent seul', 'mère seule', 'famille monoparentale', 'mère monoparentale', 'parent monoparental'],
  },
  {
    about: 'adoption and foster care',
    topics: ['family-parenting'],
    terms: ['adoptive', 'foster'],
    en: [
      'adoption', 'adopted', 'adoptive parents', 'adoptive families', 'adopted child', 'adoptee', 'foster parent', 'foster parents',
      'foster care', 'fostering', 'foster family', 'kinship care',
    ],
    fr: ['parents adoptifs', 'enfant adopté', 'famille d\'accueil', 'familles d\'accueil', 'adopté'],
  },
  {
    about: 'grandparents raising grandchildren',
    topics: ['family-parenting', 'seniors'],
    terms: ['grandparents', 'grandchildren'],
    en: [
      'grandparents', 'grandparent', 'grandparents raising grandchildren', 'raising grandchildren', 'raising my grandchildren',
      'raising grandkids',
    ],
    fr: ['grands-parents', 'grand-parent', 'grand-mère', 'grand-père', 'petits-enfants', 'élever ses petits-enfants'],
  },
  {
    about: 'twins and multiples',
    topics: ['family-parenting'],
    terms: ['twins', 'multiples'],
    en: ['twins', 'triplets', 'multiples', 'parents of twins'],
    fr: ['jumeaux', 'jumelles', 'triplés'],
  },
  {
    about: 'dads',
    topics: ['family-parenting', 'men'],
    terms: ['dads', 'fathers'],
    en: [
      'dads', 'dad group', 'dads group', 'fathers', 'fatherhood', 'being a dad', 'stay-at-home dad', 'single dad',
      'single father', 'stepdad',
    ],
    fr: ['papas', 'groupe de pères', 'paternité', 'groupe de papas', 'père monoparental', 'père seul'],
  },
  {
    about: 'children and separation',
    topics: ['family-parenting', 'relationships'],
    terms: ['parents', 'separation'],
    en: [
      'co-parenting', 'custody', 'child custody', 'shared custody', 'custody battle', 'kids and divorce', 'children of divorce',
      'divorced parents', 'separated parents', 'parents divorcing', 'parents are divorcing', 'parents divorced', 'parental alienation',
    ],
    fr: ['garde partagée', 'garde des enfants', 'coparentalité', 'parents séparés', 'enfants du divorce', 'aliénation parentale'],
  },
  {
    about: 'low-income families',
    topics: ['housing-poverty', 'family-parenting'],
    terms: ['families', 'income'],
    en: ['low income families', 'low income family', 'struggling families', "can't afford kids"],
    fr: ['familles à faible revenu', 'famille à faible revenu', 'familles défavorisées'],
  },

  // ── Caregiving ───────────────────────────────────────────────────────────
  {
    about: 'caring for someone',
    topics: ['caregiving'],
    terms: ['caregivers', 'caregiver', 'carers'],
    en: [
      'caregiver', 'caregivers', 'caregiving', 'care giver', 'carer', 'carers', 'family caregiver', 'family caregivers',
      'caregiver burnout', 'caregiver stress', 'caregiver support', 'exhausted caregiver', 'care partner', 'respite',
      'respite care', 'caring for a family member', 'caring for someone', 'looking after someone', 'caring for my husband',
      'caring for my wife', 'caring for my spouse', 'taking care of my husband', 'taking care of my wife', 'home care',
    ],
    fr: [
      'proche aidant', 'proche aidante', 'proches aidants', 'aidant', 'aidante', 'aidants', 'aidant naturel', 'aidante naturelle',
      'aidants naturels', 'épuisement des aidants', 'répit', 'prendre soin d\'un proche', 's\'occuper d\'un proche',
      'aide à domicile',
    ],
  },
  {
    about: 'caring for ageing parents',
    topics: ['caregiving'],
    terms: ['aging', 'ageing', 'parents'],
    en: [
      'aging parents', 'ageing parents', 'aging parent', 'elderly parent', 'elderly parents', 'caring for my mother',
      'caring for my father', 'caring for my mom', 'caring for my dad', 'caring for mom', 'caring for dad',
      'looking after my mom', 'looking after my mother', 'looking after my dad', 'looking after my father', 'looking after parent',
      'taking care of my mom', 'taking care of my mother', 'taking care of my dad', 'taking care of my father',
      'taking care of my parents',
      'elder care', 'eldercare', 'long term care', 'nursing home', 'sandwich generation',
    ],
    fr: [
      'parents vieillissants', 'parent âgé', 'parents âgés', 'prendre soin de ma mère', 'prendre soin de mon père',
      's\'occuper de ses parents', 'soins de longue durée', 'foyer de soins', 'génération sandwich', 'chsld',
    ],
  },
  {
    // Most people searching these are family carers, so Caregiving leads.
    about: 'dementia',
    topics: ['caregiving', 'seniors'],
    terms: ['dementia', 'memory'],
    en: [
      'dementia', 'alzheimers', "alzheimer's", 'alzheimer', "alzheimer's disease", 'alzheimer society', 'early onset dementia',
      'lewy body dementia', 'frontotemporal dementia', 'vascular dementia', 'dementia care', 'dementia caregiver',
      'mom has dementia', 'dad has dementia', 'mother has dementia', 'father has dementia', 'husband has dementia',
      'wife has dementia', 'parent with dementia', 'parent has dementia', 'husband with dementia',
    ],
    fr: [
      'démence', 'maladie d\'alzheimer', 'l\'alzheimer', 'société alzheimer', 'trouble neurocognitif', 'troubles neurocognitifs',
      'ma mère a l\'alzheimer', 'mon père a l\'alzheimer', 'aidant alzheimer',
    ],
  },
  {
    about: 'caring after a stroke',
    topics: ['caregiving', 'physical-health'],
    terms: ['stroke'],
    en: [
      'stroke caregiver', 'stroke caregivers', 'caring for a stroke survivor', 'husband had a stroke', 'wife had a stroke',
      'mom had a stroke', 'dad had a stroke', 'spouse had a stroke',
    ],
    fr: ['conjoint a fait un avc', 'aidant avc'],
  },
  {
    about: 'caring at the end of life',
    topics: ['caregiving', 'bereavement'],
    terms: ['hospice', 'palliative'],
    en: [
      'palliative', 'palliative care', 'end of life', 'end-of-life care', 'dying', 'terminally ill', 'terminal illness',
      'hospice', 'anticipatory grief', 'mom is dying', 'dad is dying', 'husband is dying', 'wife is dying',
    ],
    fr: ['soins palliatifs', 'fin de vie', 'maladie terminale', 'mourant', 'deuil anticipé'],
  },
  {
    about: 'young carers',
    topics: ['caregiving', 'youth'],
    terms: ['young', 'carers'],
    en: ['young carer', 'young carers', 'young caregiver', 'young caregivers', 'teen caregiver'],
    fr: ['jeune aidant', 'jeunes aidants', 'jeune proche aidant'],
  },

  // ── Seniors ──────────────────────────────────────────────────────────────
  {
    about: 'older adults',
    topics: ['seniors'],
    terms: ['seniors', 'older'],
    en: [
      'seniors', 'senior', 'senior citizens', 'older adults', 'older adult', 'older people', 'elderly', 'aging', 'ageing',
      'healthy aging', 'healthy ageing', 'old age', 'over 55', 'over 60', 'over 65', '55 plus', 'lonely seniors',
      'isolated seniors', 'seniors centre',
    ],
    fr: [
      'aînés', 'aîné', 'aînées', 'personnes âgées', 'personne âgée', 'âge d\'or', 'club de l\'âge d\'or', 'troisième âge',
      'vieillissement', 'vieillir',
    ],
  },
  {
    about: 'retirement',
    topics: ['seniors'],
    terms: ['retirement'],
    en: ['retirement', 'retired', 'retiree', 'retirees', 'recently retired', 'newly retired', 'retiring', 'life after work'],
    fr: ['retraite', 'retraité', 'retraitée', 'retraités', 'préretraite', 'prise de retraite'],
  },
  {
    // Someone worried about their own memory: the memory changes groups are in Seniors.
    about: 'memory changes',
    topics: ['seniors'],
    terms: ['memory'],
    en: [
      'memory loss', 'memory problems', 'memory changes', 'memory is slipping', 'memory slipping', 'losing my memory',
      'forgetting things', 'forgetful', 'mild cognitive impairment', 'cognitive decline',
    ],
    fr: ['perte de mémoire', 'pertes de mémoire', 'troubles de mémoire', 'troubles cognitifs', 'je perds la mémoire'],
  },

  // ── Abuse ────────────────────────────────────────────────────────────────
  {
    about: 'abuse',
    topics: ['abuse'],
    terms: ['abuse', 'survivors'],
    en: [
      'abuse', 'abused', 'abuse survivor', 'abuse survivors', 'survivor of abuse', 'violence', 'domestic violence',
      'domestic abuse', 'family violence', 'abusive relationship', 'abusive partner', 'abusive husband', 'abusive boyfriend',
      'intimate partner violence', 'intimate partner abuse', 'partner abuse', 'spousal abuse', 'emotional abuse', 'verbal abuse',
      'psychological abuse', 'physical abuse', 'financial abuse', 'narcissistic abuse', 'coercive control', 'controlling partner',
      'afraid of my partner', 'husband hits me', 'boyfriend hits me', 'partner hits me', 'left an abusive relationship',
      'leaving an abusive relationship',
    ],
    fr: [
      'violence conjugale', 'violence familiale', 'relation abusive', 'conjoint violent', 'chum violent', 'mari violent',
      'violence psychologique', 'violence verbale', 'contrôle coercitif', 'mon mari me frappe', 'victime de violence conjugale',
      'maltraitance',
    ],
  },
  {
    about: 'sexual abuse and childhood abuse',
    topics: ['abuse'],
    terms: ['survivors', 'abuse'],
    en: [
      'sexual abuse', 'sexual assault', 'sexual violence', 'rape', 'raped', 'rape survivor', 'assault', 'assaulted', 'incest',
      'molested', 'childhood abuse', 'child abuse', 'abused as a child', 'childhood sexual abuse', 'adult survivors',
      'survivors of sexual abuse', 'childhood trauma', 'human trafficking', 'sex trafficking',
    ],
    fr: [
      'agression sexuelle', 'agressions sexuelles', 'abus sexuel', 'abus sexuels', 'violence sexuelle', 'inceste',
      'abusé dans l\'enfance', 'victime d\'agression sexuelle', 'traite de personnes',
    ],
  },
  {
    about: 'bullying',
    topics: ['abuse'],
    terms: [],
    en: ['bullying', 'bullied', 'being bullied', 'cyberbullying', 'bully'],
    fr: ['intimidation', 'intimidé', 'cyberintimidation'],
  },
  {
    about: 'abuse of older adults',
    topics: ['abuse', 'seniors'],
    terms: [],
    en: ['elder abuse', 'abuse of older adults', 'senior abuse'],
    fr: ['maltraitance des aînés', 'abus envers les aînés'],
  },
  {
    about: 'women leaving violence',
    topics: ['abuse', 'women'],
    terms: ['women'],
    en: [
      'abused women', 'battered women', 'women leaving abuse', 'women fleeing violence', 'violence against women',
      'women survivors of abuse', 'woman abuse', "women's shelter",
    ],
    fr: ['femmes violentées', 'violence faite aux femmes', 'femmes victimes de violence', 'maison d\'hébergement'],
  },
  {
    about: 'men who have been abused',
    topics: ['abuse', 'men'],
    terms: ['men'],
    en: ['male survivors', 'male survivors of abuse', 'abused men', 'men abused as boys', 'men who were abused'],
    fr: ['hommes victimes de violence', 'hommes agressés'],
  },

  // ── Body image ───────────────────────────────────────────────────────────
  {
    about: 'eating disorders',
    topics: ['body-image'],
    terms: ['eating', 'disorder'],
    en: [
      'eating disorder', 'eating disorders', 'anorexia', 'anorexic', 'bulimia', 'bulimic', 'binge eating', 'binge eating disorder',
      'binge eat', 'bingeing', 'purging', 'arfid', 'orthorexia', 'stopped eating', 'not eating', 'ed recovery',
    ],
    fr: [
      'trouble alimentaire', 'troubles alimentaires', 'troubles des conduites alimentaires', 'tca', 'anorexie', 'anorexique',
      'boulimie', 'boulimique', 'hyperphagie', 'hyperphagie boulimique',
    ],
  },
  {
    about: 'body image and weight',
    topics: ['body-image'],
    terms: ['body'],
    en: [
      'body image', 'hate my body', 'body positivity', 'body acceptance', 'body shaming', 'fat shaming', 'weight', 'weight loss',
      'losing weight', 'overweight', 'obesity', 'obese', 'weight stigma', 'diet culture', 'dieting', 'yo-yo dieting',
      'self image',
    ],
    fr: ['image corporelle', 'image de soi', 'poids', 'perte de poids', 'surpoids', 'obésité', 'grossophobie'],
  },
  {
    // Overeaters Anonymous is a 12-step fellowship, so Addictions groups may suit too.
    about: 'overeating',
    topics: ['body-image', 'addictions'],
    terms: ['eating', 'binge'],
    en: ['overeating', 'compulsive overeating', 'emotional eating', 'food addiction', 'overeaters anonymous', 'oa', 'food addicts anonymous'],
    fr: ['outremangeurs anonymes', 'alimentation émotionnelle', 'dépendance à la nourriture'],
  },
  {
    about: 'a family member’s eating disorder',
    topics: ['body-image', 'family-parenting'],
    terms: ['families', 'eating'],
    en: [
      'daughter has anorexia', 'daughter stopped eating', 'son stopped eating', 'child eating disorder', 'daughter eating disorder',
      'parents of eating disorder', 'eating disorder families',
    ],
    fr: ['ma fille est anorexique', 'enfant anorexique', 'parents d\'enfant anorexique'],
  },

  // ── Cancer ───────────────────────────────────────────────────────────────
  {
    about: 'cancer',
    topics: ['cancer'],
    terms: ['cancer'],
    en: [
      'cancer', 'cancer survivor', 'cancer survivors', 'living with cancer', 'diagnosed with cancer', 'cancer diagnosis',
      'cancer patient', 'cancer treatment', 'side effects', 'chemo', 'chemotherapy', 'radiation', 'radiation therapy', 'oncology', 'tumour',
      'tumor', 'brain tumour', 'metastatic', 'stage 4', 'remission', 'lung cancer', 'skin cancer', 'melanoma',
      'pancreatic cancer', 'thyroid cancer', 'bladder cancer', 'wellspring', "gilda's club",
    ],
    fr: [
      'atteint du cancer', 'atteinte d\'un cancer', 'survivant du cancer', 'vivre avec le cancer', 'chimio', 'chimiothérapie',
      'radiothérapie', 'oncologie', 'tumeur', 'cancer du poumon',
    ],
  },
  {
    about: 'breast cancer',
    topics: ['cancer', 'women'],
    terms: ['breast'],
    en: ['breast cancer', 'mastectomy', 'double mastectomy', 'brca', 'breast reconstruction'],
    fr: ['cancer du sein', 'mastectomie'],
  },
  {
    about: 'gynecological cancers',
    topics: ['cancer', 'women'],
    terms: ['ovarian', 'cervical'],
    en: ['ovarian cancer', 'cervical cancer', 'uterine cancer', 'endometrial cancer', 'gynecologic cancer'],
    fr: ['cancer de l\'ovaire', 'cancer du col de l\'utérus', 'cancer de l\'utérus'],
  },
  {
    about: 'prostate and testicular cancer',
    topics: ['cancer', 'men'],
    terms: ['prostate'],
    en: ['prostate cancer', 'prostate', 'testicular cancer'],
    fr: ['cancer de la prostate', 'cancer des testicules'],
  },
  {
    about: 'blood cancers',
    topics: ['cancer'],
    terms: ['leukemia', 'lymphoma'],
    en: ['leukemia', 'leukaemia', 'lymphoma', 'myeloma', 'multiple myeloma', 'blood cancer', "hodgkin's lymphoma"],
    fr: ['leucémie', 'lymphome', 'myélome'],
  },
  {
    // The ostomy group is in Cancer and Physical Health.
    about: 'colorectal cancer and ostomy',
    topics: ['cancer', 'physical-health'],
    terms: ['ostomy', 'colorectal'],
    en: ['ostomy', 'colostomy', 'ileostomy', 'stoma', 'colon cancer', 'colorectal cancer', 'bowel cancer'],
    fr: ['stomie', 'cancer colorectal', 'cancer du côlon'],
  },
  {
    about: 'caring for someone with cancer',
    topics: ['cancer', 'caregiving'],
    terms: ['caregivers'],
    en: [
      'cancer caregiver', 'caring for someone with cancer', 'husband has cancer', 'wife has cancer', 'partner has cancer',
      'mom has cancer', 'dad has cancer', 'mother has cancer', 'father has cancer', 'spouse with cancer', 'parent with cancer',
    ],
    fr: ['proche atteint de cancer', 'conjoint atteint de cancer', 'mon mari a le cancer', 'ma mère a le cancer', 'aidant cancer'],
  },
  {
    about: 'children with cancer',
    topics: ['cancer', 'family-parenting'],
    terms: ['children', 'parents'],
    en: ['child with cancer', 'child has cancer', 'son has cancer', 'daughter has cancer', 'childhood cancer', 'pediatric cancer'],
    fr: ['enfant atteint de cancer', 'cancer pédiatrique', 'cancer chez l\'enfant'],
  },
  {
    about: 'young adults with cancer',
    topics: ['cancer', 'youth'],
    terms: ['young'],
    en: ['young adult cancer', 'young adults with cancer', 'teen with cancer', 'cancer in my twenties'],
    fr: ['jeunes adultes atteints de cancer', 'jeune adulte atteint de cancer'],
  },

  // ── Disability ───────────────────────────────────────────────────────────
  {
    about: 'disability',
    topics: ['disability'],
    terms: [],
    en: [
      'disability', 'disabilities', 'disabled', 'handicapped', 'living with a disability', 'physical disability',
      'invisible disability', 'developmental disability', 'intellectual disability', 'learning disability',
      'learning disabilities', 'down syndrome', 'cerebral palsy', 'dyslexia', 'fasd', 'fetal alcohol',
    ],
    fr: [
      'handicap', 'handicapé', 'handicapée', 'personne handicapée', 'personnes handicapées', 'situation de handicap',
      'limitations fonctionnelles', 'déficience intellectuelle', 'trouble d\'apprentissage', 'troubles d\'apprentissage',
      'dyslexie', 'trisomie 21', 'paralysie cérébrale', 'etcaf',
    ],
  },
  {
    // Someone using a wheelchair needs a meeting place they can get into.
    about: 'wheelchair users',
    topics: ['disability'],
    terms: ['wheelchair', 'spinal', 'mobility'],
    access: ['wheelchair'],
    en: [
      'wheelchair', 'wheelchair user', 'wheelchair users', 'in a wheelchair', 'uses a wheelchair', 'power wheelchair',
      'mobility device', 'mobility issues', 'amputee', 'paraplegic', 'quadriplegic', 'paralyzed', 'paralysed',
    ],
    fr: ['fauteuil roulant', 'en fauteuil roulant', 'personne en fauteuil', 'mobilité réduite', 'paraplégique', 'tétraplégique'],
  },
  {
    about: 'spinal cord injury',
    topics: ['disability', 'physical-health'],
    terms: ['spinal'],
    en: ['spinal cord injury', 'spinal cord', 'spinal injury'],
    fr: ['blessure médullaire', 'lésion de la moelle épinière'],
  },
  {
    about: 'blindness and low vision',
    topics: ['disability'],
    terms: ['vision', 'blind'],
    en: [
      'blind', 'blindness', 'low vision', 'vision loss', 'sight loss', 'losing my sight', 'lost my sight', 'losing my vision', 'visually impaired',
      'macular degeneration', 'glaucoma', 'cnib',
    ],
    fr: ['aveugle', 'malvoyant', 'malvoyante', 'malvoyants', 'basse vision', 'perte de vision', 'déficience visuelle', 'dégénérescence maculaire'],
  },
  {
    // Deaf people often look for sign language interpretation.
    about: 'deaf people and sign language',
    topics: ['disability'],
    terms: ['deaf', 'hearing'],
    access: ['asl'],
    en: ['deaf', 'asl', 'sign language', 'american sign language', 'deaf community'],
    fr: ['sourd', 'sourde', 'sourds', 'langue des signes', 'lsq'],
  },
  {
    about: 'hearing loss',
    topics: ['disability'],
    terms: ['hearing'],
    access: ['hearing-loop'],
    en: [
      'hard of hearing', 'hearing loss', 'hearing impaired', 'hearing problems', 'losing my hearing', 'lost my hearing', 'hearing aid', 'hearing aids', 'hearing loop',
      'cochlear implant', 'tinnitus',
    ],
    fr: ['malentendant', 'malentendante', 'malentendants', 'perte auditive', 'déficience auditive', 'appareil auditif', 'acouphènes'],
  },
  {
    about: 'brain injury',
    topics: ['disability'],
    terms: ['brain', 'injury'],
    en: [
      'brain injury', 'acquired brain injury', 'traumatic brain injury', 'abi', 'tbi', 'concussion', 'head injury',
      'post concussion syndrome',
    ],
    fr: ['lésion cérébrale', 'traumatisme crânien', 'traumatisme craniocérébral', 'tcc', 'commotion cérébrale'],
  },
  {
    about: 'autism',
    topics: ['disability'],
    terms: ['autism'],
    en: ['autism', 'autistic', 'asd', 'autism spectrum', 'on the spectrum', "asperger's", 'autistic adults'],
    fr: ['autisme', 'autiste', 'trouble du spectre de l\'autisme', 'tsa'],
  },
  {
    // Parents searching for their child: the parents' groups are in both topics.
    about: 'children with disabilities',
    topics: ['disability', 'family-parenting'],
    terms: ['autism', 'children', 'parents'],
    en: [
      'son has autism', 'daughter has autism', 'child has autism', 'child with autism', 'autistic child', 'autistic son',
      'autistic daughter', 'parents of autistic children', 'special needs', 'special needs child', 'special needs kids',
      'child with a disability', 'disabled child', 'complex needs', 'medically complex child',
      'parents of children with disabilities',
    ],
    fr: [
      'enfant autiste', 'mon fils est autiste', 'ma fille est autiste', 'enfant handicapé', 'besoins particuliers',
      'enfant à besoins particuliers', 'besoins spéciaux',
    ],
  },

  // ── Employment ───────────────────────────────────────────────────────────
  {
    about: 'losing a job',
    topics: ['employment-related'],
    terms: ['job', 'laid', 'seekers'],
    en: [
      'employment', 'lost my job', 'job loss', 'laid off', 'got laid off', 'layoff', 'layoffs', 'fired', 'got fired',
      'unemployed', 'unemployment', 'out of work', 'looking for work', 'looking for a job', 'job search', 'job hunting',
      'job seekers', "can't find a job", 'jobless', 'between jobs', 'career change', 'employment insurance',
    ],
    fr: [
      'emploi', 'perte d\'emploi', 'perdu mon emploi', 'chômage', 'chômeur', 'chômeuse', 'sans emploi', 'mis à pied',
      'mise à pied', 'licencié', 'licenciement', 'congédié', 'recherche d\'emploi', 'assurance-emploi',
    ],
  },
  {
    // The burnout circle is in Employment Related and Mental Health.
    about: 'work stress and burnout',
    topics: ['employment-related', 'mental-health'],
    terms: ['burnout'],
    en: [
      'burnout', 'burned out', 'burnt out', 'work stress', 'workplace stress', 'stress at work', 'job stress', 'toxic workplace',
      'workplace bullying', 'harassment at work', 'workplace harassment', 'stress leave', 'sick leave', 'on leave from work',
    ],
    fr: [
      'épuisement professionnel', 'burn-out', 'stress au travail', 'congé de maladie', 'harcèlement au travail',
      'harcèlement psychologique',
    ],
  },
  {
    about: 'injured workers and returning to work',
    topics: ['employment-related'],
    terms: ['injured', 'workers', 'work'],
    en: [
      'injured worker', 'injured workers', 'injured at work', 'hurt at work', 'workplace injury', 'wsib', 'workers compensation',
      'workers comp', 'return to work', 'returning to work', 'back to work',
    ],
    fr: ['accident de travail', 'accidenté du travail', 'lésion professionnelle', 'retour au travail', 'cspaat', 'cnesst'],
  },

  // ── Ethnocultural ────────────────────────────────────────────────────────
  {
    about: 'newcomers to Canada',
    topics: ['ethnocultural'],
    terms: ['newcomer', 'newcomers', 'refugee'],
    en: [
      'newcomer', 'newcomers', 'new to canada', 'new in canada', 'immigrant', 'immigrants', 'immigration', 'new immigrant',
      'recent immigrant', 'refugee', 'refugees', 'asylum seeker', 'refugee claimant', 'settlement', 'settling in canada',
      'culture shock', 'ethnocultural', 'cultural community', 'in my language', 'racism', 'discrimination', 'visible minority',
    ],
    fr: [
      'nouveaux arrivants', 'nouvel arrivant', 'nouvelle arrivante', 'nouvelles arrivantes', 'immigrante', 'immigrants récents',
      'réfugié', 'réfugiés', 'réfugiée', 'demandeur d\'asile', 'communauté culturelle', 'racisme',
    ],
  },
  {
    about: 'Indigenous communities',
    topics: ['ethnocultural'],
    terms: ['indigenous'],
    en: ['indigenous', 'first nations', 'métis', 'inuit', 'aboriginal', 'residential school'],
    fr: ['autochtone', 'autochtones', 'premières nations', 'pensionnats autochtones'],
  },
  {
    about: 'newcomer women',
    topics: ['ethnocultural', 'women'],
    terms: ['women', 'newcomer'],
    en: ['newcomer women', 'immigrant women', 'refugee women'],
    fr: ['femmes immigrantes', 'femmes nouvellement arrivées', 'femmes réfugiées'],
  },
  {
    about: 'young newcomers',
    topics: ['ethnocultural', 'youth'],
    terms: ['newcomer', 'youth'],
    en: ['newcomer youth', 'immigrant youth', 'refugee youth', 'international student', 'international students'],
    fr: ['jeunes immigrants', 'jeunes nouveaux arrivants', 'étudiants étrangers'],
  },

  // ── HIV/AIDS ─────────────────────────────────────────────────────────────
  {
    about: 'HIV',
    topics: ['hiv-aids'],
    terms: ['hiv'],
    en: [
      'hiv', 'aids', 'hiv aids', 'hiv positive', 'living with hiv', 'living with aids', 'newly diagnosed hiv', 'hiv diagnosis',
      'poz', 'undetectable', 'partner has hiv', 'partner is hiv positive',
    ],
    fr: ['vih', 'sida', 'vih sida', 'séropositif', 'séropositive', 'séropositivité', 'vivre avec le vih', 'vivre avec le sida', 'personnes séropositives'],
  },

  // ── Men ──────────────────────────────────────────────────────────────────
  {
    about: 'men',
    topics: ['men'],
    terms: ['men'],
    en: [
      'men', "men's group", "men's groups", "men's circle", "men's shed", 'men only', 'guys group', 'place for guys',
      'guys to talk to', 'male', 'masculinity', 'being a man', 'brotherhood',
    ],
    fr: ['hommes', 'groupe d\'hommes', 'groupe pour hommes', 'entre hommes', 'masculinité', 'santé des hommes'],
  },
  {
    about: 'men’s mental health',
    topics: ['men', 'mental-health'],
    terms: ['men'],
    en: ["men's mental health", 'depressed men', 'men and depression', "men's depression", "men's stress"],
    fr: ['santé mentale des hommes', 'hommes et dépression'],
  },
  {
    about: 'men going through separation',
    topics: ['men', 'relationships'],
    terms: ['men', 'separation'],
    en: ['divorced dad', 'divorced dads', 'divorced men', 'separated dad', 'separated men', 'men going through divorce', 'dad after divorce'],
    fr: ['père divorcé', 'pères séparés', 'hommes séparés', 'hommes divorcés'],
  },

  // ── Physical health ──────────────────────────────────────────────────────
  {
    about: 'long-term health conditions',
    topics: ['physical-health'],
    terms: ['chronic', 'pain'],
    en: [
      'physical health', 'chronic pain', 'chronic illness', 'chronic disease', 'chronic condition', 'living with pain',
      'constant pain', 'pain that never goes away', 'back pain', 'invisible illness', 'long term illness', 'chronic fatigue',
      'chronic fatigue syndrome', 'myalgic encephalomyelitis', 'migraine', 'migraines', 'copd', 'emphysema', 'lung disease',
      'asthma', 'pulmonary fibrosis',
    ],
    fr: [
      'santé physique', 'douleur chronique', 'douleurs chroniques', 'maladie chronique', 'maladies chroniques',
      'fatigue chronique', 'mpoc', 'emphysème', 'maladie pulmonaire', 'asthme',
    ],
  },
  {
    about: 'diabetes',
    topics: ['physical-health'],
    terms: ['diabetes'],
    en: ['diabetes', 'diabetic', 'type 1 diabetes', 'type 2 diabetes', 'prediabetes', 'blood sugar', 'insulin'],
    fr: ['diabète', 'diabétique', 'diabète de type 2', 'glycémie'],
  },
  {
    about: 'heart health',
    topics: ['physical-health'],
    terms: ['heart'],
    en: [
      'heart disease', 'heart attack', 'had a heart attack', 'heart failure', 'heart surgery', 'bypass surgery', 'heart condition',
      'heart problems', 'cardiac', 'cardiac rehab', 'high blood pressure', 'hypertension', 'pacemaker',
    ],
    fr: ['maladie cardiaque', 'crise cardiaque', 'insuffisance cardiaque', 'problèmes cardiaques', 'infarctus', 'cardiaque'],
  },
  {
    about: 'stroke',
    topics: ['physical-health'],
    terms: ['stroke'],
    en: ['stroke', 'stroke survivor', 'stroke survivors', 'had a stroke', 'after a stroke', 'stroke rehab', 'aphasia'],
    fr: ['avc', 'accident vasculaire cérébral', 'aphasie', 'survivant d\'un avc'],
  },
  {
    about: 'multiple sclerosis',
    topics: ['physical-health'],
    terms: ['ms', 'sclerosis'],
    en: ['ms', 'multiple sclerosis'],
    fr: ['sclérose en plaques'],
  },
  {
    about: 'Parkinson’s',
    topics: ['physical-health'],
    terms: ['parkinson'],
    en: ["parkinson's", 'parkinson', "parkinson's disease"],
    fr: ['maladie de parkinson'],
  },
  {
    about: 'epilepsy',
    topics: ['physical-health'],
    terms: ['epilepsy'],
    en: ['epilepsy', 'seizures', 'seizure disorder'],
    fr: ['épilepsie', 'épileptique', 'crises d\'épilepsie'],
  },
  {
    about: 'kidney disease',
    topics: ['physical-health'],
    terms: ['kidney'],
    en: ['kidney disease', 'kidney failure', 'dialysis', 'kidney transplant', 'organ transplant', 'transplant', 'ckd'],
    fr: ['maladie rénale', 'insuffisance rénale', 'dialyse', 'greffe de rein', 'greffe'],
  },
  {
    about: 'arthritis',
    topics: ['physical-health'],
    terms: ['arthritis'],
    en: ['arthritis', 'rheumatoid arthritis', 'osteoarthritis', 'joint pain'],
    fr: ['arthrite', 'arthrose', 'polyarthrite rhumatoïde'],
  },
  {
    about: 'lupus and fibromyalgia',
    topics: ['physical-health'],
    terms: ['lupus', 'fibromyalgia'],
    en: ['lupus', 'fibromyalgia', 'fibro', 'autoimmune', 'autoimmune disease'],
    fr: ['fibromyalgie', 'maladie auto-immune'],
  },
  {
    about: 'Crohn’s and colitis',
    topics: ['physical-health'],
    terms: ['crohn', 'colitis'],
    en: ["crohn's", "crohn's disease", 'colitis', 'ulcerative colitis', 'ibd', 'inflammatory bowel disease', 'ibs', 'irritable bowel'],
    fr: ['maladie de crohn', 'colite ulcéreuse', 'maladies inflammatoires de l\'intestin'],
  },
  {
    about: 'long COVID',
    topics: ['physical-health'],
    terms: ['covid'],
    en: ['long covid', 'post covid', 'long hauler', 'covid long hauler'],
    fr: ['covid longue', 'affection post-covid'],
  },
  {
    // The menopause group is in Women and Physical Health.
    about: 'menopause',
    topics: ['women', 'physical-health'],
    terms: ['menopause'],
    en: ['menopause', 'perimenopause', 'menopausal', 'hot flashes', 'hot flushes'],
    fr: ['ménopause', 'préménopause', 'périménopause', 'bouffées de chaleur'],
  },

  // ── Relationships ────────────────────────────────────────────────────────
  {
    about: 'separation and divorce',
    topics: ['relationships'],
    terms: ['separation', 'divorce'],
    en: [
      'relationships', 'divorce', 'divorced', 'divorcing', 'getting divorced', 'going through divorce', 'going through a divorce',
      'separation', 'separated', 'going through a separation', 'breakup', 'break up', 'broke up', 'heartbreak', 'heartbroken',
      'broken heart', 'my wife left me', 'wife left me', 'my husband left me', 'husband left me', 'partner left me',
      'end of a relationship', 'rebuilding after divorce',
    ],
    fr: [
      'divorcé', 'divorcée', 'séparé', 'séparée', 'rupture', 'rupture amoureuse', 'peine d\'amour', 'mon conjoint m\'a quitté',
      'ma femme m\'a quitté', 'fin d\'une relation',
    ],
  },
  {
    about: 'loneliness',
    topics: ['relationships'],
    terms: ['loneliness', 'lonely', 'connection'],
    en: [
      'lonely', 'loneliness', 'feeling lonely', 'feel lonely', 'isolated', 'isolation', 'social isolation', 'no friends',
      'make friends', 'making friends', 'building friendships', 'meet new people', 'new friends',
    ],
    fr: ['solitude', 'isolement', 'se sentir seul', 'je me sens seul', 'je me sens seule', 'briser l\'isolement', 'me faire des amis'],
  },
  {
    about: 'codependency',
    topics: ['relationships'],
    terms: ['codependency'],
    en: ['codependency', 'codependent', 'coda', 'co-dependents anonymous', 'people pleaser', 'people pleasing', 'love addiction'],
    fr: ['codépendance', 'codépendant', 'dépendance affective', 'dépendants affectifs anonymes'],
  },
  {
    about: 'couples and marriage',
    topics: ['relationships'],
    terms: ['marriage', 'couples'],
    en: [
      'marriage', 'marriage problems', 'marital problems', 'unhappy marriage', 'relationship problems', 'couples',
      'couple problems', 'trust issues', 'infidelity', 'cheating', 'affair', 'husband cheated', 'partner cheated', 'dating again',
    ],
    fr: ['problèmes de couple', 'vie de couple', 'infidélité', 'relation amoureuse', 'relations amoureuses'],
  },
  {
    // The blended families group is in Relationships and Family/Parenting.
    about: 'blended families',
    topics: ['relationships', 'family-parenting'],
    terms: ['blended', 'step'],
    en: ['blended family', 'blended families', 'stepfamily', 'stepfamilies', 'step-parent', 'stepmom', 'stepchildren', 'step kids'],
    fr: ['famille recomposée', 'familles recomposées', 'beau-parent', 'beaux-enfants'],
  },

  // ── Sexuality ────────────────────────────────────────────────────────────
  {
    about: '2SLGBTQIA+ people',
    topics: ['sexuality'],
    terms: ['rainbow', 'queer'],
    en: [
      'sexuality', 'lgbt', 'lgbtq', 'lgbtqia', '2slgbtq', '2slgbtqia', 'gay', 'lesbian', 'bisexual', 'queer', 'pansexual',
      'asexual', 'two-spirit', 'gay men', 'questioning', 'questioning my sexuality', 'sexual orientation', 'same-sex',
      'coming out', 'came out', 'in the closet', 'closeted',
    ],
    fr: [
      'homme gai', 'hommes gais', 'gaie', 'lesbienne', 'lesbiennes', 'bisexuel', 'bisexuelle', 'homosexuel', 'homosexualité',
      'allosexuel', 'bispirituel', 'orientation sexuelle', 'diversité sexuelle', 'sortir du placard', 'communauté lgbtq',
    ],
  },
  {
    about: 'trans and non-binary people',
    topics: ['sexuality'],
    terms: ['trans', 'transgender'],
    en: [
      'trans', 'transgender', 'non-binary', 'genderqueer', 'gender identity', 'gender dysphoria', 'gender transition',
      'gender questioning', 'gender diverse', 'trans woman', 'trans man',
    ],
    fr: ['transgenre', 'personnes trans', 'non binaire', 'identité de genre', 'dysphorie de genre', 'transition de genre'],
  },
  {
    about: 'parents of 2SLGBTQIA+ children',
    topics: ['sexuality', 'family-parenting'],
    terms: ['parents', 'kids'],
    en: [
      'pflag', 'son is gay', 'daughter is gay', 'child is gay', 'son is trans', 'daughter is trans', 'child is trans',
      'kid is trans', 'trans kid', 'trans child', 'gay son', 'gay daughter', 'child came out', 'parents of lgbtq kids',
      'parent of trans child',
    ],
    fr: ['mon fils est gai', 'ma fille est lesbienne', 'mon enfant est trans', 'parents d\'enfants trans', 'parents d\'enfants lgbtq'],
  },
  {
    about: '2SLGBTQIA+ young people',
    topics: ['sexuality', 'youth'],
    terms: ['queer', 'youth'],
    en: ['lgbtq youth', 'queer youth', 'trans youth', 'gay teen', 'trans teen', 'queer teens', 'lgbtq teens'],
    fr: ['jeunes lgbtq', 'jeunes trans', 'ados lgbtq'],
  },
  {
    about: '2SLGBTQIA+ older adults',
    topics: ['sexuality', 'seniors'],
    terms: ['rainbow', 'seniors'],
    en: ['lgbtq seniors', 'gay seniors', 'older lgbtq', 'queer elders'],
    fr: ['aînés lgbtq', 'aînés gais'],
  },

  // ── Women ────────────────────────────────────────────────────────────────
  {
    about: 'women',
    topics: ['women'],
    terms: ['women'],
    en: [
      'women', "women's group", "women's groups", "women's circle", 'women only', 'ladies', 'ladies group', 'sisterhood',
      "women's health", 'midlife women',
    ],
    fr: ['femmes', 'groupe de femmes', 'groupe pour femmes', 'entre femmes', 'santé des femmes', 'condition féminine'],
  },

  // ── Youth ────────────────────────────────────────────────────────────────
  {
    about: 'young people',
    topics: ['youth'],
    terms: ['youth', 'teen', 'young'],
    en: [
      'youth', 'teen', 'teens', 'teenager', 'teenagers', 'adolescent', 'adolescents', 'young people', 'young person',
      'young adult', 'young adults', 'kids', 'students', 'student', 'high school', 'university students', 'college students',
      'youth group', 'teen group',
    ],
    fr: ['jeunes', 'jeunesse', 'ados', 'ado', 'adolescente', 'jeunes adultes', 'étudiants', 'étudiante', 'école secondaire', 'cégep'],
  },
  {
    // The teen anxiety and student wellness groups are in Youth and Mental Health.
    about: 'young people’s mental health',
    topics: ['youth', 'mental-health'],
    terms: ['teen', 'student'],
    en: [
      'teen anxiety', 'teen depression', 'depressed teen', 'anxious teen', 'teen mental health', 'youth mental health',
      'student mental health', 'student stress', 'school stress', 'exam stress', 'math anxiety', 'homesick', 'homesickness',
    ],
    fr: ['santé mentale des jeunes', 'anxiété chez les jeunes', 'stress des examens', 'ado anxieux', 'ado déprimé'],
  },

  // ── Housing and poverty ──────────────────────────────────────────────────
  {
    about: 'housing and homelessness',
    topics: ['housing-poverty'],
    terms: ['housing', 'homeless'],
    en: [
      'housing', 'homeless', 'homelessness', 'unhoused', 'no place to live', 'nowhere to live', 'living on the street',
      'living in my car', 'couch surfing', 'shelter', 'emergency shelter', 'at risk of homelessness', 'eviction', 'evicted',
      'losing my housing', 'affordable housing', 'social housing', 'subsidized housing',
    ],
    fr: [
      'logement', 'logement abordable', 'logement social', 'itinérance', 'itinérant', 'sans-abri', 'sans domicile',
      'hébergement d\'urgence', 'expulsion', 'éviction',
    ],
  },
  {
    about: 'tenants',
    topics: ['housing-poverty'],
    terms: ['tenants'],
    en: [
      'tenant', 'tenants', 'renter', 'renters', 'rent', 'rent increase', "can't pay rent", 'landlord', 'landlord problems',
      'tenant rights', 'repairs',
    ],
    fr: ['locataire', 'locataires', 'loyer', 'hausse de loyer', 'droits des locataires', 'problèmes avec mon propriétaire'],
  },
  {
    about: 'low income and food',
    topics: ['housing-poverty'],
    terms: ['food', 'income'],
    en: [
      'poverty', 'low income', 'poor', 'broke', 'struggling financially', 'money problems', 'debt', 'food bank', 'food banks',
      'food insecurity', 'hungry', "can't afford food", "can't afford groceries", 'free food', 'free meals', 'community meal',
      'welfare', 'social assistance', 'ontario works', 'odsp',
    ],
    fr: [
      'pauvreté', 'faible revenu', 'banque alimentaire', 'insécurité alimentaire', 'dépannage alimentaire', 'repas communautaire',
      'aide sociale', 'bien-être social', 'dettes', 'problèmes d\'argent',
    ],
  },

  // ── Justice ──────────────────────────────────────────────────────────────
  {
    about: 'prison and life after it',
    topics: ['justice'],
    terms: ['prison'],
    en: [
      'justice', 'prison', 'jail', 'in jail', 'in prison', 'incarceration', 'incarcerated', 'released from prison',
      'out of prison', 'life after prison', 'ex-offender', 'ex-inmate', 'criminal record', 'parole', 'probation', 'reentry',
      'reintegration', 'criminal charges', 'legal aid',
    ],
    fr: [
      'justice pénale', 'détention', 'ex-détenu', 'ex-détenus', 'sortie de prison', 'libération conditionnelle',
      'casier judiciaire', 'réinsertion sociale', 'aide juridique',
    ],
  },
  {
    about: 'a family member in prison',
    topics: ['justice', 'family-parenting'],
    terms: ['prisoners', 'prison', 'families'],
    en: [
      'husband in jail', 'husband is in jail', 'husband in prison', 'son in jail', 'son is in jail', 'son in prison',
      'partner in prison', 'loved one in prison', 'family member in prison', 'families of prisoners', 'prisoners families',
      'incarcerated loved one',
    ],
    fr: ['conjoint en prison', 'fils en prison', 'mon fils est en prison', 'proche incarcéré', 'proches de détenus', 'famille de détenus'],
  },
  {
    about: 'victims of crime',
    topics: ['justice'],
    terms: ['victims', 'crime'],
    en: [
      'victim of crime', 'victims of crime', 'crime victim', 'victim services', 'robbed', 'break-in', 'home invasion', 'court',
      'going to court', 'court case', 'testifying in court',
    ],
    fr: ['victime d\'actes criminels', 'victimes d\'actes criminels', 'victime de crime', 'tribunal', 'témoigner au tribunal', 'procès criminel'],
  },
  {
    about: 'losing someone to homicide',
    topics: ['justice', 'bereavement'],
    terms: ['victims', 'crime'],
    en: ['homicide', 'murdered', 'murder victim', 'loved one murdered', 'lost someone to homicide', 'homicide survivors'],
    fr: ['meurtre', 'proche assassiné', 'deuil après un homicide'],
  },

  // ── Veterans ─────────────────────────────────────────────────────────────
  {
    about: 'veterans',
    topics: ['veterans'],
    terms: ['veterans'],
    en: [
      'veteran', 'veterans', 'military', 'armed forces', 'canadian armed forces', 'army', 'navy', 'air force', 'soldier',
      'soldiers', 'ex-military', 'former military', 'retired military', 'served in the military', 'life after service',
      'civilian life', 'royal canadian legion', 'legion',
    ],
    fr: [
      'vétéran', 'vétérans', 'anciens combattants', 'ancien combattant', 'militaire', 'militaires', 'forces armées',
      'forces armées canadiennes', 'ex-militaire', 'armée', 'légion royale canadienne',
    ],
  },
  {
    // First responders meet with veterans in this directory, and their circle is also in Mental Health.
    about: 'first responders',
    topics: ['veterans', 'mental-health'],
    terms: ['responders', 'police', 'paramedics'],
    en: [
      'first responder', 'first responders', 'police officer', 'police officers', 'paramedic', 'paramedics', 'firefighter',
      'firefighters', 'dispatcher', '911 dispatcher', 'correctional officer', 'public safety personnel',
      'operational stress injury', 'osi', 'veteran ptsd', 'military ptsd', 'combat ptsd',
    ],
    fr: ['premiers répondants', 'premiers intervenants', 'policier', 'policière', 'policiers', 'pompier', 'pompiers', 'ambulancier', 'ambulanciers', 'paramédic', 'blessure de stress opérationnel'],
  },
  {
    about: 'military families',
    topics: ['veterans', 'family-parenting'],
    terms: ['military', 'families'],
    en: ['military family', 'military families', 'military spouse', 'military wife', 'military kids', 'husband deployed', 'partner deployed', 'deployment'],
    fr: ['familles de militaires', 'famille militaire', 'conjoint de militaire', 'conjointe de militaire'],
  },
];
