import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { notFound, parseInput } from '@parity/shared/errors';
import { NOTIFICATION_KINDS, NotificationKind } from '../copy/notification-kind';
import type { ReminderRuleType } from '../dto/reminder-rule.type';
import { DEFAULT_RULES } from './default-rules';
import { ReminderRule } from './reminder-rule.entity';

const ruleInputSchema = z.object({
  institutionId: z.string().uuid(),
  courseId: z.string().uuid().nullish(),
  kind: z.nativeEnum(NotificationKind),
  offsets: z.array(z.number().int().min(1).max(365)).min(1).max(5),
  enabled: z.boolean(),
});

/** The reminder rules editor of an institution's admins: defaults, institution-wide and per-course (audited). */
@Injectable()
export class ReminderRulesService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  /** Every kind's institution-wide rule (saved or default), then the course-specific ones. */
  async list(actor: Actor | null, institutionId: string): Promise<ReminderRuleType[]> {
    if (!isUuid(institutionId)) throw notFound('Institution');
    this.authz.assert(actor, 'reminder.rules', { institutionId });
    const saved = await this.em.find(
      ReminderRule,
      { institutionId },
      { orderBy: { kind: 'asc', courseId: 'asc' } },
    );
    const wide = new Map(saved.filter((rule) => !rule.courseId).map((rule) => [rule.kind, rule]));
    return [
      ...NOTIFICATION_KINDS.map((kind) => {
        const rule = wide.get(kind);
        return rule
          ? { kind, courseId: null, offsets: rule.offsets, enabled: rule.enabled, isDefault: false }
          : { kind, courseId: null, ...DEFAULT_RULES[kind], isDefault: true };
      }),
      ...saved
        .filter((rule) => rule.courseId)
        .map((rule) => ({
          kind: rule.kind,
          courseId: rule.courseId,
          offsets: rule.offsets,
          enabled: rule.enabled,
          isDefault: false,
        })),
    ];
  }

  async save(actorOrNull: Actor | null, raw: unknown): Promise<ReminderRuleType> {
    const input = parseInput(ruleInputSchema, raw);
    const actor = this.authz.assert(actorOrNull, 'reminder.rules', { institutionId: input.institutionId });
    if (input.courseId) {
      const [course] = await this.em.execute<{ id: string }[]>(
        `select id from course where id = ? and owner_institution_id = ?`,
        [input.courseId, input.institutionId],
      );
      if (!course) throw notFound('Course');
    }
    const offsets = [...new Set(input.offsets)].sort((a, b) => b - a);
    await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into reminder_rule (id, created_at, institution_id, course_id, kind, offsets, enabled)
         values (gen_random_uuid(), now(), ?, ?, ?, ?, ?)
         on conflict (institution_id, coalesce(course_id, '00000000-0000-0000-0000-000000000000'), kind)
         do update set offsets = excluded.offsets, enabled = excluded.enabled, updated_at = now()`,
        [input.institutionId, input.courseId ?? null, input.kind, JSON.stringify(offsets), input.enabled],
      );
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'reminder-rule.saved',
        subjectType: 'Institution',
        subjectId: input.institutionId,
        institutionId: input.institutionId,
        details: { kind: input.kind, courseId: input.courseId ?? null, offsets, enabled: input.enabled },
      });
    });
    return {
      kind: input.kind,
      courseId: input.courseId ?? null,
      offsets,
      enabled: input.enabled,
      isDefault: false,
    };
  }
}
