import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { MailModule } from '@parity/shared/mail';
import { ACCESS_PROVIDERS } from './access/access.providers';
import { NOTE_PROVIDERS } from './note/note.providers';
import { PROGRAMME_PROVIDERS } from './programme/programme.providers';
import { SESSION_PROVIDERS } from './session/session.providers';

/**
 * The Gender Coach Programme in the api: programmes and matching, engagements, sessions with calendar invitations,
 * confidential notes, action plans, feedback and the managers' aggregates. Resolvers are this module's own
 * providers (the schema emitter reads them from here).
 */
@Module({
  imports: [IdentityModule, MailModule],
  providers: [...ACCESS_PROVIDERS, ...PROGRAMME_PROVIDERS, ...SESSION_PROVIDERS, ...NOTE_PROVIDERS],
  exports: [...ACCESS_PROVIDERS, ...PROGRAMME_PROVIDERS, ...SESSION_PROVIDERS, ...NOTE_PROVIDERS],
})
export class CoachingModule {}
