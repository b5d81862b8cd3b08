import type { ActionItemType } from '../action/dto/action-item.type';
import type { SessionState } from '../session/session-state.enum';

/** Everything the coachee's export shows: no private note of anyone, no other person's data than the pair's names. */
export interface EngagementExportData {
  programmeName: string;
  coachName: string;
  coacheeName: string;
  locale: string;
  timeZone: string;
  exportedAt: Date;
  sessions: { state: SessionState; startsAt: Date | null; durationMinutes: number }[];
  sharedNotes: { authorName: string; createdAt: Date; body: string }[];
  actionItems: ActionItemType[];
}
