import type { EntityManager } from '@mikro-orm/postgresql';
import { StoredFile } from '@parity/shared/storage';
import { User, type Institution } from '@parity/identity';
import { sanitizePlainText } from '../content/plain-text';
import { sanitizeRichText } from '../content/rich-text-sanitizer';
import { logChange } from '../course/change-log';
import { CourseAuthor } from '../course/course-author.entity';
import { Course } from '../course/course.entity';
import { CourseVisibility } from '../course/course-visibility.enum';
import { LessonFile } from '../files/lesson-file.entity';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import type { TranslatedText } from '../translation/translated-text';
import { CourseVersion } from '../version/course-version.entity';
import type { CoursePackage } from './course-package';
import { importQuizzes } from './import-quizzes';
import type { WrittenFile } from './package-files';

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

/**
 * Persists a checked package as a new course of the institution with one draft (visible to the institution only until
 * its authors publish it), every text sanitised again, and the package's files (already written to the storage)
 * recorded and attached to their lessons. Runs inside the import's transaction.
 */
export function createImportedCourse(
  tx: EntityManager,
  input: { institution: Institution; actorId: string; pkg: CoursePackage; files: WrittenFile[] },
): { course: Course; version: CourseVersion } {
  const { institution, actorId, pkg, files } = input;
  const { snapshot, source } = pkg;
  const course = new Course({
    ownerInstitution: institution,
    createdById: actorId,
    defaultLocale: snapshot.course.defaultLocale,
    visibility: CourseVisibility.INSTITUTION,
    tags: snapshot.course.tags,
    estimatedMinutes: snapshot.course.estimatedMinutes,
  });
  const version = new CourseVersion(
    course,
    1,
    actorId,
    plain(snapshot.version.title),
    rich(snapshot.version.summary),
  );
  tx.persist([course, version, new CourseAuthor(course, tx.getReference(User, actorId))]);
  const withQuizzes: { module: CourseModule; quizzes: (typeof snapshot.modules)[number]['quizzes'] }[] = [];
  const lessons: Lesson[][] = [];
  snapshot.modules.forEach((moduleData, moduleIndex) => {
    const module = new CourseModule(version, moduleIndex, plain(moduleData.title), rich(moduleData.summary));
    tx.persist(module);
    withQuizzes.push({ module, quizzes: moduleData.quizzes });
    lessons.push(
      moduleData.lessons.map((lessonData, lessonIndex) => {
        const lesson = new Lesson(module, lessonIndex, {
          title: plain(lessonData.title),
          body: rich(lessonData.body),
          videoUrl: lessonData.videoUrl,
          estimatedMinutes: lessonData.estimatedMinutes,
        });
        tx.persist(lesson);
        return lesson;
      }),
    );
  });
  const positions = new Map<Lesson, number>();
  for (const written of files) {
    const lesson = lessons[written.module]?.[written.lesson];
    if (!lesson) throw new Error(`No lesson ${written.module}.${written.lesson} for a verified file`);
    const stored = new StoredFile({
      key: written.key,
      originalName: written.originalName,
      contentType: written.contentType,
      size: written.bytes.length,
      createdById: actorId,
      institutionId: institution.id,
    });
    const position = positions.get(lesson) ?? 0;
    positions.set(lesson, position + 1);
    tx.persist([stored, new LessonFile(lesson, stored, position)]);
  }
  importQuizzes(tx, {
    institution,
    actorId,
    bankName: plain(snapshot.version.title),
    modules: withQuizzes,
  });
  logChange(tx, course, actorId, 'course.imported', version.id, { from: source, files: files.length });
  return { course, version };
}
