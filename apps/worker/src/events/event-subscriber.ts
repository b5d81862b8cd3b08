import type { EventPayloads, EventTopic } from '@parity/shared/queue';

/** What a subscriber hands back to run once the delivery transaction has committed (e.g. enqueue its e-mail). */
export type AfterCommit = () => Promise<void>;

/**
 * Work that follows an event (issue a certificate, notify). Runs inside the delivery transaction and must be
 * idempotent (a unique key on its own effect): an event is delivered at least once. Anything that must only
 * happen once the effect is durable (handing an outbox e-mail to the queue) comes back as an AfterCommit.
 */
export interface EventSubscriber<T extends EventTopic = EventTopic> {
  readonly topic: T;
  readonly name: string;
  handle(payload: EventPayloads[T], eventId: string): Promise<AfterCommit | void>;
}

export const EVENT_SUBSCRIBERS = Symbol('EVENT_SUBSCRIBERS');
