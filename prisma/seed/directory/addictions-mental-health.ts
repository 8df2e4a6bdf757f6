// Addictions and mental health groups: members' own recovery groups and
// groups for the families beside them.
import { byArrangement, everyWeeks, monthly, weekly, type DirectoryRow } from './types.ts';

export const ADDICTIONS_MENTAL_HEALTH: DirectoryRow[] = [
  {
    name: 'Toronto Sober Living Peer Group', town: 'Toronto', topics: ['addictions'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'People building a life without alcohol or drugs meet twice a week, with an online check-in on Saturdays.',
    description: 'Members share what is working, what is hard and what they plan for the week ahead. Whether you have one day or ten years, you are welcome.',
    meetings: [weekly('IN_PERSON', ['Mon', 'Thu'], '19:00-20:30'), weekly('ONLINE', 'Sat', '09:00-10:00')], checked: '1 month ago',
  },
  {
    name: 'Hamilton Families Facing Addiction', town: 'Hamilton', topics: ['addictions', 'family-parenting'], languages: ['en'], who: 'FAMILY_AND_FRIENDS', cost: 'FREE',
    summary: 'Support for parents, partners and others who love someone with an addiction.',
    description: 'Members learn from each other how to set limits, look after themselves and keep the door open. The person using substances does not need to be in treatment.',
    meetings: [everyWeeks(2, 'IN_PERSON', 'Tue', '19:00-21:00')], checked: '4 months ago',
  },
  {
    name: 'London Gamblers Recovery Meeting', town: 'London', topics: ['addictions'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A weekly meeting for people who want to stop gambling.',
    description: 'Members talk about debts, urges and rebuilding trust at home. Newcomers get a list of phone numbers of members they can call between meetings.',
    meetings: [weekly('IN_PERSON', 'Wed', '19:30-21:00')], checked: '2 months ago',
  },
  {
    name: 'Greater Sudbury Recovery Circle', town: 'Greater Sudbury', topics: ['addictions', 'mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Saturday morning peer support for recovery from addiction, often alongside mental health concerns.',
    description: 'Many members live with both an addiction and depression or anxiety. The circle welcomes every path to recovery, with or without medication.',
    meetings: [weekly('IN_PERSON', 'Sat', '10:00-11:30')], checked: '6 months ago',
  },
  {
    name: 'Online Sobriety Check-In', town: null, topics: ['addictions'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A short online check-in three mornings a week for people staying sober.',
    description: 'Forty-five minutes before work: each person says how they are doing and one thing they will do today to stay sober.',
    meetings: [weekly('ONLINE', ['Mon', 'Wed', 'Fri'], '07:30-08:15')], checked: '12 days ago',
  },
  {
    name: 'Kitchener Parents of Young People Using Substances', town: 'Kitchener', topics: ['addictions', 'family-parenting'], languages: ['en'], who: 'FAMILY_AND_FRIENDS', cost: 'FREE',
    summary: 'For parents whose teenage or adult child is using drugs or alcohol.',
    description: 'Parents compare notes on services, talk through crises and remind each other to rest. You can join in the room or on screen.',
    meetings: [monthly('HYBRID', 1, 'Tue', '19:00-21:00')], checked: '3 months ago',
  },
  {
    name: 'Peterborough Opioid Recovery Peer Group', town: 'Peterborough', topics: ['addictions'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Peer support for people recovering from opioid use, including people on methadone or buprenorphine.',
    description: 'No one here will judge your treatment. A peer worker helps run the meeting and can point to local services.',
    meetings: [weekly('IN_PERSON', 'Thu', '13:00-14:30')], checked: '5 months ago', lead: 2,
  },
  {
    name: 'Gambling Recovery Phone Meeting', town: null, topics: ['addictions'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A Sunday evening phone meeting for people who want to stop gambling.',
    description: 'Sunday nights can be the hardest, so members call in to start the week together. You can listen only if you prefer.',
    meetings: [weekly('PHONE', 'Sun', '19:00-20:00')], checked: '7 months ago',
  },
  {
    name: 'Thunder Bay Sober Sisters Circle', town: 'Thunder Bay', topics: ['addictions', 'women'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Women in recovery from alcohol or drug use support each other every Tuesday.',
    description: 'Members talk about what being sober means for them as mothers, partners and workers. Childcare can be arranged if you call ahead.',
    meetings: [weekly('IN_PERSON', 'Tue', '18:30-20:00')], checked: '2 months ago',
  },
  {
    name: 'Barrie Alcohol and Drug Family Group', town: 'Barrie', topics: ['addictions'], languages: ['en'], who: 'FAMILY_AND_FRIENDS', cost: 'FREE',
    summary: 'Family members and friends of people with an alcohol or drug problem share experience and hope.',
    description: 'The focus is on your own wellbeing, not on fixing the person you worry about. Members keep what they hear to themselves.',
    meetings: [weekly('IN_PERSON', 'Mon', '19:00-20:30')], checked: '10 months ago',
  },
  {
    name: 'Oshawa Quit Smoking Circle', town: 'Oshawa', topics: ['addictions', 'physical-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'People quitting tobacco or vaping meet at lunchtime to keep each other going.',
    description: 'Members track smoke-free days, trade tips for cravings and celebrate milestones.',
    meetings: [weekly('IN_PERSON', 'Wed', '12:00-13:00')], checked: '15 months ago',
  },
  {
    name: 'Guelph Recovery Café', town: 'Guelph', topics: ['addictions'], languages: ['en'], who: 'BOTH', cost: 'FREE', status: 'PENDING_REVIEW',
    summary: 'An evening café run by people in recovery from addiction, for anyone in or near recovery.',
    description: 'Conversation, a hot meal and a short sharing circle. Sent in by the organisers and waiting for staff to confirm the details.',
    meetings: [weekly('IN_PERSON', 'Fri', '18:00-20:00')], checked: 'never',
  },
  {
    name: 'Toronto Depression and Bipolar Peer Group', town: 'Toronto', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Peer support for adults living with depression or bipolar disorder.',
    description: 'Members talk about moods, medication, sleep and work, and share what helps on bad days. Facilitators have lived experience and training.',
    meetings: [weekly('IN_PERSON', 'Tue', '19:00-20:30')], checked: '1 month ago',
  },
  {
    name: 'Ottawa Anxiety Peer Circle', town: 'Ottawa', topics: ['mental-health'], languages: ['en', 'fr'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A bilingual circle for people living with anxiety, in the room or online.',
    description: 'Each meeting has a short check-in and an open discussion in English or French. Joining on screen with your camera off is fine.',
    meetings: [weekly('HYBRID', 'Thu', '18:30-20:00')], checked: '2 months ago',
  },
  {
    name: 'Kingston Hearing Voices Group', town: 'Kingston', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'For people who hear voices or have other unusual experiences, to share and make sense of them.',
    description: 'There is no single right way to understand voices. Members respect each other’s explanations and share ways of living with them.',
    meetings: [weekly('IN_PERSON', 'Wed', '14:00-15:30')], checked: '3 months ago',
  },
  {
    name: 'Hamilton Families for Mental Health', town: 'Hamilton', topics: ['mental-health', 'family-parenting'], languages: ['en'], who: 'FAMILY_AND_FRIENDS', cost: 'FREE',
    summary: 'Support for families of people living with serious mental illness.',
    description: 'Members talk about hospital stays, privacy rules and looking after themselves. Guests from local services visit a few times a year.',
    meetings: [monthly('IN_PERSON', 2, 'Thu', '19:00-21:00')], checked: '4 months ago',
  },
  {
    name: 'London OCD Peer Support', town: 'London', topics: ['mental-health'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'For people living with obsessive-compulsive disorder and those close to them.',
    description: 'Members share what has helped with intrusive thoughts and rituals. Family members come to some meetings to learn how to help without feeding the compulsions.',
    meetings: [everyWeeks(2, 'IN_PERSON', 'Mon', '19:00-20:30')], checked: '5 months ago',
  },
  {
    name: 'Kitchener Hoarding Support Circle', town: 'Kitchener', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A kind and practical group for people who find it hard to let go of things.',
    description: 'A counsellor sets a small goal with members each week, such as one shelf cleared. No one will come to your home unless you ask.',
    meetings: [weekly('IN_PERSON', 'Thu', '18:30-20:00')], checked: '6 months ago', lead: 3,
  },
  {
    name: 'Postpartum Mood Peer Circle', town: null, topics: ['mental-health', 'family-parenting', 'women'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'An online circle for new mothers living with depression or anxiety after birth.',
    description: 'Babies are welcome on screen. Members talk honestly about feelings that do not match the picture of a happy new mother.',
    meetings: [weekly('ONLINE', 'Fri', '10:00-11:30')], checked: '2 months ago',
  },
  {
    name: 'Mississauga Peer Support for Psychosis', town: 'Mississauga', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'For people who have been through psychosis and are finding their way again.',
    description: 'Members share how they got back to school, work and friendships. You can join in the room or online every other Saturday.',
    meetings: [everyWeeks(2, 'HYBRID', 'Sat', '13:00-14:30')], checked: '7 months ago',
  },
  {
    name: 'Windsor Depression Peer Group', town: 'Windsor', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A Monday evening group for adults living with depression.',
    description: 'Members check in, share coping ideas and set one small goal for the week. It is a place to be understood, not fixed.',
    meetings: [weekly('IN_PERSON', 'Mon', '19:00-20:30')], checked: '8 months ago',
  },
  {
    name: 'Sault Ste. Marie Mental Health Drop-In', town: 'Sault Ste. Marie', topics: ['mental-health'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'A relaxed Friday afternoon drop-in for people living with any mental health concern.',
    description: 'Cards, crafts and conversation, with peer supporters on hand if you need to talk.',
    meetings: [weekly('IN_PERSON', 'Fri', '13:00-15:00')], checked: '3 months ago',
  },
  {
    name: 'Panic and Anxiety Phone Circle', town: null, topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A phone group for people whose panic or anxiety makes leaving home hard.',
    description: 'Members call in from wherever they feel safe. The facilitator, who lives with panic disorder, keeps the call calm and on time.',
    meetings: [weekly('PHONE', 'Wed', '19:00-20:00')], checked: '1 month ago',
  },
  {
    name: 'Guelph Bipolar Peer Circle', town: 'Guelph', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Adults with bipolar disorder meet on the last Tuesday of each month.',
    description: 'Members talk about spotting early warning signs, routines that help and telling others about the diagnosis.',
    meetings: [monthly('IN_PERSON', 'last', 'Tue', '19:00-21:00')], checked: '11 months ago',
  },
  {
    name: 'North Bay Mental Health Peer Group', town: 'North Bay', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A weekly afternoon group for people living with mental illness.',
    description: 'A long-running group where members know each other well and newcomers are made welcome.',
    meetings: [weekly('IN_PERSON', 'Tue', '14:00-15:30')], checked: '19 months ago',
  },
  {
    name: 'Brampton Mental Health Circle in Punjabi', town: 'Brampton', topics: ['mental-health', 'ethnocultural'], languages: ['pa', 'en'], who: 'BOTH', cost: 'FREE',
    summary: 'A family-friendly circle that talks about stress, depression and worry in Punjabi.',
    description: 'Conversation is in Punjabi, with English when someone needs it. Members talk about family pressure and how to ask for help without shame.',
    meetings: [weekly('IN_PERSON', 'Sun', '16:00-17:30'), byArrangement('PHONE', { notes: 'A volunteer can call you in Punjabi before your first visit.' })],
    checked: '3 months ago', venue: 'Multicultural Centre, Room 4',
  },
  {
    name: 'St. Catharines Anxiety Walkers', town: 'St. Catharines', topics: ['mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE', status: 'DRAFT',
    summary: 'People living with anxiety walk together along the canal and talk.',
    description: 'A new group still choosing its meeting point and time.',
    meetings: [weekly('IN_PERSON', 'Sun', '10:00-11:00')], checked: 'never',
  },
];
