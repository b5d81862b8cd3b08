import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '@parity/shared/errors';
import { AuthorizationService, Institution, User, type Actor } from '@parity/identity';
import { sanitizePlainText } from '../content/plain-text';
import { sanitizeRichText } from '../content/rich-text-sanitizer';
import { logChange } from '../course/change-log';
import { CourseAuthor } from '../course/course-author.entity';
import { Course } from '../course/course.entity';
import { CourseVisibility } from '../course/course-visibility.enum';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { CourseQueryService } from '../query/course-query.service';
import type { TranslatedText } from '../translation/translated-text';
import { completeness } from '../version/completeness';
import { CourseVersion } from '../version/course-version.entity';
import { buildSnapshot, snapshotHash } from '../version/snapshot';
import { learnerTexts, loadVersionContent } from '../version/version-content';
import { PACKAGE_FORMAT } from './course-package';
import { parsePackage } from './parse-package';
import { importQuizzes } from './import-quizzes';

const plain = (value: TranslatedText): TranslatedText =>
  Object.fromEntries(
    Object.entries(value)
      .map(([locale, text]) => [locale, sanitizePlainText(text ?? '', 300)])
      .filter(([, text]) => text),
  );
const rich = (value: TranslatedText): TranslatedText =>
  Object.fromEntries(
    Object.entries(value)
      .map(([locale, text]) => [locale, sanitizeRichText(text ?? '').trim()])
      .filter(([, text]) => text),
  );

/** Sharing curricula between institutions: one self-contained JSON package per course version. */
@Injectable()
export class CoursePackageService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly queries: CourseQueryService,
  ) {}

  /** The version as a package (a published version exactly as frozen; a draft as it is now). */
  async export(actor: Actor | null, versionId: string): Promise<string> {
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
    return JSON.stringify({
      format: PACKAGE_FORMAT,
      exportedAt: new Date().toISOString(),
      source: {
        institution: version.course.ownerInstitution.name,
        courseId: version.course.id,
        versionNumber: version.number,
      },
      hash: snapshotHash(snapshot),
      snapshot,
    });
  }

  /**
   * Imports a package into an institution as a new course with one draft (visible to the institution only until
   * its authors publish it). All or nothing, in one transaction; every text is sanitised again on the way in.
   */
  async import(actorOrNull: Actor | null, institutionId: string, text: string): Promise<Course> {
    const institution = await this.em.findOne(Institution, institutionId);
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'course.create', { institutionId: institution.id });
    const { snapshot, source } = parsePackage(text);
    return this.em.transactional(async (tx) => {
      const course = new Course({
        ownerInstitution: institution,
        createdById: actor.userId,
        defaultLocale: snapshot.course.defaultLocale,
        visibility: CourseVisibility.INSTITUTION,
        tags: snapshot.course.tags,
        estimatedMinutes: snapshot.course.estimatedMinutes,
      });
      const version = new CourseVersion(
        course,
        1,
        actor.userId,
        plain(snapshot.version.title),
        rich(snapshot.version.summary),
      );
      tx.persist([course, version, new CourseAuthor(course, tx.getReference(User, actor.userId))]);
      const withQuizzes: { module: CourseModule; quizzes: (typeof snapshot.modules)[number]['quizzes'] }[] =
        [];
      snapshot.modules.forEach((moduleData, moduleIndex) => {
        const module = new CourseModule(
          version,
          moduleIndex,
          plain(moduleData.title),
          rich(moduleData.summary),
        );
        tx.persist(module);
        withQuizzes.push({ module, quizzes: moduleData.quizzes });
        moduleData.lessons.forEach((lessonData, lessonIndex) => {
          tx.persist(
            new Lesson(module, lessonIndex, {
              title: plain(lessonData.title),
              body: rich(lessonData.body),
              videoUrl: lessonData.videoUrl,
              estimatedMinutes: lessonData.estimatedMinutes,
            }),
          );
        });
      });
      importQuizzes(tx, {
        institution,
        actorId: actor.userId,
        bankName: plain(snapshot.version.title),
        modules: withQuizzes,
      });
      logChange(tx, course, actor.userId, 'course.imported', version.id, { from: source });
      return course;
    });
  }
}
