import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { DomainError } from '@parity/shared/errors';
import type { Actor } from '@parity/identity';
import { CourseAccess } from '../access/course-access.service';
import { logChange } from '../course/change-log';
import { CourseChange } from '../course/course-change.entity';
import { Course } from '../course/course.entity';
import { CurriculumErrorCode } from '../curriculum.errors';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { LessonFile } from '../files/lesson-file.entity';
import { QuizItem } from '../quiz/quiz-item.entity';
import { Quiz } from '../quiz/quiz.entity';
import { completeness } from '../version/completeness';
import { CourseVersion } from '../version/course-version.entity';
import { buildSnapshot, snapshotHash } from '../version/snapshot';
import { learnerTexts, loadVersionContent } from '../version/version-content';
import { VersionStatus } from '../version/version-status.enum';

const invalidTransition = (message: string): DomainError =>
  new DomainError(CurriculumErrorCode.INVALID_TRANSITION, message);

/** draft → in review → published (→ archived when a newer one is published); a returned version is a draft again. */
@Injectable()
export class LifecycleService {
  constructor(
    private readonly em: EntityManager,
    private readonly access: CourseAccess,
  ) {}

  private async completeLocales(version: CourseVersion): Promise<string[]> {
    const content = await loadVersionContent(this.em, version);
    return completeness(learnerTexts(content))
      .filter((row) => row.complete)
      .map((row) => row.locale);
  }

  /** Moves the version from one status to another only if nobody moved it first (one conditional UPDATE). */
  private async transition(
    version: CourseVersion,
    from: VersionStatus,
    changes: Partial<CourseVersion>,
    em: EntityManager = this.em,
  ): Promise<void> {
    const moved = await em.nativeUpdate(
      CourseVersion,
      { id: version.id, status: from },
      { ...changes, rev: version.rev + 1 },
    );
    if (moved !== 1) throw invalidTransition(`The version is no longer ${from}.`);
  }

  async submit(actorOrNull: Actor | null, id: string): Promise<CourseVersion> {
    const { actor, version } = await this.access.version(actorOrNull, id, 'course.edit');
    if (version.status !== VersionStatus.DRAFT)
      throw invalidTransition('Only a draft can be submitted for review.');
    if ((await this.completeLocales(version)).length === 0) {
      throw new DomainError(CurriculumErrorCode.NO_COMPLETE_LANGUAGE, 'No language has every text yet.');
    }
    await this.transition(version, VersionStatus.DRAFT, {
      status: VersionStatus.IN_REVIEW,
      submittedById: actor.userId,
      submittedAt: new Date(),
      reviewNote: null,
    });
    logChange(this.em, version.course, actor.userId, 'version.submitted', version.id);
    await this.em.flush();
    return this.em.refresh(version).then(() => version);
  }

  /** The people who wrote this version: its creator, who submitted it, and anyone who changed it. */
  private async editorsOf(version: CourseVersion): Promise<Set<string>> {
    const changes = await this.em.find(CourseChange, { versionId: version.id }, { fields: ['actorId'] });
    const editors = new Set(
      changes.map((change) => change.actorId).filter((id): id is string => Boolean(id)),
    );
    editors.add(version.createdById);
    if (version.submittedById) editors.add(version.submittedById);
    return editors;
  }

  private async assertReviewer(
    actorOrNull: Actor | null,
    id: string,
  ): Promise<{ actor: Actor; version: CourseVersion }> {
    const { actor, version } = await this.access.version(actorOrNull, id, 'course.review');
    if (version.status !== VersionStatus.IN_REVIEW)
      throw invalidTransition('Only a version in review can be reviewed.');
    if ((await this.editorsOf(version)).has(actor.userId)) {
      throw new DomainError(
        CurriculumErrorCode.SELF_APPROVAL,
        'Someone who did not write this version must review it.',
      );
    }
    return { actor, version };
  }

  async returnToDraft(actorOrNull: Actor | null, id: string, note: string): Promise<CourseVersion> {
    const { actor, version } = await this.assertReviewer(actorOrNull, id);
    await this.transition(version, VersionStatus.IN_REVIEW, {
      status: VersionStatus.DRAFT,
      reviewedById: actor.userId,
      reviewedAt: new Date(),
      reviewNote: note.trim().slice(0, 2000) || null,
    });
    logChange(this.em, version.course, actor.userId, 'version.returned', version.id);
    await this.em.flush();
    await this.em.refresh(version);
    return version;
  }

