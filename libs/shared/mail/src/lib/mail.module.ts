import { Module } from '@nestjs/common';
import { EmailOutbox } from './email-outbox';

@Module({ providers: [EmailOutbox], exports: [EmailOutbox] })
export class MailModule {}
