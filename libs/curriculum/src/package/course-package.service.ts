import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, notFound } from '@parity/shared/errors';
import { FILE_STORAGE, readBody, StorageErrorCode, type FileStorage } from '@parity/shared/storage';
import { AuthorizationService, Institution, type Actor } from '@parity/identity';
import type { Course } from '../course/course.entity';
import { LessonFile } from '../files/lesson-file.entity';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { CourseQueryService } from '../query/course-query.service';
import { completeness } from '../version/completeness';
import type { CourseVersion } from '../version/course-version.entity';
import { buildSnapshot, snapshotHash } from '../version/snapshot';
import { learnerTexts, loadVersionContent } from '../version/version-content';
import {
  MAX_PACKAGE_FILE_BYTES,
  MAX_PACKAGE_UPLOAD_BYTES,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_WITH_FILES,
  type CoursePackage,
  type PackageSnapshot,
} from './course-package';
import { createImportedCourse } from './create-imported-course';
import { sha256, verifyPackagedFiles, withWrittenFiles } from './package-files';
import { packageFileName } from './package-file-name';
import { invalidPackage, parsePackage } from './parse-package';
import { readBounded } from './read-bounded';

/** A package ready to send: its download name and the document, produced file by file. */
export interface PackageDownload {
  fileName: string;
  body: Readable;
}

/**
 * Sharing curricula between institutions: one self-contained JSON package per course version, without its lesson
 * files (GraphQL, `parity.course-package/1`) or with them (REST, `parity.course-package/2`).
 */
