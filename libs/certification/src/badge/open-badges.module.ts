import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { CredentialSigner } from './credential-signer.service';
import { CredentialSigningKey } from './credential-signing-key';
import { IssuerProfileService } from './issuer-profile.service';
import { OpenBadgeService } from './open-badge.service';
import { StatusListService } from './status-list.service';

/** Open Badges 3.0: the signing key (parsed once, at boot), badges, issuer profiles and revocation lists. */
@Module({
  imports: [IdentityModule],
  providers: [
    {
      provide: CredentialSigningKey,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => CredentialSigningKey.fromConfig(config),
    },
    CredentialSigner,
    OpenBadgeService,
    IssuerProfileService,
    StatusListService,
  ],
  exports: [CredentialSigner, OpenBadgeService, IssuerProfileService, StatusListService],
})
export class OpenBadgesModule {}
