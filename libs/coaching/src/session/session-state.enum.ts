/** proposed (times offered, none chosen) → scheduled → held / no-show; or cancelled at any point before. */
export enum SessionState {
  PROPOSED = 'proposed',
  SCHEDULED = 'scheduled',
  HELD = 'held',
  NO_SHOW = 'no_show',
  CANCELLED = 'cancelled',
}
