/**
 * "My learning" order as SQL sort keys over enrolment e: rank (0 active mandatory with a due date, 1 other active,
 * 2 completed, 3 expired or withdrawn), then a key ascending within the rank (earliest due first — so overdue
 * first —, else most recent activity or completion first), then the id.
 */
export const MY_LEARNING_RANK = `case
  when e.status = 'active' and e.mandatory and e.due_at is not null then 0
  when e.status = 'active' then 1
  when e.status = 'completed' then 2
  else 3 end`;

export const MY_LEARNING_KEY = `case
  when e.status = 'active' and e.mandatory and e.due_at is not null then extract(epoch from e.due_at)
  when e.status = 'active' then -extract(epoch from coalesce(e.last_activity_at, e.created_at))
  when e.status = 'completed' then -extract(epoch from coalesce(e.completed_at, e.created_at))
  else -extract(epoch from e.created_at) end`;
