import { DeliverEventHandler } from './deliver-event.handler';
import { RelayEventOutboxHandler } from './relay-event-outbox.handler';
import type { EventSubscriber } from './event-subscriber';

export const EVENT_HANDLERS = [DeliverEventHandler, RelayEventOutboxHandler];

/**
 * Subscribers per topic. None yet: `enrolment.completed` is recorded and relayed now; certificates (issue 5) and
 * notifications (issue 6) subscribe here. An event delivered before a subscriber existed stays recorded.
 */
export const EVENT_SUBSCRIBER_CLASSES: (new (...args: never[]) => EventSubscriber)[] = [];
