import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { OpenBadgesModule } from '@parity/certification';
import { BadgeDownloadController } from './badge-download.controller';
import { PublicCredentialsController } from './public-credentials.controller';

/** Open Badges over REST: public keys, issuer profiles, status lists, and a holder's badge downloads. */
@Module({
  imports: [IdentityModule, OpenBadgesModule],
  controllers: [PublicCredentialsController, BadgeDownloadController],
})
export class CredentialsModule {}