  /** Approves and publishes: freezes the content (snapshot and hash) in the languages that are complete. */
  async approve(actorOrNull: Actor | null, id: string): Promise<CourseVersion> {
    const { actor, version } = await this.assertReviewer(actorOrNull, id);
    const content = await loadVersionContent(this.em, version);
    const locales = completeness(learnerTexts(content))
      .filter((row) => row.complete)
      .map((row) => row.locale);
    if (!locales.length)
      throw new DomainError(CurriculumErrorCode.NO_COMPLETE_LANGUAGE, 'No language has every text yet.');
    const course = version.course;
    const snapshot = buildSnapshot(course, content, locales);
    await this.em.transactional(async (tx) => {
      await tx.nativeUpdate(
        CourseVersion,
        { course: course.id, status: VersionStatus.PUBLISHED },
        { status: VersionStatus.ARCHIVED },
      );
      await this.transition(
        version,
        VersionStatus.IN_REVIEW,
        {
          status: VersionStatus.PUBLISHED,
          reviewedById: actor.userId,
          reviewedAt: new Date(),
          publishedAt: new Date(),
          locales,
          snapshot: snapshot as unknown as Record<string, unknown>,
          snapshotHash: snapshotHash(snapshot),
        },
        tx,
      );
      await tx.nativeUpdate(Course, { id: course.id }, { publishedVersionId: version.id });
      logChange(tx, course, actor.userId, 'version.published', version.id, { locales });
    });
    await this.em.refresh(course);
    await this.em.refresh(version);
    return version;
  }

  /** Starts the next draft from the latest published version (its content copied; the published one untouched). */
  async createDraft(actorOrNull: Actor | null, courseId: string): Promise<CourseVersion> {
    const { actor, course } = await this.access.course(actorOrNull, courseId, 'course.edit');
    const base = course.publishedVersionId
      ? await this.em.findOne(CourseVersion, course.publishedVersionId)
      : null;
    if (!base) throw invalidTransition('Publish a first version before starting a new one.');
    const last = await this.em.findOneOrFail(
      CourseVersion,
      { course: course.id },
      { orderBy: { number: 'desc' } },
    );
    const content = await loadVersionContent(this.em, base);
    const lessonIds = content.modules.flatMap(({ lessons }) => lessons.map((lesson) => lesson.id));
    const files = lessonIds.length ? await this.em.find(LessonFile, { lesson: { $in: lessonIds } }) : [];
    return this.em
      .transactional(async (tx) => {
        const draft = new CourseVersion(
          course,
          last.number + 1,
          actor.userId,
          { ...base.title },
          { ...base.summary },
        );
        tx.persist(draft);
        const quizCopies = new Map<string, Quiz>();
        for (const { module, lessons, quizzes } of content.modules) {
          const copy = new CourseModule(draft, module.position, { ...module.title }, { ...module.summary });
          tx.persist(copy);
          for (const lesson of lessons) {
            const lessonCopy = new Lesson(copy, lesson.position, {
              title: { ...lesson.title },
              body: { ...lesson.body },
              videoUrl: lesson.videoUrl,
              estimatedMinutes: lesson.estimatedMinutes,
            });
            tx.persist(lessonCopy);
            for (const link of files.filter((f) => f.lesson.id === lesson.id)) {
              tx.persist(new LessonFile(lessonCopy, link.file, link.position));
            }
          }
          for (const { quiz, items } of quizzes) {
            const quizCopy = new Quiz(copy, quiz.position, { ...quiz.settings(), title: { ...quiz.title } });
            quizCopies.set(quiz.id, quizCopy);
            tx.persist(quizCopy);
            for (const { item } of items) tx.persist(new QuizItem(quizCopy, item.position, item.spec()));
          }
        }
        for (const { quiz } of content.modules.flatMap((m) => m.quizzes)) {
          const copy = quizCopies.get(quiz.id);
          if (copy && quiz.pairedQuizId) copy.pairedQuizId = quizCopies.get(quiz.pairedQuizId)?.id ?? null;
        }
        logChange(tx, course, actor.userId, 'version.draft-created', draft.id, { from: base.number });
        return draft;
      })
      .catch((error: unknown) => {
        throw error instanceof UniqueConstraintViolationException
          ? invalidTransition('This course already has a draft or a version in review.')
          : error;
      });
  }
}
