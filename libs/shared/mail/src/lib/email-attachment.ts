/**
 * A file sent with an e-mail, kept as text in the outbox (a calendar invitation, for instance). `contentType` may
 * carry parameters (`text/calendar; method=REQUEST`), which calendar clients read to offer "accept".
 */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}
