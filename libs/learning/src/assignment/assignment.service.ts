import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Course, CourseVisibility } from '@parity/curriculum';
import { AuditService, AuthorizationService, Unit, User, type Actor } from '@parity/identity';
import { forbidden, notFound, parseInput } from '@parity/shared/errors';
import { Cohort } from '../cohort/cohort.entity';
import { escapeLike } from '../like-pattern';
import { assignCourseSchema, type AssignCourseData } from './assign-course.schema';
import { assignCourseSql, COHORT_TARGETS, peopleTargets, UNIT_TARGETS } from './assign-course-sql';

export interface AssignmentResult {
  created: number;
  alreadyEnrolled: number;
}

interface Target {
  kind: 'people' | 'unit' | 'cohort';
  id: string | null;
  sql: string;
  params: unknown[];
  institutionIds: string[];
}

/**
 * Assigning a course to people, a unit (with sub-units) or a cohort: authorised per target place, then one
 * set-based statement, however many people; idempotent.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async assign(actorOrNull: Actor | null, raw: AssignCourseData): Promise<AssignmentResult> {
    const caller = this.authz.requireActor(actorOrNull);
    const input = parseInput(assignCourseSchema, raw);
    const course = await this.em.findOne(Course, input.courseId);
    if (!course?.publishedVersionId || course.archivedAt) throw notFound('Course');
    const target = await this.target(caller, input);
    for (const institutionId of target.institutionIds) {
      const shared = course.visibility !== CourseVisibility.INSTITUTION;
      if (!shared && course.ownerInstitution.id !== institutionId)
        throw forbidden('This course is not shared with that institution.');
    }
    return this.em.transactional(async (tx) => {
      const [row] = await tx.execute<{ created: string; targeted: string }[]>(assignCourseSql(target.sql), [
        ...target.params,
        course.id,
        course.publishedVersionId,
        input.mandatory ?? false,
        input.dueAt ?? null,
        caller.userId,
        course.id,
      ]);
      const created = Number(row?.created ?? 0);
      const result = { created, alreadyEnrolled: Number(row?.targeted ?? 0) - created };
      this.audit.record(tx, {
        actorId: caller.userId,
        action: 'course.assigned',
        subjectType: 'Course',
        subjectId: course.id,
        institutionId: target.institutionIds[0] ?? null,
        details: {
          target: target.kind,
          targetId: target.id,
          dueAt: input.dueAt?.toISOString() ?? null,
          mandatory: input.mandatory ?? false,
          ...result,
        },
      });
      return result;
    });
  }

  /** The target's people as a SELECT, after checking the caller may assign there ('enrolment.assign'). */
  private async target(
    caller: Actor,
    input: { userIds?: string[] | null; unitId?: string | null; cohortId?: string | null },
  ): Promise<Target> {
    if (input.unitId) {
      const unit = await this.em.findOne(Unit, input.unitId);
      if (!unit) throw notFound('Unit');
      this.authz.assert(caller, 'enrolment.assign', {
        institutionId: unit.institution.id,
        unitPath: unit.path,
      });
      return {
        kind: 'unit',
        id: unit.id,
        sql: UNIT_TARGETS,
        params: [unit.institution.id, `${escapeLike(unit.path)}%`],
        institutionIds: [unit.institution.id],
      };
    }
    if (input.cohortId) {
      const cohort = await this.em.findOne(Cohort, input.cohortId);
      if (!cohort) throw notFound('Cohort');
      this.authz.assert(caller, 'enrolment.assign', { institutionId: cohort.institution.id });
      return {
        kind: 'cohort',
        id: cohort.id,
        sql: COHORT_TARGETS,
        params: [cohort.id],
        institutionIds: [cohort.institution.id],
      };
    }
    const ids = [...new Set(input.userIds ?? [])];
    const people = await this.em.find(User, { id: { $in: ids } }, { populate: ['unit'] });
    if (people.length !== ids.length) throw notFound('Person');
    for (const person of people) {
      this.authz.assert(caller, 'enrolment.assign', {
        institutionId: person.institution.id,
        unitPath: person.unit?.path ?? null,
      });
    }
    return {
      kind: 'people',
      id: null,
      sql: peopleTargets(ids.length),
      params: ids,
      institutionIds: [...new Set(people.map((person) => person.institution.id))],
    };
  }
}
