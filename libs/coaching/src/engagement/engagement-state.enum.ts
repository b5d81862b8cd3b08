/** proposed → active → completed / ended early; a proposal either party turns down is declined. */
export enum EngagementState {
  PROPOSED = 'proposed',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  ENDED_EARLY = 'ended_early',
  DECLINED = 'declined',
}
