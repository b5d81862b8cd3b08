import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { badInput, notFound, parseInput } from '@parity/shared/errors';
import { CoachingAccess, type EngagementFacts } from '../access/coaching-access.service';
import { engagementStateConflict } from '../coaching.errors';
import { EngagementState } from '../engagement/engagement-state.enum';
import { actionItemSchema, actionProgressSchema, updateActionItemSchema } from './action-input.schema';
import { loadActionItems } from './action-items.query';
import type { ActionItemType } from './dto/action-item.type';

/**
 * An engagement's action plan: goals and actions owned by the coach or the coachee, with progress notes. Only the
 * pair reads or changes it ('coaching.action.manage', 'coaching.engagement.read'), and only while it is active.
 */
@Injectable()
export class ActionPlan {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CoachingAccess,
  ) {}

  /** The plan of an engagement the caller is one of the pair of. */
  async list(actor: Actor | null, engagementId: string): Promise<ActionItemType[]> {
    await this.access.engagement(actor, 'coaching.engagement.read', engagementId);
    return loadActionItems(this.em, { engagementIds: [engagementId] });
  }

  async create(actor: Actor | null, raw: unknown): Promise<ActionItemType> {
    const input = parseInput(actionItemSchema, raw);
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      const { actor: caller, engagement } = await this.access.engagement(
        actor,
        'coaching.action.manage',
        input.engagementId,
        tx,
        true,
      );
      // Locked: a completion or end committed meanwhile is seen here, so no item lands on a closed engagement.
      ActionPlan.requireActive(engagement);
      if (input.ownerId !== engagement.coachId && input.ownerId !== engagement.coacheeId) {
        throw badInput(
          [{ field: 'ownerId', code: 'INVALID_VALUE' }],
          'The owner is the coach or the coachee.',
        );
      }
      await tx.execute(
        `insert into action_item (id, created_at, engagement_id, title, kind, owner_id, due_on, status, created_by_id)
         values (?, now(), ?, ?, ?, ?, ?, 'open', ?)`,
        [id, engagement.id, input.title, input.kind, input.ownerId, input.dueOn ?? null, caller.userId],
      );
    });
    return this.one(id);
  }

  /** Changes the title, due date (null clears it) or status; absent fields stay as they are. */
  async update(actor: Actor | null, raw: unknown): Promise<ActionItemType> {
    const input = parseInput(updateActionItemSchema, raw);
    await this.em.transactional(async (tx) => {
      await this.itemOfActiveEngagement(tx, actor, input.id);
      await tx.execute(
        `update action_item set title = coalesce(?, title),
                due_on = case when ? then ?::date else due_on end,
                status = coalesce(?::action_item_status, status), updated_at = now()
          where id = ?`,
        [input.title ?? null, input.dueOn !== undefined, input.dueOn ?? null, input.status ?? null, input.id],
      );
    });
    return this.one(input.id);
  }

  async addProgress(actor: Actor | null, raw: unknown): Promise<ActionItemType> {
    const input = parseInput(actionProgressSchema, raw);
    await this.em.transactional(async (tx) => {
      const caller = await this.itemOfActiveEngagement(tx, actor, input.actionItemId);
      await tx.execute(
        `insert into action_progress (id, created_at, action_item_id, author_id, text) values (?, now(), ?, ?, ?)`,
        [randomUUID(), input.actionItemId, caller.userId, input.text],
      );
      await tx.execute(`update action_item set updated_at = now() where id = ?`, [input.actionItemId]);
    });
    return this.one(input.actionItemId);
  }

  /** Locks the item's engagement and refuses unless the caller is one of the pair and it is active. */
  private async itemOfActiveEngagement(
    tx: EntityManager,
    actor: Actor | null,
    itemId: string,
  ): Promise<Actor> {
    if (!isUuid(itemId)) throw notFound('Action item');
    const [item] = await tx.execute<{ engagement_id: string }[]>(
      `select engagement_id from action_item where id = ?`,
      [itemId],
    );
    if (!item) throw notFound('Action item');
    const { actor: caller, engagement } = await this.access.engagement(
      actor,
      'coaching.action.manage',
      item.engagement_id,
      tx,
      true,
    );
    ActionPlan.requireActive(engagement);
    return caller;
  }

  private async one(id: string): Promise<ActionItemType> {
    const [item] = await loadActionItems(this.em, { itemIds: [id] });
    if (!item) throw notFound('Action item');
    return item;
  }

  private static requireActive(engagement: EngagementFacts): void {
    if (engagement.state !== EngagementState.ACTIVE) throw engagementStateConflict(engagement.state);
  }
}
