/** Where a reminder stands: written by a sweep, then delivered once, or skipped when it no longer applies. */
export enum NotificationStatus {
  /** Written by a sweep; the delivery job has not run yet. */
  PENDING = 'pending',
  /** In the person's notification centre (and handed to the e-mail outbox when they receive e-mail for it). */
  DELIVERED = 'delivered',
  /** No longer applies at send time (completed, withdrawn, renewed) or the person turned this kind off. */
  SKIPPED = 'skipped',
}
