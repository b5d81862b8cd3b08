import { isUuid } from '@parity/shared/database';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@parity/identity';
import { FILE_STORAGE, StoredFile, type FileStorage } from '@parity/shared/storage';

/**
 * Whether a learner may download a lesson's file: they hold an active or completed enrolment in a version whose
 * lessons carry it (the studio's own rule, course.read, does not cover learners). For the api's file download route.
 */
@Injectable()
export class LessonFileAccess {
  constructor(
    private readonly em: EntityManager,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async learnerMayRead(actor: Actor | null, fileId: string): Promise<boolean> {
    if (!actor || !isUuid(fileId)) return false;
    const rows = await this.em.execute<{ found: number }[]>(
      `select 1 as found from lesson_file lf
         join lesson l on l.id = lf.lesson_id
         join course_module m on m.id = l.module_id
         join enrolment e on e.version_id = m.version_id
       where lf.file_id = ? and e.user_id = ? and e.status in ('active', 'completed')
       limit 1`,
      [fileId, actor.userId],
    );
    return rows.length > 0;
  }

  /** The file and its bytes when the learner may read it (else null: the studio's rule decides). */
  async openForLearner(
    actor: Actor | null,
    fileId: string,
  ): Promise<{ file: StoredFile; body: Readable } | null> {
    if (!(await this.learnerMayRead(actor, fileId))) return null;
    const file = await this.em.findOne(StoredFile, fileId);
    if (!file) return null;
    return { file, body: await this.storage.get(file.key) };
  }
}
