import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@parity/shared/errors';
import { AuthorizationService, type Actor, type Operation, type Subject } from '@parity/identity';
import { CourseAuthor } from '../course/course-author.entity';
import { Course } from '../course/course.entity';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { CourseVersion } from '../version/course-version.entity';

/**
 * Loads course objects and checks the caller may act on them. "Own" means the caller is one of the course's
 * authors (from any institution); otherwise the course's owner institution decides.
 */
@Injectable()
export class CourseAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async subject(actor: Actor | null, course: Course): Promise<Subject> {
    const author = actor ? await this.em.count(CourseAuthor, { course: course.id, user: actor.userId }) : 0;
    return { institutionId: course.ownerInstitution.id, ownerId: author ? (actor?.userId ?? null) : null };
  }

  async assertCourse(actor: Actor | null, course: Course, operation: Operation): Promise<Actor> {
    return this.authz.assert(actor, operation, await this.subject(actor, course));
  }

  async can(actor: Actor, course: Course, operation: Operation): Promise<boolean> {
    return this.authz.can(actor, operation, await this.subject(actor, course));
  }

  async course(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; course: Course }> {
    const course = await this.em.findOne(Course, id);
    if (!course) throw notFound('Course');
    return { actor: await this.assertCourse(actor, course, operation), course };
  }

  async version(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; version: CourseVersion }> {
    const version = await this.em.findOne(CourseVersion, id, { populate: ['course'] });
    if (!version) throw notFound('Course version');
    return { actor: await this.assertCourse(actor, version.course, operation), version };
  }

  async module(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; module: CourseModule }> {
    const module = await this.em.findOne(CourseModule, id, { populate: ['version', 'version.course'] });
    if (!module) throw notFound('Module');
    return { actor: await this.assertCourse(actor, module.version.course, operation), module };
  }

  async lesson(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; lesson: Lesson }> {
    const lesson = await this.em.findOne(Lesson, id, {
      populate: ['module', 'module.version', 'module.version.course'],
    });
    if (!lesson) throw notFound('Lesson');
    return { actor: await this.assertCourse(actor, lesson.module.version.course, operation), lesson };
  }
}
