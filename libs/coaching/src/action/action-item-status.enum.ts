export enum ActionItemStatus {
  OPEN = 'open',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  DROPPED = 'dropped',
}
