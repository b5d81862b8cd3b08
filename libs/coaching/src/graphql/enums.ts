import { registerEnumType } from '@nestjs/graphql';
import { ActionItemStatus } from '../action/action-item-status.enum';
import { EngagementState } from '../engagement/engagement-state.enum';
import { NoteVisibility } from '../note/note-visibility.enum';
import { ApplicationStatus } from '../programme/application-status.enum';
import { SessionState } from '../session/session-state.enum';

registerEnumType(EngagementState, {
  name: 'EngagementState',
  description:
    'PROPOSED → ACTIVE → COMPLETED or ENDED_EARLY; DECLINED when either of the pair turned it down.',
});
registerEnumType(SessionState, {
  name: 'CoachingSessionState',
  description: 'PROPOSED (times offered) → SCHEDULED → HELD or NO_SHOW; CANCELLED.',
});
registerEnumType(NoteVisibility, {
  name: 'NoteVisibility',
  description: 'PRIVATE: its author only. SHARED: the coach and the coachee.',
});
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

export { ActionItemStatus, ApplicationStatus, EngagementState, NoteVisibility, SessionState };
