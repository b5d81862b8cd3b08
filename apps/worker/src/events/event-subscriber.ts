import type { EventPayloads, EventTopic } from '@parity/shared/queue';

/**
 * Work that follows an event (issue a certificate, notify). Runs inside the delivery transaction and must be
 * idempotent (a unique key on its own effect): an event is delivered at least once.
 */
export interface EventSubscriber<T extends EventTopic = EventTopic> {
  readonly topic: T;
  readonly name: string;
  handle(payload: EventPayloads[T], eventId: string): Promise<void>;
}

export const EVENT_SUBSCRIBERS = Symbol('EVENT_SUBSCRIBERS');
