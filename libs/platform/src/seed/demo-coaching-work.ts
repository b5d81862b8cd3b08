import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActionItem,
  ActionItemStatus,
  ActionProgress,
  CoachingSession,
  NoteVisibility,
  SessionChange,
  SessionFeedback,
  SessionNote,
  SessionState,
  type NoteCipher,
} from '@parity/coaching';
import type { DemoCoaching } from './demo-coaching';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A whole hour `days` from now (UTC), so the demo's times read cleanly in the coaching screens. */
const at = (days: number, hourUtc: number): Date => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
};

/**
 * The demo engagement at work: two sessions held (one with the coachee's feedback), one booked for the coming
 * days, one proposed with two times to choose from; a shared note, a private note of the coach (encrypted like any
 * other), and an action plan in progress. Enough for the coach's and the commander's screens to show something.
 */
export function seedDemoCoachingWork(em: EntityManager, demo: DemoCoaching, cipher: NoteCipher): void {
  const { engagement, coach, coachee } = demo;
  const session = (state: SessionState, startsAt: Date | null, proposedTimes: Date[] = []): CoachingSession =>
    Object.assign(new CoachingSession(), {
      engagementId: engagement.id,
      coachId: coach.id,
      state,
      startsAt,
      endsAt: startsAt ? new Date(startsAt.getTime() + HOUR) : null,
      durationMinutes: 60,
      timeZone: 'Europe/Podgorica',
      onlineUrl: 'https://meet.example.org/parity-coaching',
      agenda: 'Gender perspective in the unit’s operational planning',
      proposedTimes: proposedTimes.map((time) => time.toISOString()),
    });
  const first = session(SessionState.HELD, at(-6, 9));
  const second = session(SessionState.HELD, at(-2, 9));
  const next = session(SessionState.SCHEDULED, at(3, 13));
  const offered = session(SessionState.PROPOSED, null, [at(8, 9), at(9, 13)]);
  const history = [first, second, next].flatMap((booked) => [
    Object.assign(new SessionChange(), {
      sessionId: booked.id,
      kind: 'scheduled',
      startsAt: booked.startsAt,
      sequence: 0,
      changedById: coachee.id,
    }),
    ...(booked.state === SessionState.HELD
      ? [
          Object.assign(new SessionChange(), {
            sessionId: booked.id,
            kind: 'held',
            startsAt: booked.startsAt,
            sequence: 0,
            changedById: coach.id,
          }),
        ]
      : []),
  ]);
  const feedback = Object.assign(new SessionFeedback(), {
    sessionId: first.id,
    engagementId: engagement.id,
    usefulness: 5,
    relevance: 4,
    confidence: 4,
  });
  const note = (
    authorId: string,
    visibility: NoteVisibility,
    body: string,
    sessionId: string,
  ): SessionNote => {
    const written = Object.assign(new SessionNote(), {
      engagementId: engagement.id,
      sessionId,
      authorId,
      visibility,
    });
    const sealed = cipher.encrypt(
      { noteId: written.id, authorId, engagementId: engagement.id, visibility },
      body,
    );
    return Object.assign(written, { keyId: sealed.keyId, bodyCiphertext: sealed.ciphertext });
  };
  const notes = [
    note(
      coach.id,
      NoteVisibility.SHARED,
      'We agreed to look at the deployment criteria of the battalion with a gender perspective, and to bring the figures by sex of the last rotation to the next session.',
      first.id,
    ),
    note(
      coach.id,
      NoteVisibility.PRIVATE,
      'Next time: ask how the deputies reacted, and whether the focal point has time set aside for the role.',
      second.id,
    ),
  ];
  const item = (title: string, ownerId: string, dueInDays: number, status: ActionItemStatus): ActionItem =>
    Object.assign(new ActionItem(), {
      engagementId: engagement.id,
      title,
      kind: 'action',
      ownerId,
      dueOn: new Date(Date.now() + dueInDays * DAY).toISOString().slice(0, 10),
      status,
      createdById: coach.id,
    });
  const review = item(
    'Review the battalion’s deployment criteria with a gender perspective',
    coachee.id,
    14,
    ActionItemStatus.IN_PROGRESS,
  );
  const goal = Object.assign(
    item('Every unit has a trained gender focal point', coachee.id, 120, ActionItemStatus.OPEN),
    { kind: 'goal' },
  );
  const summary = item('Share a one-page summary of the NAP 1325', coach.id, -3, ActionItemStatus.DONE);
  const progress = Object.assign(new ActionProgress(), {
    actionItemId: review.id,
    authorId: coachee.id,
    text: 'Figures by sex of the last two rotations collected; criteria text under review with the deputy.',
  });
  em.persist([first, second, next, offered, ...history, feedback, ...notes, review, goal, summary, progress]);
}
