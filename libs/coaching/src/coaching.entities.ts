import { ActionItem } from './action/action-item.entity';
import { ActionProgress } from './action/action-progress.entity';
import { CoachingEngagement } from './engagement/coaching-engagement.entity';
import { SessionFeedback } from './feedback/session-feedback.entity';
import { SessionNote } from './note/session-note.entity';
import { CoachProfile } from './profile/coach-profile.entity';
import { CoachingProgramme } from './programme/coaching-programme.entity';
import { ProgrammeApplication } from './programme/programme-application.entity';
import { ProgrammeManager } from './programme/programme-manager.entity';
import { CoachingSession } from './session/coaching-session.entity';
import { SessionChange } from './session/session-change.entity';

export const COACHING_ENTITIES = [
  CoachingProgramme,
  ProgrammeManager,
  ProgrammeApplication,
  CoachProfile,
  CoachingEngagement,
  CoachingSession,
  SessionChange,
  SessionNote,
  ActionItem,
  ActionProgress,
  SessionFeedback,
];
