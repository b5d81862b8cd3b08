import type { Provider } from '@nestjs/common';
import { ProgrammeDashboardResolver } from '../dashboard/programme-dashboard.resolver';
import { ProgrammeDashboardService } from '../dashboard/programme-dashboard.service';
import { EngagementLifecycleResolver } from '../engagement/engagement-lifecycle.resolver';
import { EngagementLifecycleService } from '../engagement/engagement-lifecycle.service';
import { EngagementProposalService } from '../engagement/engagement-proposal.service';
import { EngagementQueryResolver } from '../engagement/engagement-query.resolver';
import { EngagementQueryService } from '../engagement/engagement-query.service';
import { CoachProfileResolver } from '../profile/coach-profile.resolver';
import { CoachProfileService } from '../profile/coach-profile.service';
import { CoachingProgrammeResolver } from './coaching-programme.resolver';
import { CoachingProgrammeService } from './coaching-programme.service';
import { ProgrammeApplicationResolver } from './programme-application.resolver';
import { ProgrammeApplicationService } from './programme-application.service';

/**
 * Programmes, managers, applications and coach profiles; engagements (matching, lifecycle, summaries) and the
 * programme dashboard (services and resolvers).
 */
export const PROGRAMME_PROVIDERS: Provider[] = [
  CoachingProgrammeService,
  CoachingProgrammeResolver,
  ProgrammeApplicationService,
  ProgrammeApplicationResolver,
  CoachProfileService,
  CoachProfileResolver,
  EngagementQueryService,
  EngagementQueryResolver,
  EngagementProposalService,
  EngagementLifecycleService,
  EngagementLifecycleResolver,
  ProgrammeDashboardService,
  ProgrammeDashboardResolver,
];
