import { DeliverEventHandler } from './deliver-event.handler';
import { RelayEventOutboxHandler } from './relay-event-outbox.handler';
import type { EventSubscriber } from './event-subscriber';
import { IssueCertificateSubscriber } from './issue-certificate.subscriber';
import { IssueParticipationCertificateSubscriber } from './issue-participation-certificate.subscriber';

export const EVENT_HANDLERS = [DeliverEventHandler, RelayEventOutboxHandler];

/**
 * Subscribers per topic: certificates follow `enrolment.completed`, certificates of participation
 * `coaching.engagement-completed`; notifications (issue 6) subscribe here too. An
 * event delivered before a subscriber existed stays recorded (the certificate sweep catches those completions up).
 */
export const EVENT_SUBSCRIBER_CLASSES: (new (...args: never[]) => EventSubscriber)[] = [
  IssueCertificateSubscriber,
  IssueParticipationCertificateSubscriber,
];
