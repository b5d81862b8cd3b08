/**
 * Every queue, job name and payload in one place. A job carries ids only (never personal data or
 * secrets): the handler reloads what it needs.
 */
export const QueueName = {
  email: 'email',
  events: 'events',
  attempts: 'attempts',
  maintenance: 'maintenance',
  notifications: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export const JobName = {
  sendEmail: 'send-email',
  relayEmailOutbox: 'relay-email-outbox',
  deliverEvent: 'deliver-event',
  relayEventOutbox: 'relay-event-outbox',
  closeAttempt: 'close-attempt',
  closeOverdueAttempts: 'close-overdue-attempts',
  reconcileCertificates: 'reconcile-certificates',
  renewCertificates: 'renew-certificates',
  sweepReminders: 'sweep-reminders',
  deliverNotification: 'deliver-notification',
  relayNotifications: 'relay-notifications',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export interface JobPayloads {
  [JobName.sendEmail]: { emailMessageId: string };
  [JobName.relayEmailOutbox]: Record<string, never>;
  [JobName.deliverEvent]: { outboxEventId: string };
  [JobName.relayEventOutbox]: Record<string, never>;
  /** Submits a timed quiz attempt at its deadline with the answers saved so far (if still open). */
  [JobName.closeAttempt]: { attemptId: string };
  [JobName.closeOverdueAttempts]: Record<string, never>;
  /** Issues the certificates of completions whose event never got them one. */
  [JobName.reconcileCertificates]: Record<string, never>;
  /** Opens renewal enrolments for certificates nearing expiry on courses that require re-completion. */
  [JobName.renewCertificates]: Record<string, never>;
  /** Runs every reminder sweep: writes the reminders that are due and enqueues their delivery. */
  [JobName.sweepReminders]: Record<string, never>;
  /** Delivers one reminder (in the app, and by e-mail when the person receives that kind by e-mail). */
  [JobName.deliverNotification]: { notificationId: string };
  /** Re-enqueues reminders still pending a minute after they were written (their job was lost). */
  [JobName.relayNotifications]: Record<string, never>;
}

/** Which queue carries each job. */
export const JOB_QUEUE: { [J in JobName]: QueueName } = {
  [JobName.sendEmail]: QueueName.email,
  [JobName.relayEmailOutbox]: QueueName.maintenance,
  [JobName.deliverEvent]: QueueName.events,
  [JobName.relayEventOutbox]: QueueName.maintenance,
  [JobName.closeAttempt]: QueueName.attempts,
  [JobName.closeOverdueAttempts]: QueueName.maintenance,
  [JobName.reconcileCertificates]: QueueName.maintenance,
  [JobName.renewCertificates]: QueueName.maintenance,
  [JobName.sweepReminders]: QueueName.maintenance,
  [JobName.deliverNotification]: QueueName.notifications,
  [JobName.relayNotifications]: QueueName.maintenance,
};

/** Job ids derived from business keys, so a job enqueued twice exists once (BullMQ forbids ":" in custom ids). */
export function jobId<J extends JobName>(name: J, payload: JobPayloads[J]): string | undefined {
  switch (name) {
    case JobName.sendEmail:
      return `email-${(payload as JobPayloads['send-email']).emailMessageId}`;
    case JobName.deliverEvent:
      return `event-${(payload as JobPayloads['deliver-event']).outboxEventId}`;
    case JobName.closeAttempt:
      return `attempt-close-${(payload as JobPayloads['close-attempt']).attemptId}`;
    case JobName.deliverNotification:
      return `notification-${(payload as JobPayloads['deliver-notification']).notificationId}`;
    case JobName.relayEmailOutbox:
    case JobName.relayEventOutbox:
    case JobName.closeOverdueAttempts:
    case JobName.reconcileCertificates:
    case JobName.renewCertificates:
    case JobName.sweepReminders:
    case JobName.relayNotifications:
      return undefined;
    default: {
      const unreachable: never = name;
      throw new Error(`No job id rule for ${String(unreachable)}`);
    }
  }
}
