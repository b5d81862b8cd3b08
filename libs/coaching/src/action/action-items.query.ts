import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActionItemStatus } from './action-item-status.enum';
import type { ActionItemType } from './dto/action-item.type';

interface ItemRow {
  id: string;
  engagement_id: string;
  kind: string;
  title: string;
  owner_id: string;
  owner_name: string;
  due_on: string | null;
  status: ActionItemStatus;
  created_at: Date;
}

interface ProgressRow {
  id: string;
  action_item_id: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: Date;
}

/**
 * Action items with their owners and progress, in two statements however many items: by engagement (the plan, in
 * the order it was made) or by item ids (uuids, validated by the callers, passed as one array literal). Callers
 * decide access first.
 */
export async function loadActionItems(
  em: EntityManager,
  by: { engagementIds: readonly string[] } | { itemIds: readonly string[] },
): Promise<ActionItemType[]> {
  const [column, ids] = 'engagementIds' in by ? ['engagement_id', by.engagementIds] : ['id', by.itemIds];
  if (ids.length === 0) return [];
  const items = await em.execute<ItemRow[]>(
    `select a.id, a.engagement_id, a.kind, a.title, a.owner_id, u.display_name as owner_name,
            to_char(a.due_on, 'YYYY-MM-DD') as due_on, a.status, a.created_at
       from action_item a join user_account u on u.id = a.owner_id
      where a.${column} = any(?::uuid[])
      order by a.created_at, a.id`,
    [`{${ids.join(',')}}`],
  );
  const progress = items.length
    ? await em.execute<ProgressRow[]>(
        `select p.id, p.action_item_id, p.author_id, u.display_name as author_name, p.text, p.created_at
           from action_progress p join user_account u on u.id = p.author_id
          where p.action_item_id = any(?::uuid[])
          order by p.created_at, p.id`,
        [`{${items.map((item) => item.id).join(',')}}`],
      )
    : [];
  return items.map((item) => ({
    id: item.id,
    engagementId: item.engagement_id,
    kind: item.kind,
    title: item.title,
    owner: { id: item.owner_id, displayName: item.owner_name },
    dueOn: item.due_on,
    status: item.status,
    createdAt: new Date(item.created_at),
    progress: progress
      .filter((row) => row.action_item_id === item.id)
      .map((row) => ({
        id: row.id,
        author: { id: row.author_id, displayName: row.author_name },
        text: row.text,
        createdAt: new Date(row.created_at),
      })),
  }));
}
