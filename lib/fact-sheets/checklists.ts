// Data for the interactive self-checks that fact sheets embed with a
// `{{tool:ID}}` line. The page renders each checklist as a set of tick boxes.
// Item ids are stable keys (the referral form relies on some of them), so do
// not rename an id without checking where it is used.

export type ChecklistItem = { id: string; text: string; hint?: string };
export type ChecklistSection = { heading: string; items: ChecklistItem[] };
export type Checklist = {
  id: 'right-group' | 'client-readiness' | 'comfort-agreement' | 'planning-worksheet';
  title: string;
  intro: string; // one or two sentences of instructions
  kind: 'self-check' | 'builder' | 'worksheet';
  sections: ChecklistSection[];
};

export const checklists: Record<Checklist['id'], Checklist> = {
  'right-group': {
    id: 'right-group',
    title: 'Is this group right for me?',
    intro:
      'Think about the last few meetings and tick each question you can answer with "yes". Your answers are just for you.',
    kind: 'self-check',
    sections: [
      {
        heading: 'How you feel in the group',
        items: [
          { id: 'safe-to-talk', text: 'Do you feel safe enough to open up and talk?' },
          { id: 'feel-supported', text: 'Do you feel that the other members support you?' },
          {
            id: 'give-and-get',
            text: 'Do you learn new things, and do you both give help and get help?',
          },
          { id: 'making-friends', text: 'Are you making friends in the group?' },
          {
            id: 'can-lead',
            text: 'Could you take a turn leading if you wanted to?',
            hint: 'In a healthy group, leading is not just one person\'s job.',
          },
          {
            id: 'free-to-come-and-go',
            text: 'Are you free to leave the group, and to come back later, whenever you choose?',
          },
          {
            id: 'safe-to-raise-tension',
            text: 'Do you feel safe bringing up tension or disagreements when they happen?',
          },
          { id: 'feels-right', text: 'Does the group simply feel right for you?' },
        ],
      },
      {
        heading: 'How the group works',
        items: [
          {
            id: 'conflict-talked-about',
            text: 'Do members talk openly about conflict when it comes up, instead of hiding it?',
          },
          { id: 'change-and-laughter', text: 'Is there room for change, and for laughter?' },
          {
            id: 'members-move-on',
            text: 'Do members move on when they are ready, and does the group celebrate with them?',
          },
          {
            id: 'numbers-change',
            text: 'Do new people join and others leave over time?',
            hint: 'It is normal for the number of members to rise and fall.',
          },
          {
            id: 'shared-leadership',
            text: 'Do members share the leading and the work of the group?',
          },
          {
            id: 'open-communication',
            text: 'Do members speak honestly and listen to each other?',
          },
          { id: 'respect', text: 'Do members treat each other with respect?' },
          {
            id: 'clear-boundaries',
            text: 'Is it clear what the group does and what it does not do?',
          },
          {
            id: 'confidentiality',
            text: 'Do members keep private what is shared in the group?',
          },
        ],
      },
    ],
  },

  'client-readiness': {
    id: 'client-readiness',
    title: 'Is my client ready for a self-help group?',
    intro:
      'Tick each statement that is true for your client today. If anything under "Not ready yet" is ticked, hold off on a group referral and look at other support first.',
    kind: 'self-check',
    sections: [
      {
        heading: 'Likely to benefit',
        items: [
          {
            id: 'give-and-receive',
            text: 'Your client is ready and able to both give support to others and receive it.',
          },
          {
            id: 'shares-concern',
            text: 'Your client shares the concern or life issue that the group is about.',
          },
          { id: 'wants-self-help', text: 'Your client wants to try self-help.' },
          {
            id: 'benefits-discussed',
            text: 'You believe self-help can help, and you have talked it over with your client.',
          },
          {
            id: 'seeking-peers',
            text: 'Your client is looking for other people to talk to about what they are going through.',
          },
          {
            id: 'can-respect-guidelines',
            text: 'Your client can respect the group\'s guidelines on safety, privacy, taking turns to speak and so on.',
          },
          {
            id: 'knows-what-to-expect',
            text: 'Your client knows what will happen at a meeting and how a member-led group differs from one run by a professional.',
          },
        ],
      },
      {
        heading: 'Not ready yet',
        items: [
          {
            id: 'active-crisis',
            text: 'Your client is in an active crisis right now.',
            hint: 'Do not send a referral. Connect your client with crisis support first.',
          },
          {
            id: 'suicidal',
            text: 'Your client is having thoughts of suicide.',
            hint: 'Do not send a referral. Make sure your client gets urgent help first.',
          },
          {
            id: 'actively-using',
            text: 'Your client is currently using alcohol or drugs.',
          },
          {
            id: 'cannot-follow-norms',
            text: 'Your client does not feel able to follow the group\'s expected ways of behaving.',
          },
          {
            id: 'too-angry',
            text: 'Your client is very angry, or acts in ways that would make it hard for them to look after themselves in a group.',
          },
          {
            id: 'group-may-trigger',
            text: 'The group is dealing with issues right now that could upset your client and set back their recovery.',
          },
        ],
      },
    ],
  },

  'comfort-agreement': {
    id: 'comfort-agreement',
    title: 'Build your comfort agreement',
    intro:
      'Tick the guidelines your group wants to use. Talk each one over together, then print the list and read it aloud at the start of meetings.',
    kind: 'builder',
    sections: [
      {
        heading: 'Privacy and safety',
        items: [
          { id: 'confidentiality', text: 'What is said in this room stays in this room.' },
          {
            id: 'no-talking-about-absent-members',
            text: 'We do not talk about members who are not here, even when we are worried about them.',
            hint: 'This protects privacy and stops gossip.',
          },
          {
            id: 'no-graphic-details',
            text: 'We leave out graphic details about self-harm or other harmful acts, because they can upset or trigger people.',
          },
          {
            id: 'no-put-downs',
            text: 'We never use put-downs, insults or name-calling.',
          },
        ],
      },
      {
        heading: 'Speaking and listening',
        items: [
          {
            id: 'share-the-air',
            text: 'We share the air: everyone gets a turn, and we keep an eye on how much we talk so quieter members have room too.',
          },
          {
            id: 'i-statements',
            text: 'We speak from our own experience and use "I" statements.',
            hint: 'We share the same issue, but each of us copes with it in our own way.',
          },
          {
            id: 'advice-only-when-asked',
            text: 'We give advice only when someone asks for it, and we offer it gently.',
            hint: 'For example: "When I went through something like that, I tried this. Might it help you?"',
          },
          {
            id: 'right-to-pass',
            text: 'Taking part is your choice, and you can always say "I pass".',
          },
          {
            id: 'no-side-talk',
            text: 'We avoid side conversations and listen when someone else is speaking.',
          },
        ],
      },
      {
        heading: 'Respect',
        items: [
          {
            id: 'respect-diversity',
            text: 'We respect diversity, including culture, ethnic background, religion, sexual orientation, gender identity and differences in ability.',
          },
          {
            id: 'respect-opinions',
            text: 'We respect opinions that are different from our own.',
          },
          {
            id: 'open-mind',
            text: 'We keep an open mind and do not judge one another.',
          },
          {
            id: 'gentle-and-supportive',
            text: 'We are kind, gentle and supportive with each other.',
          },
        ],
      },
      {
        heading: 'Attendance',
        items: [
          {
            id: 'punctuality',
            text: 'We try to arrive on time, and if you arrive late, please take a seat quietly and join in when the moment is right.',
          },
          {
            id: 'attendance',
            text: 'We let the group know when we will miss a meeting or when we decide to leave the group.',
          },
        ],
      },
    ],
  },

  'planning-worksheet': {
    id: 'planning-worksheet',
    title: 'Group planning worksheet',
    intro:
      'Sit down with the people starting the group and answer each question together. Tick a question once you agree on an answer, and keep your notes as your group plan.',
    kind: 'worksheet',
    sections: [
      {
        heading: 'Goals and boundaries',
        items: [
          {
            id: 'purpose',
            text: 'What is the purpose of the group?',
            hint: 'Sum it up in one sentence that a newcomer would understand.',
          },
          {
            id: 'who-it-is-for',
            text: 'Who is the group for?',
            hint: 'People living with the issue, family and friends, or both? Any age range?',
          },
          {
            id: 'boundaries',
            text: 'What will the group not do?',
            hint: 'For example, it will not give medical advice or replace treatment.',
          },
        ],
      },
      {
        heading: 'Meetings',
        items: [
          {
            id: 'meeting-place',
            text: 'Where will you meet?',
            hint: 'Look for a free, private, easy-to-reach room that people with disabilities can use.',
          },
          {
            id: 'time-and-frequency',
            text: 'When will you meet, how often, and for how long?',
            hint: 'For example, the first Tuesday of each month, 7 to 9 pm.',
          },
          {
            id: 'format',
            text: 'What will a usual meeting look like?',
            hint: 'Welcome, reading the guidelines, a round of sharing, a closing.',
          },
          {
            id: 'activities',
            text: 'What activities will the group do besides talking?',
            hint: 'Guest speakers, sharing resources, social outings, events.',
          },
          {
            id: 'open-or-closed',
            text: 'Can new people join at any meeting?',
            hint: 'Most self-help groups welcome newcomers at any time.',
          },
        ],
      },
      {
        heading: 'Sharing the work',
        items: [
          {
            id: 'leadership',
            text: 'Who will lead meetings, and how will you share leadership?',
            hint: 'Taking turns as chair keeps any one person from burning out.',
          },
          {
            id: 'tasks',
            text: 'Who will take care of jobs like booking the room, answering calls and setting up?',
            hint: 'Make a list of jobs and give each one an owner.',
          },
          {
            id: 'guidelines',
            text: 'What guidelines will help members feel safe and comfortable?',
            hint: 'Use the comfort agreement builder on the group guidelines fact sheet.',
          },
        ],
      },
      {
        heading: 'Outside help and resources',
        items: [
          {
            id: 'publicity',
            text: 'How will people find out about the group?',
            hint: 'Flyers, notice boards, newsletters, local helpers, and a listing in this directory.',
          },
          {
            id: 'money',
            text: 'What will the group cost to run, and how will you cover it?',
            hint: 'Keep it free if you can. Think about donated space, a voluntary collection or small grants.',
          },
          {
            id: 'external-supports',
            text: 'Who outside the group could help you when you need it?',
            hint: 'Professionals who can speak or advise, other groups, and the clearinghouse.',
          },
        ],
      },
      {
        heading: 'Keeping it going',
        items: [
          {
            id: 'momentum',
            text: 'How will you keep energy and interest up over time?',
            hint: 'Fresh topics, new volunteers, marking milestones.',
          },
          {
            id: 'evaluation',
            text: 'How and when will you check whether the group is meeting its goals?',
            hint: 'A short chat once or twice a year about what is working and what to change.',
          },
        ],
      },
    ],
  },
};

export function getChecklist(id: string): Checklist | undefined {
  return Object.prototype.hasOwnProperty.call(checklists, id)
    ? checklists[id as Checklist['id']]
    : undefined;
}
