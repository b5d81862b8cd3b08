import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound, parseInput } from '@parity/shared/errors';
import type { Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { saveRevision } from '../access/revision';
import { logChange } from '../course/change-log';
import { assertDraft } from '../version/assert-draft';
import { CourseVersion } from '../version/course-version.entity';
import { CourseModule } from './course-module.entity';
import { Lesson } from './lesson.entity';
import {
  lessonSchema,
  lessonUpdateSchema,
  moduleSchema,
  moduleUpdateSchema,
  positionSchema,
  versionTextSchema,
} from './outline-input.schema';

/** Moves `item` to `position` among `siblings` (already ordered) and renumbers them 0..n-1. */
function reorder<T extends { id: string; position: number }>(siblings: T[], item: T, position: number): void {
  const others = siblings.filter((sibling) => sibling.id !== item.id);
  others.splice(Math.min(position, others.length), 0, item);
  others.forEach((sibling, index) => (sibling.position = index));
}

/** Editing a draft's outline: its title and summary, its modules and lessons, their order. */
@Injectable()
export class OutlineService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CourseAccess,
  ) {}

  async updateVersionText(actorOrNull: Actor | null, id: string, raw: unknown): Promise<CourseVersion> {
    const input = parseInput(versionTextSchema, raw);
    const { actor, version } = await this.access.version(actorOrNull, id, 'course.edit');
    assertDraft(version);
    const changes: Partial<CourseVersion> = {};
    if (input.title) changes.title = input.title;
    if (input.summary) changes.summary = input.summary;
    await saveRevision(this.em, CourseVersion, version, input.expectedRev, changes);
    logChange(this.em, version.course, actor.userId, 'version.text-changed', version.id);
    await this.em.flush();
    return version;
  }

  async addModule(actorOrNull: Actor | null, versionId: string, raw: unknown): Promise<CourseModule> {
    const input = parseInput(moduleSchema, raw);
    const { actor, version } = await this.access.version(actorOrNull, versionId, 'course.edit');
    assertDraft(version);
    const position = await this.em.count(CourseModule, { version: version.id });
    const module = new CourseModule(version, position, input.title, input.summary ?? {});
    this.em.persist(module);
    logChange(this.em, version.course, actor.userId, 'module.added', version.id, { moduleId: module.id });
    await this.em.flush();
    return module;
  }

  async updateModule(actorOrNull: Actor | null, id: string, raw: unknown): Promise<CourseModule> {
    const input = parseInput(moduleUpdateSchema, raw);
    const { actor, module } = await this.access.module(actorOrNull, id, 'course.edit');
    assertDraft(module.version);
    const changes: Partial<CourseModule> = {};
    if (input.title) changes.title = input.title;
    if (input.summary) changes.summary = input.summary;
    await saveRevision(this.em, CourseModule, module, input.expectedRev, changes);
    logChange(this.em, module.version.course, actor.userId, 'module.changed', module.version.id, {
      moduleId: module.id,
    });
    await this.em.flush();
    return module;
  }

  async moveModule(actorOrNull: Actor | null, id: string, rawPosition: number): Promise<CourseModule[]> {
    const position = parseInput(positionSchema, rawPosition);
    const { actor, module } = await this.access.module(actorOrNull, id, 'course.edit');
    assertDraft(module.version);
    const siblings = await this.em.find(
      CourseModule,
      { version: module.version.id },
      { orderBy: { position: 'asc' } },
    );
    reorder(siblings, module, position);
    logChange(this.em, module.version.course, actor.userId, 'module.moved', module.version.id, {
      moduleId: module.id,
      position,
    });
    await this.em.flush();
    return siblings;
  }

  async deleteModule(actorOrNull: Actor | null, id: string): Promise<boolean> {
    const { actor, module } = await this.access.module(actorOrNull, id, 'course.edit');
    assertDraft(module.version);
    const siblings = await this.em.find(
      CourseModule,
      { version: module.version.id, id: { $ne: module.id } },
      { orderBy: { position: 'asc' } },
    );
    siblings.forEach((sibling, index) => (sibling.position = index));
    this.em.remove(module);
    logChange(this.em, module.version.course, actor.userId, 'module.deleted', module.version.id, {
      moduleId: module.id,
    });
    await this.em.flush();
    return true;
  }

  async addLesson(actorOrNull: Actor | null, moduleId: string, raw: unknown): Promise<Lesson> {
    const input = parseInput(lessonSchema, raw);
    const { actor, module } = await this.access.module(actorOrNull, moduleId, 'course.edit');
    assertDraft(module.version);
    const position = await this.em.count(Lesson, { module: module.id });
    const lesson = new Lesson(module, position, { ...input, body: input.body ?? {} });
    this.em.persist(lesson);
    logChange(this.em, module.version.course, actor.userId, 'lesson.added', module.version.id, {
      lessonId: lesson.id,
    });
    await this.em.flush();
    return lesson;
  }

  async updateLesson(actorOrNull: Actor | null, id: string, raw: unknown): Promise<Lesson> {
    const input = parseInput(lessonUpdateSchema, raw);
    const { actor, lesson } = await this.access.lesson(actorOrNull, id, 'course.edit');
    assertDraft(lesson.module.version);
    const changes: Partial<Lesson> = {};
    if (input.title) changes.title = input.title;
    if (input.body) changes.body = input.body;
    if (input.videoUrl !== undefined) changes.videoUrl = input.videoUrl;
    if (input.estimatedMinutes !== undefined) changes.estimatedMinutes = input.estimatedMinutes;
    await saveRevision(this.em, Lesson, lesson, input.expectedRev, changes);
    logChange(
      this.em,
      lesson.module.version.course,
      actor.userId,
      'lesson.changed',
      lesson.module.version.id,
      {
        lessonId: lesson.id,
        fields: Object.keys(changes),
      },
    );
    await this.em.flush();
    return lesson;
  }

  /** Moves a lesson within its module or into another module of the same draft. */
  async moveLesson(
    actorOrNull: Actor | null,
    id: string,
    moduleId: string,
    rawPosition: number,
  ): Promise<Lesson> {
    const position = parseInput(positionSchema, rawPosition);
    const { actor, lesson } = await this.access.lesson(actorOrNull, id, 'course.edit');
    assertDraft(lesson.module.version);
    const target = await this.em.findOne(CourseModule, { id: moduleId, version: lesson.module.version.id });
    if (!target) throw notFound('Module');
    const source = lesson.module;
    if (source.id !== target.id) {
      const left = await this.em.find(
        Lesson,
        { module: source.id, id: { $ne: lesson.id } },
        { orderBy: { position: 'asc' } },
      );
      left.forEach((sibling, index) => (sibling.position = index));
      lesson.module = target;
    }
    const siblings = await this.em.find(Lesson, { module: target.id }, { orderBy: { position: 'asc' } });
    reorder(siblings.some((s) => s.id === lesson.id) ? siblings : [...siblings, lesson], lesson, position);
    logChange(this.em, target.version.course, actor.userId, 'lesson.moved', target.version.id, {
      lessonId: lesson.id,
      moduleId,
      position,
    });
    await this.em.flush();
    return lesson;
  }

  async deleteLesson(actorOrNull: Actor | null, id: string): Promise<boolean> {
    const { actor, lesson } = await this.access.lesson(actorOrNull, id, 'course.edit');
    assertDraft(lesson.module.version);
    const siblings = await this.em.find(
      Lesson,
      { module: lesson.module.id, id: { $ne: lesson.id } },
      { orderBy: { position: 'asc' } },
    );
    siblings.forEach((sibling, index) => (sibling.position = index));
    this.em.remove(lesson);
    logChange(
      this.em,
      lesson.module.version.course,
      actor.userId,
      'lesson.deleted',
      lesson.module.version.id,
      { lessonId: lesson.id },
    );
    await this.em.flush();
    return true;
  }
}
