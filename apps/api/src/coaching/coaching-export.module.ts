import { Module } from '@nestjs/common';
import { CoachingModule } from '@parity/coaching';
import { IdentityModule } from '@parity/identity';
import { EngagementExportController } from './engagement-export.controller';

/** Coaching over REST: the coachee's PDF export of an engagement. */
@Module({
  imports: [IdentityModule, CoachingModule],
  controllers: [EngagementExportController],
})
export class CoachingExportModule {}
