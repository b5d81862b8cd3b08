import { Role } from '../role.enum';
import { everyRole, type OperationRule } from '../whose';

const PAIR = ['coach', 'coachee'] as const;
const PROGRAMME_RUNNERS = ['manager', 'institution_admin', 'platform_admin'] as const;

/**
 * The Gender Coach Programme. Programmes are created by admins; everything inside one is decided by the caller's
 * relation to the object (`relations`): programme managers match and see aggregates; an engagement's coach and
 * coachee work in it; a private note is its author's alone and a shared note the pair's. No role (not even a
 * platform admin) reads a note it did not write or share in.
 */
export const COACHING_ROWS = {
  'coaching.programme.manage': {
    description: 'Create a coaching programme and change its dates, managers and sign-up (audited)',
    rootFields: ['createCoachingProgramme', 'updateCoachingProgramme'],
    allow: { [Role.INSTITUTION_ADMIN]: ['institution'], [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'coaching.programme.read': {
    description: 'See the coaching programmes of one’s institution (name, dates, whether one can apply)',
    rootFields: ['coachingProgrammes', 'coachingProgramme'],
    allow: { ...everyRole(['institution']), [Role.PLATFORM_ADMIN]: ['institution', 'other'] },
  },
  'coaching.programme.apply': {
    description: 'Apply to a programme of one’s institution that takes self-sign-up',
    rootFields: ['applyToCoachingProgramme'],
    allow: everyRole(['institution']),
  },
  'coaching.profile.own': {
    description: 'Read and change one’s own coach profile (expertise, languages, availability, load)',
    rootFields: ['myCoachProfile', 'saveMyCoachProfile'],
    allow: { [Role.COACH]: ['own'] },
  },
  'coaching.mine': {
    description: 'One’s own engagements (as coach or coachee), sessions and applications',
    rootFields: ['myCoachingEngagements', 'myCoachingSessions', 'myProgrammeApplications'],
    allow: everyRole(['own']),
  },
  'coaching.programme.run': {
    description:
      'Run a programme: decide applications, find coaches, propose matches, list engagements (states and counts) and the dashboard (aggregates only)',
    rootFields: [
      'programmeApplications',
      'decideProgrammeApplication',
      'coachesForMatching',
      'proposeCoachingEngagement',
      'programmeEngagements',
      'programmeDashboard',
    ],
    allow: {},
    relations: PROGRAMME_RUNNERS,
  },
  'coaching.engagement.read': {
    description: 'Open an engagement: its sessions, action plan and notes (the pair only)',
    rootFields: ['coachingEngagement'],
    allow: {},
    relations: PAIR,
  },
  'coaching.engagement.respond': {
    description: 'Accept or decline a proposed engagement (the coach accepts, the coachee confirms)',
    rootFields: ['acceptCoachingEngagement', 'declineCoachingEngagement'],
    allow: {},
    relations: PAIR,
  },
  'coaching.engagement.mark-complete': {
    description: 'Mark an engagement complete once its sessions were held (the coach)',
    rootFields: ['markCoachingEngagementComplete'],
    allow: {},
    relations: ['coach'],
  },
  'coaching.engagement.confirm-complete': {
    description:
      'Confirm the engagement complete after the coach marked it (the coachee): a certificate follows',
    rootFields: ['confirmCoachingEngagementComplete'],
    allow: {},
    relations: ['coachee'],
  },
  'coaching.engagement.end': {
    description: 'End an engagement early, with a reason (audited when not by one of the pair)',
    rootFields: ['endCoachingEngagement'],
    allow: {},
    relations: [...PAIR, ...PROGRAMME_RUNNERS],
  },
  'coaching.session.read': {
    description: 'Read a session (time, place or link, agenda, history)',
    rootFields: ['coachingSession'],
    allow: {},
    relations: PAIR,
  },
  'coaching.session.plan': {
    description: 'Propose session times, reschedule, record a session as held or a no-show (the coach)',
    rootFields: ['proposeCoachingSession', 'rescheduleCoachingSession', 'recordCoachingSessionOutcome'],
    allow: {},
    relations: ['coach'],
  },
  'coaching.session.accept': {
    description: 'Accept one of the proposed times (the coachee)',
    rootFields: ['acceptCoachingSessionTime'],
    allow: {},
    relations: ['coachee'],
  },
  'coaching.session.cancel': {
    description: 'Cancel a session (either of the pair)',
    rootFields: ['cancelCoachingSession'],
    allow: {},
    relations: PAIR,
  },
  'coaching.note.list': {
    description: 'List an engagement’s notes one may read: one’s own private notes and the shared ones',
    rootFields: ['sessionNotes'],
    allow: {},
    relations: PAIR,
  },
  'coaching.note.write': {
    description: 'Write a note on an engagement, private or shared',
    rootFields: ['writeSessionNote'],
    allow: {},
    relations: PAIR,
  },
  'coaching.note.edit': {
    description: 'Change or delete a note, or switch it between private and shared (its author only)',
    rootFields: ['updateSessionNote', 'deleteSessionNote'],
    allow: {},
    relations: ['author'],
  },
  'coaching.note.private.read': {
    description: 'Read any field of a private note (SessionNote.*): its author only',
    rootFields: [],
    allow: {},
    relations: ['author'],
  },
  'coaching.note.shared.read': {
    description: 'Read any field of a shared note (SessionNote.*): the coach and the coachee only',
    rootFields: [],
    allow: {},
    relations: PAIR,
  },
  'coaching.action.manage': {
    description: 'Add, change and report progress on the action plan’s goals and actions',
    rootFields: ['createActionItem', 'updateActionItem', 'addActionProgress'],
    allow: {},
    relations: PAIR,
  },
  'coaching.feedback.give': {
    description: 'Give feedback on a held session (the coachee, once per session)',
    rootFields: ['submitSessionFeedback'],
    allow: {},
    relations: ['coachee'],
  },
  'coaching.export': {
    description: 'Export one’s engagement as a PDF (sessions, shared notes, action plan): the coachee (REST)',
    rootFields: [],
    allow: {},
    relations: ['coachee'],
  },
} satisfies Record<string, OperationRule>;
