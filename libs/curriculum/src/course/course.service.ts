import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound, parseInput } from '@parity/shared/errors';
import { AuthorizationService, Institution, User, type Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { CurriculumErrorCode } from '../curriculum.errors';
import { saveRevision } from '../access/revision';
import { CourseVersion } from '../version/course-version.entity';
import { CourseAuthor } from './course-author.entity';
import { courseSettingsSchema, createCourseSchema } from './course-input.schema';
import { Course } from './course.entity';
import { logChange } from './change-log';

/** Creating courses and changing their settings and authors. */
@Injectable()
export class CourseService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CourseAccess,
  ) {}

  async create(actorOrNull: Actor | null, raw: unknown): Promise<Course> {
    const input = parseInput(createCourseSchema, raw);
    const institution = await this.em.findOne(Institution, input.institutionId);
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'course.create', { institutionId: institution.id });
    return this.em.transactional(async (tx) => {
      const course = new Course({
        ownerInstitution: institution,
        createdById: actor.userId,
        defaultLocale: input.defaultLocale,
        visibility: input.visibility ?? undefined,
        tags: input.tags ?? [],
        estimatedMinutes: input.estimatedMinutes ?? null,
      });
      const version = new CourseVersion(course, 1, actor.userId, input.title, input.summary ?? {});
      tx.persist([course, version, new CourseAuthor(course, tx.getReference(User, actor.userId))]);
      logChange(tx, course, actor.userId, 'course.created', version.id);
      return course;
    });
  }

  async updateSettings(actorOrNull: Actor | null, id: string, raw: unknown): Promise<Course> {
    const input = parseInput(courseSettingsSchema, raw);
    const { actor, course } = await this.access.course(actorOrNull, id, 'course.edit');
    const changes: Partial<Course> = {};
    if (input.visibility) changes.visibility = input.visibility;
    if (input.tags) changes.tags = [...new Set(input.tags)];
    if (input.estimatedMinutes !== undefined) changes.estimatedMinutes = input.estimatedMinutes;
    if (typeof input.selfEnrolment === 'boolean') changes.selfEnrolment = input.selfEnrolment;
    if (input.completionMinimumMinutes !== undefined)
      changes.completionMinimumMinutes = input.completionMinimumMinutes;
    await saveRevision(this.em, Course, course, input.expectedRev, changes);
    logChange(this.em, course, actor.userId, 'course.settings-changed', null, {
      fields: Object.keys(changes),
    });
    await this.em.flush();
    return course;
  }

  /** Withdraws the course from the catalogue (no new enrolments); its versions stay readable. */
  archive(actorOrNull: Actor | null, id: string): Promise<Course> {
    return this.setArchived(actorOrNull, id, true);
  }

  restore(actorOrNull: Actor | null, id: string): Promise<Course> {
    return this.setArchived(actorOrNull, id, false);
  }

  /** One conditional UPDATE: of two concurrent archive (or restore) calls one wins, the other gets INVALID_TRANSITION. */
  private async setArchived(actorOrNull: Actor | null, id: string, archive: boolean): Promise<Course> {
    const { actor, course } = await this.access.course(actorOrNull, id, 'course.archive');
    await this.em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        Course,
        { id: course.id, archivedAt: archive ? null : { $ne: null } },
        { archivedAt: archive ? new Date() : null },
      );
      if (changed !== 1)
        throw new DomainError(
          CurriculumErrorCode.INVALID_TRANSITION,
          archive ? 'This course is already archived.' : 'This course is not archived.',
        );
      logChange(tx, course, actor.userId, archive ? 'course.archived' : 'course.restored');
    });
    await this.em.refresh(course);
    return course;
  }

  async addAuthor(actorOrNull: Actor | null, courseId: string, userId: string): Promise<Course> {
    const { actor, course } = await this.access.course(actorOrNull, courseId, 'course.edit');
    const user = await this.em.findOne(User, userId);
    if (!user) throw badInput([{ field: 'userId', code: 'INVALID' }]);
    if (!(await this.em.count(CourseAuthor, { course: course.id, user: user.id }))) {
      this.em.persist(new CourseAuthor(course, user));
      logChange(this.em, course, actor.userId, 'course.author-added', null, { userId });
      await this.em.flush();
    }
    return course;
  }

  async removeAuthor(actorOrNull: Actor | null, courseId: string, userId: string): Promise<Course> {
    const { actor, course } = await this.access.course(actorOrNull, courseId, 'course.edit');
    const removed = await this.em.nativeDelete(CourseAuthor, { course: course.id, user: userId });
    if (removed) {
      logChange(this.em, course, actor.userId, 'course.author-removed', null, { userId });
      await this.em.flush();
    }
    return course;
  }
}
