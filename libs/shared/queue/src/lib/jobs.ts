/**
 * Every queue, job name and payload in one place. A job carries ids only (never personal data or
 * secrets): the handler reloads what it needs.
 */
export const QueueName = {
  email: 'email',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  sendEmail: 'send-email',
  relayEmailOutbox: 'relay-email-outbox',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.sendEmail]: { emailMessageId: string };
  [JobName.relayEmailOutbox]: Record<string, never>;
}

/** Which queue carries each job. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JobName.sendEmail]: QueueName.email,
  [JobName.relayEmailOutbox]: QueueName.maintenance,
};

/** Job ids derived from business keys, so a job enqueued twice exists once (BullMQ forbids ":" in custom ids). */
export function jobId<J extends JobName>(name: J, payload: JobPayloads[J]): string | undefined {
  switch (name) {
    case JobName.sendEmail:
      return `email-${(payload as JobPayloads['send-email']).emailMessageId}`;
    case JobName.relayEmailOutbox:
      return undefined;
    default: {
      const unreachable: never = name;
      throw new Error(`No job id rule for ${String(unreachable)}`);
    }
  }
}
