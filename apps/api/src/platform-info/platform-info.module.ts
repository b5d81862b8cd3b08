import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { QueueOverviewResolver } from '../queues/queue-overview.resolver';
import { PlatformInfoResolver } from './platform-info.resolver';

/** What the platform says about itself: version and languages, and (platform admins) its job queues. */
@Module({ imports: [IdentityModule], providers: [PlatformInfoResolver, QueueOverviewResolver] })
export class PlatformInfoModule {}
