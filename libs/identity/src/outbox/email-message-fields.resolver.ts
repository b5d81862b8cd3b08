import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import type { EmailMessage } from '@parity/shared/mail';
import { EmailMessageType } from './dto/email-message.type';

/** E-mail kinds whose body is for the recipient only (coaching invitations). */
const CONFIDENTIAL_KIND_PREFIX = 'coaching-';

@Resolver(() => EmailMessageType)
export class EmailMessageFieldsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * The body may hold a one-time link (an invitation). It is readable only where Parity has no SMTP server and
   * the outbox is how messages are read (development, demos); with SMTP it is never shown, and is deleted once sent.
   * Coaching e-mails are the pair's alone: their bodies are never shown to admins.
   */
  @ResolveField('textBody', () => String, { nullable: true })
  textBody(@Parent() message: EmailMessage): string | null {
    if (message.kind.startsWith(CONFIDENTIAL_KIND_PREFIX)) return null;
    return this.config.SMTP_URL ? null : message.textBody;
  }
}