@Injectable()
export class CoursePackageService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly queries: CourseQueryService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /** The version as a package without files (a published version exactly as frozen; a draft as it is now). */
  async export(actor: Actor | null, versionId: string): Promise<string> {
    const { version, snapshot } = await this.snapshotOf(actor, versionId);
    return JSON.stringify(this.envelope(PACKAGE_FORMAT, version, snapshot));
  }

  /**
   * The version as a package that carries its lesson files (at most 100 MB of them, else FILE_TOO_LARGE). The body
   * is written one file at a time, so a large package is never held in memory whole.
   */
  async exportWithFiles(actor: Actor | null, versionId: string): Promise<PackageDownload> {
    const { version, snapshot } = await this.snapshotOf(actor, versionId);
    const links = await this.lessonFiles(version, snapshot);
    let total = 0;
    for (const { link } of links) {
      // Checked before the answer starts: a file missing from the storage fails the export, not a half-sent package.
      const stored = await this.storage.head(link.file.key);
      if (!stored) throw notFound('File');
      total += stored.size;
    }
    if (total > MAX_PACKAGE_FILE_BYTES) {
      throw new DomainError(
        StorageErrorCode.FILE_TOO_LARGE,
        `The lesson files of this version come to ${total} bytes; a package carries at most ${MAX_PACKAGE_FILE_BYTES}.`,
        { maxBytes: MAX_PACKAGE_FILE_BYTES, size: total },
      );
    }
    const head = JSON.stringify(this.envelope(PACKAGE_FORMAT_WITH_FILES, version, snapshot));
    const storage = this.storage;
    async function* document(): AsyncGenerator<string> {
      yield `${head.slice(0, -1)},"files":[`;
      for (const [index, { module, lesson, link }] of links.entries()) {
        const bytes = await readBody(await storage.get(link.file.key));
        yield (index ? ',' : '') +
          JSON.stringify({
            module,
            lesson,
            name: link.file.originalName,
            contentType: link.file.contentType,
            size: bytes.length,
            sha256: sha256(bytes),
            data: bytes.toString('base64'),
          });
      }
      yield ']}';
    }
    return {
      fileName: packageFileName(version.course.defaultLocale, version.title, version.number),
      body: Readable.from(document()),
    };
  }

  /** Imports a package sent through GraphQL (at most 5 MB: in practice one without files). */
  async import(actorOrNull: Actor | null, institutionId: string, text: string): Promise<Course> {
    const { actor, institution } = await this.authorizeImport(actorOrNull, institutionId);
    return (await this.importPackage(actor, institution, parsePackage(text))).course;
  }

  /**
   * Imports a package uploaded as raw bytes (with files or without). Who may import is checked before the body is
   * read; the body is read only up to the package limit.
   */
  async importUpload(
    actorOrNull: Actor | null,
    institutionId: string,
    body: Readable,
    declaredBytes: number | null,
  ): Promise<{ courseId: string; versionId: string }> {
    const { actor, institution } = await this.authorizeImport(actorOrNull, institutionId);
    const tooLarge = () =>
      invalidPackage(`it is larger than ${Math.floor(MAX_PACKAGE_UPLOAD_BYTES / (1024 * 1024))} MB`, [
        { field: 'package', code: 'FILE_TOO_LARGE' },
      ]);
    if (declaredBytes !== null && declaredBytes > MAX_PACKAGE_UPLOAD_BYTES) throw tooLarge();
    const bytes = await readBounded(body, MAX_PACKAGE_UPLOAD_BYTES, tooLarge);
    const pkg = parsePackage(bytes.toString('utf8'), MAX_PACKAGE_UPLOAD_BYTES);
    const { course, version } = await this.importPackage(actor, institution, pkg);
    return { courseId: course.id, versionId: version.id };
  }

  private async authorizeImport(
    actorOrNull: Actor | null,
    institutionId: string,
  ): Promise<{ actor: Actor; institution: Institution }> {
    const institution = /^[0-9a-f-]{36}$/i.test(institutionId)
      ? await this.em.findOne(Institution, institutionId)
      : null;
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'course.create', { institutionId: institution.id });
    return { actor, institution };
  }

  /**
   * All or nothing: every file is checked before any is written; the files are written, then the rows are created in
   * one transaction; if that fails, the written files are deleted again.
   */
  private async importPackage(
    actor: Actor,
    institution: Institution,
    pkg: CoursePackage,
  ): Promise<{ course: Course; version: CourseVersion }> {
    const files = 'files' in pkg ? verifyPackagedFiles(pkg.files, pkg.snapshot) : [];
    return withWrittenFiles(this.storage, files, (written) =>
      this.em.transactional(async (tx) =>
        createImportedCourse(tx, { institution, actorId: actor.userId, pkg, files: written }),
      ),
    );
  }

  private async snapshotOf(
    actor: Actor | null,
    versionId: string,
  ): Promise<{ version: CourseVersion; snapshot: object }> {
    const version = await this.queries.version(actor, versionId);
    await this.em.populate(version, ['snapshot', 'course.ownerInstitution']);
    let snapshot: object | null = version.snapshot;
    if (!snapshot) {
      const content = await loadVersionContent(this.em, version);
      const locales = completeness(learnerTexts(content))
        .filter((row) => row.complete)
        .map((row) => row.locale);
      snapshot = buildSnapshot(version.course, content, locales);
    }
    return { version, snapshot };
  }

  private envelope(format: string, version: CourseVersion, snapshot: object): object {
    return {
      format,
      exportedAt: new Date().toISOString(),
      source: {
        institution: version.course.ownerInstitution.name,
        courseId: version.course.id,
        versionNumber: version.number,
      },
      hash: snapshotHash(snapshot),
      snapshot,
    };
  }

  /** The version's lesson files in order, each with the module and lesson index it has in the snapshot. */
  private async lessonFiles(
    version: CourseVersion,
    snapshot: object,
  ): Promise<{ module: number; lesson: number; link: LessonFile }[]> {
    const modules = await this.em.find(
      CourseModule,
      { version: version.id },
      { orderBy: { position: 'asc' } },
    );
    if (!modules.length) return [];
    const lessons = await this.em.find(
      Lesson,
      { module: { $in: modules.map((m) => m.id) } },
      { orderBy: { position: 'asc' } },
    );
    if (!lessons.length) return [];
    const address = new Map<string, { module: number; lesson: number }>();
    modules.forEach((module, moduleIndex) => {
      lessons
        .filter((lesson) => lesson.module.id === module.id)
        .forEach((lesson, lessonIndex) =>
          address.set(lesson.id, { module: moduleIndex, lesson: lessonIndex }),
        );
    });
    const links = await this.em.find(
      LessonFile,
      { lesson: { $in: lessons.map((l) => l.id) } },
      { populate: ['file'], orderBy: { position: 'asc', createdAt: 'asc' } },
    );
    const frozen = snapshot as Pick<PackageSnapshot, 'modules'>;
    return links
      .flatMap((link) => {
        const at = address.get(link.lesson.id);
        // A published version's rows are its frozen snapshot; a file outside it would have no lesson to go to.
        return at && frozen.modules[at.module]?.lessons[at.lesson] ? [{ ...at, link }] : [];
      })
      .sort((a, b) => a.module - b.module || a.lesson - b.lesson);
  }
}
