// Grief and bereavement groups. Search tests lean on these: "widowed" must
// find a name with "Widowed" first (so no name says "Widows"), and the
// phrase "grief companions" must match a name.
import { byArrangement, everyWeeks, monthly, weekly, type DirectoryRow } from './types.ts';

export const BEREAVEMENT: DirectoryRow[] = [
  {
    name: 'Kingston Grief Companions', town: 'Kingston', topics: ['bereavement'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Adults grieving the death of someone close meet every Tuesday evening to talk and listen.',
    description: 'Members take turns to say how the week has gone and to speak about the person who died. No one has to talk. The room is quiet, with tea and tissues on the table.',
    meetings: [weekly('IN_PERSON', 'Tue', '19:00-20:30')], checked: '2 months ago', venue: 'Public Library, Meeting Room B',
  },
  {
    name: 'Mississauga Grief Circle', town: 'Mississauga', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'A circle for anyone who is grieving, whether the death was recent or years ago.',
    description: 'Every other Thursday the group shares stories, photos and the hard days around anniversaries and holidays. Family members are welcome to come together.',
    meetings: [everyWeeks(2, 'IN_PERSON', 'Thu', '18:30-20:00')], checked: '1 month ago',
  },
  {
    name: 'Kingston Widowed Friends Circle', town: 'Kingston', topics: ['bereavement', 'seniors'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: { donation: 'A toonie toward coffee and muffins, if you can.' },
    summary: 'People who have lost a husband, wife or partner meet for a monthly breakfast and conversation.',
    description: 'Most members are retired and many live alone now. Besides the breakfast, members plan outings together and phone one another between meetings.',
    meetings: [monthly('IN_PERSON', 2, 'Sat', '10:00-12:00')], checked: '4 months ago', venue: 'Seniors Active Living Centre',
  },
  {
    name: 'Ottawa Young Widowed Network', town: 'Ottawa', topics: ['bereavement'], languages: ['en', 'fr'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'For people widowed in their twenties, thirties or forties, often while raising children.',
    description: 'Members talk about solo parenting, money, dating again and the loneliness of being widowed young. Meetings are in English and French, and anyone can join from home.',
    meetings: [monthly('HYBRID', 1, 'Wed', '19:00-21:00')], checked: '3 months ago',
  },
  {
    name: 'Hamilton Bereaved Parents Group', town: 'Hamilton', topics: ['bereavement', 'family-parenting'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Mothers and fathers whose child has died, at any age and from any cause, support one another.',
    description: 'The evening starts with each child’s name being said aloud. Parents who are further along in their grief stay to listen to those whose loss is new.',
    meetings: [monthly('IN_PERSON', 3, 'Mon', '19:00-21:00'), byArrangement('PHONE', { notes: 'A parent from the group will call you before your first meeting.' })],
    checked: '5 months ago',
  },
  {
    name: 'Peterborough Healing After Loss', town: 'Peterborough', topics: ['bereavement'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'An afternoon group on coping with grief, with a short reading and open sharing.',
    description: 'Each week a member brings a poem or a few lines that helped them, and the group talks about it. It suits people who find evenings hard.',
    meetings: [weekly('IN_PERSON', 'Wed', '13:30-15:00')], checked: '6 months ago',
  },
  {
    name: 'Pet Loss Support Circle', town: null, topics: ['bereavement'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'Support after the death of a dog, cat or other animal companion, online from anywhere in Ontario.',
    description: 'Grieving a pet is real grief, and members here understand it. Bring a photo to share on screen if you like.',
    meetings: [monthly('ONLINE', 'last', 'Sun', '19:00-20:30')], checked: '3 months ago',
  },
  {
    name: 'Pregnancy and Infant Loss Peer Support', town: 'London', topics: ['bereavement', 'family-parenting'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'For parents after miscarriage, stillbirth or the death of a baby, and their partners.',
    description: 'Two parents who have been through it lead the meeting. Partners and grandparents are welcome, and there is a quiet room if you need to step out.',
    meetings: [monthly('IN_PERSON', 2, 'Tue', '19:00-20:30')], checked: '7 months ago', lead: 2, venue: 'Family Health Team, Boardroom',
  },
  {
    name: 'Survivors of Suicide Loss Circle', town: 'Toronto', topics: ['bereavement', 'mental-health'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A safe place for people who have lost someone to suicide.',
    description: 'The questions, guilt and silence that can follow a suicide are talked about openly here. A trained volunteer co-leads with a member of the group.',
    meetings: [everyWeeks(2, 'IN_PERSON', 'Mon', '19:00-20:30')], checked: '2 months ago', lead: 2,
  },
  {
    name: 'Thunder Bay Grief Walk and Talk', town: 'Thunder Bay', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'Grieving people walk together on Saturday mornings, talking as they go.',
    description: 'Some people find it easier to talk side by side than face to face. The group walks for about an hour at an easy pace and ends with coffee.',
    meetings: [weekly('IN_PERSON', 'Sat', '10:00-11:30', { notes: 'Meet at the library entrance; walks are shortened in bad weather.' })],
    checked: '1 month ago', venue: 'Public Library, Meeting Room B',
  },
  {
    name: 'Círculo de Duelo en Español', town: null, topics: ['bereavement', 'ethnocultural'], languages: ['es'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A grief group held in Spanish, online, for Spanish speakers across Ontario.',
    description: 'Members speak in Spanish about the death of a loved one, often far from the family back home. Un espacio para hablar y escuchar.',
    meetings: [weekly('ONLINE', 'Thu', '19:00-20:30')], checked: '4 months ago',
  },
  {
    name: 'Groupe de deuil du Grand Sudbury', town: 'Greater Sudbury', topics: ['bereavement'], languages: ['fr'], who: 'BOTH', cost: 'FREE',
    summary: 'A monthly bereavement group that meets in French.',
    description: 'Members speak in French about grief and the months after a death. Family members may come together, and newcomers are greeted at the door.',
    meetings: [monthly('IN_PERSON', 1, 'Thu', '19:00-21:00')], checked: '5 months ago', venue: 'Centre communautaire francophone',
  },
  {
    name: 'Barrie Grief and Loss Drop-In', town: 'Barrie', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'Drop in on Friday mornings to talk with others who are grieving; no need to register.',
    description: 'People come and go as they need. Some visit once, others every week for a year. A volunteer greets newcomers and explains how it works.',
    meetings: [weekly('IN_PERSON', 'Fri', '10:00-11:30')], checked: '8 months ago',
  },
  {
    name: 'Grief by Phone Circle', town: null, topics: ['bereavement'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'A weekly phone call for grieving people who cannot get to a meeting.',
    description: 'Up to eight people join each call. It suits people in rural areas, people without a car and anyone who would rather not be seen.',
    meetings: [weekly('PHONE', 'Mon', '14:00-15:00')], checked: '2 months ago',
  },
  {
    name: 'Guelph Young Adults Grief Circle', town: 'Guelph', topics: ['bereavement', 'youth'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE',
    summary: 'For people aged 18 to 30 who have lost a parent, sibling, partner or friend.',
    description: 'Losing someone young can leave you feeling out of step with friends. Members meet every second Wednesday near campus and keep in touch between meetings.',
    meetings: [everyWeeks(2, 'IN_PERSON', 'Wed', '18:30-20:00')], checked: '3 months ago', venue: 'Student Centre, Room 210',
  },
  {
    name: 'Windsor Widowed Men’s Breakfast', town: 'Windsor', topics: ['bereavement', 'men', 'seniors'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: { fee: 'Each man pays for his own breakfast, about $12.' },
    summary: 'Men who have lost a wife or partner meet over breakfast once a month.',
    description: 'Many men say they have no one to talk to after their partner dies. Here they do, over eggs and coffee, with no speeches and no pressure.',
    meetings: [monthly('IN_PERSON', 1, 'Sat', '08:30-10:00')], checked: '6 months ago', venue: 'Community Centre, Room 2',
  },
  {
    name: 'Oshawa Bereavement Drop-In', town: 'Oshawa', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'A weekly bereavement drop-in, in the room or online, hosted by hospice volunteers.',
    description: 'Hospice volunteers keep the time and the guidelines; members do the talking. You can join on screen if leaving home is hard this week.',
    meetings: [weekly('HYBRID', 'Tue', '13:00-14:30')], checked: '9 months ago', lead: 3,
  },
  {
    name: 'Belleville Bereavement Circle', town: 'Belleville', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'A small circle for people grieving a death, meeting on the fourth Thursday.',
    description: 'Members bring whatever the month has brought: paperwork, an empty chair at dinner, a good memory. The group keeps its numbers small so everyone has time.',
    meetings: [monthly('IN_PERSON', 4, 'Thu', '19:00-20:30')], checked: '14 months ago',
  },
  {
    name: 'St. Catharines Grief After Overdose', town: 'St. Catharines', topics: ['bereavement', 'addictions'], languages: ['en'], who: 'FAMILY_AND_FRIENDS', cost: 'FREE',
    summary: 'For families and friends of someone who died from drug poisoning.',
    description: 'Stigma can make this grief lonely. Members talk without judgement about the person they lost and the years of worry that often came before.',
    meetings: [monthly('IN_PERSON', 2, 'Wed', '19:00-21:00')], checked: '3 months ago',
  },
  {
    name: 'Sault Ste. Marie Grief Support Group', town: 'Sault Ste. Marie', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE',
    summary: 'Weekly grief support for adults in the Sault and nearby communities.',
    description: 'A friendly group that has met for years. Members share coping ideas, recommend books and mark anniversaries together.',
    meetings: [weekly('IN_PERSON', 'Thu', '19:00-20:30')], checked: '5 months ago',
  },
  {
    name: 'Waterloo Grief Café', town: 'Waterloo', topics: ['bereavement'], languages: ['en'], who: 'BOTH', cost: 'FREE', status: 'DRAFT',
    summary: 'An informal café where people can talk about death and grief over cake.',
    description: 'Tables of four or five people talk about loss in their own words. The organisers are still confirming the room.',
    meetings: [monthly('IN_PERSON', 3, 'Sat', '14:00-15:30')], checked: 'never',
  },
  {
    name: 'North Bay Widowed Friends Circle', town: 'North Bay', topics: ['bereavement'], languages: ['en'], who: 'PEOPLE_WITH_CONCERN', cost: 'FREE', status: 'ARCHIVED',
    summary: 'A social group for widowed people; it stopped meeting when its hall closed.',
    description: 'Members met for lunch and outings. The listing is kept for the record in case the group starts again.',
    meetings: [monthly('IN_PERSON', 2, 'Tue', '12:00-14:00')], checked: '28 months ago',
  },
];
