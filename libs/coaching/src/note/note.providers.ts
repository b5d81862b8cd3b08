import type { Provider } from '@nestjs/common';
import { ActionItemResolver } from '../action/action-item.resolver';
import { ActionPlan } from '../action/action-plan.service';
import { EngagementActionItemsResolver } from '../action/engagement-action-items.resolver';
import { EngagementExport } from '../export/engagement-export.service';
import { EngagementPdfRenderer } from '../export/engagement-pdf-renderer';
import { SessionFeedbackResolver } from '../feedback/session-feedback.resolver';
import { SessionFeedbackService } from '../feedback/session-feedback.service';
import { NoteCipher } from './note-cipher.service';
import { NoteRekey } from './note-rekey.service';
import { SessionNoteFieldsResolver } from './session-note-fields.resolver';
import { SessionNoteResolver } from './session-note.resolver';
import { SessionNotes } from './session-notes.service';

/** Notes (encrypted), action plans, feedback and the coachee's export. */
export const NOTE_PROVIDERS: Provider[] = [
  NoteCipher,
  NoteRekey,
  SessionNotes,
  SessionNoteResolver,
  SessionNoteFieldsResolver,
  ActionPlan,
  ActionItemResolver,
  EngagementActionItemsResolver,
  SessionFeedbackService,
  SessionFeedbackResolver,
  EngagementPdfRenderer,
  EngagementExport,
];
