/** Topics of the event outbox, with their payloads (ids only). Subscribers in the worker react to them. */
export const EventTopic = {
  /** An enrolment met its course's completion rules (certificate and notifications follow). */
  enrolmentCompleted: 'enrolment.completed',
  /** Both of a coaching engagement's people confirmed it complete: a certificate of participation follows. */
  engagementCompleted: 'coaching.engagement-completed',
} as const;
export type EventTopic = (typeof EventTopic)[keyof typeof EventTopic];

export interface EventPayloads {
  [EventTopic.enrolmentCompleted]: { enrolmentId: string; userId: string; courseVersionId: string };
  [EventTopic.engagementCompleted]: { engagementId: string; coacheeId: string };
}
