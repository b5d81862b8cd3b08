export { EmailMessage, EmailStatus, type NewEmail } from './lib/email-message.entity';
export type { EmailAttachment } from './lib/email-attachment';
export { MailTransport, isPermanentSmtpError, type OutgoingMail } from './lib/mail-transport';
export { EmailOutbox } from './lib/email-outbox';
export { deliverEmail, findStalledEmails, type DeliveryOutcome } from './lib/email-delivery';
export { MailModule } from './lib/mail.module';
export { escapeHtml } from './lib/escape-html';
