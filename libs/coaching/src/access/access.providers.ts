import type { Provider } from '@nestjs/common';
import { CoachingAccess } from './coaching-access.service';

export const ACCESS_PROVIDERS: Provider[] = [CoachingAccess];
