import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, notFound } from '@parity/shared/errors';
import { FILE_STORAGE, StoredFile, type FileStorage } from '@parity/shared/storage';
import { AuthorizationService, type Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { logChange } from '../course/change-log';
import { CourseQueryService } from '../query/course-query.service';
import { assertDraft } from '../version/assert-draft';
import { LessonFile } from './lesson-file.entity';

/** Attaching uploaded files to a draft's lessons, and handing them out to those who may read the lesson. */
@Injectable()
export class LessonFilesService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CourseAccess,
    private readonly queries: CourseQueryService,
    private readonly authz: AuthorizationService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async attach(actorOrNull: Actor | null, lessonId: string, fileId: string): Promise<LessonFile> {
    const { actor, lesson } = await this.access.lesson(actorOrNull, lessonId, 'course.edit');
    assertDraft(lesson.module.version);
    const file = await this.em.findOne(StoredFile, fileId);
    if (!file) throw notFound('File');
    if (file.createdById !== actor.userId) throw forbidden('Attach a file you uploaded.');
    const existing = await this.em.findOne(LessonFile, { lesson: lesson.id, file: file.id });
    if (existing) return existing;
    const link = new LessonFile(lesson, file, await this.em.count(LessonFile, { lesson: lesson.id }));
    this.em.persist(link);
    logChange(
      this.em,
      lesson.module.version.course,
      actor.userId,
      'lesson.file-attached',
      lesson.module.version.id,
      {
        lessonId: lesson.id,
        fileId: file.id,
      },
    );
    await this.em.flush();
    return link;
  }

  async detach(actorOrNull: Actor | null, lessonId: string, fileId: string): Promise<boolean> {
    const { actor, lesson } = await this.access.lesson(actorOrNull, lessonId, 'course.edit');
    assertDraft(lesson.module.version);
    const removed = await this.em.nativeDelete(LessonFile, { lesson: lesson.id, file: fileId });
    if (removed) {
      logChange(
        this.em,
        lesson.module.version.course,
        actor.userId,
        'lesson.file-detached',
        lesson.module.version.id,
        {
          lessonId: lesson.id,
          fileId,
        },
      );
      await this.em.flush();
    }
    return removed > 0;
  }

  /**
   * A file for download: to its uploader, or to anyone who may read a course version whose lesson carries it
   * (the same rules as the version itself: drafts stay with the authors' institution).
   */
  async open(actorOrNull: Actor | null, fileId: string): Promise<{ file: StoredFile; body: Readable }> {
    const actor = this.authz.requireActor(actorOrNull);
    const file = await this.em.findOne(StoredFile, fileId);
    if (!file) throw notFound('File');
    let allowed = file.createdById === actor.userId;
    if (!allowed) {
      const links = await this.em.find(LessonFile, { file: file.id }, { populate: ['lesson.module'] });
      for (const link of links) {
        try {
          await this.queries.version(actor, link.lesson.module.version.id);
          allowed = true;
          break;
        } catch {
          // not this one: try the next version that carries the file
        }
      }
    }
    if (!allowed) throw forbidden();
    return { file, body: await this.storage.get(file.key) };
  }
}
