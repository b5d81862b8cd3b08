import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@parity/identity';
import {
  ApplicationStatus,
  CoachingEngagement,
  CoachingProgramme,
  CoachProfile,
  EngagementState,
  ProgrammeApplication,
  ProgrammeManager,
} from '@parity/coaching';

/** What the coaching demo made: later demo seeders (sessions, notes, action plan) build on its engagement. */
export interface DemoCoaching {
  programme: CoachingProgramme;
  engagement: CoachingEngagement;
  coach: User;
  coachee: User;
  manager: User;
}

const DAY = 86_400_000;

/**
 * The Gender Coach Programme demo: "Gender Coach Programme 2027 — Montenegro" of the Ministry of Defence of
 * Montenegro, managed by its HR admin; the demo coach's profile; and an ACTIVE engagement of five planned sessions
 * between the coach and the commander (an approved applicant from the Armed Forces). Sessions, notes and the action
 * plan of that engagement are seeded by functions that take this result. Returns null when a demo person is missing.
 */
export function seedDemoCoaching(em: EntityManager, people: ReadonlyMap<string, User>): DemoCoaching | null {
  const manager = people.get('hr.admin@parity.demo');
  const coach = people.get('coach@parity.demo');
  const coachee = people.get('commander@parity.demo');
  if (!manager || !coach || !coachee) return null;
  const now = Date.now();

  const programme = Object.assign(new CoachingProgramme(), {
    institutionId: manager.institution.id,
    name: 'Gender Coach Programme 2027 — Montenegro',
    description:
      'One-to-one coaching of commanders and senior decision makers on integrating a gender perspective into their work.',
    startsOn: '2026-12-01',
    endsOn: '2027-12-31',
    selfSignUp: true,
    createdById: manager.id,
  });
  const managed = Object.assign(new ProgrammeManager(), { programmeId: programme.id, userId: manager.id });
  const profile = Object.assign(new CoachProfile(), {
    userId: coach.id,
    expertise: ['gender mainstreaming', 'leadership', 'UNSCR 1325', 'gender-based violence prevention'],
    languages: ['mk', 'en', 'sr-Latn', 'cnr'],
    availability: 'Tuesdays and Thursdays, afternoons (CET)',
    maxEngagements: 5,
    accepting: true,
  });
  const application = Object.assign(new ProgrammeApplication(), {
    programmeId: programme.id,
    userId: coachee.id,
    status: ApplicationStatus.APPROVED,
    decidedById: manager.id,
    decidedAt: new Date(now - 10 * DAY),
    createdAt: new Date(now - 12 * DAY),
  });
  const engagement = Object.assign(new CoachingEngagement(), {
    programmeId: programme.id,
    coachId: coach.id,
    coacheeId: coachee.id,
    plannedSessions: 5,
    startsOn: '2026-12-01',
    endsOn: '2027-06-30',
    state: EngagementState.ACTIVE,
    proposedById: manager.id,
    createdAt: new Date(now - 9 * DAY),
    coachAcceptedAt: new Date(now - 8 * DAY),
    coacheeConfirmedAt: new Date(now - 7 * DAY),
  });
  em.persist([programme, managed, profile, application, engagement]);
  return { programme, engagement, coach, coachee, manager };
}
