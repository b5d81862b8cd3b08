import { createHash } from 'node:crypto';
import type { QuestionData } from '../bank/question-data';
import type { Course } from '../course/course.entity';
import type { QuizItemSpec } from '../quiz/quiz-item.entity';
import type { QuizSettings } from '../quiz/quiz.entity';
import type { VersionContent } from './version-content';

export const PACKAGE_FORMAT = 'parity.course/1';

/** A quiz as frozen at publication: its settings, its selection, and the full content of every usable question. */
export interface QuizSnapshot extends QuizSettings {
  id: string;
  pairedQuizId: string | null;
  /** Each item with the ids of the questions it can use (the fixed one, or the whole pool of a random draw). */
  items: (QuizItemSpec & { questionIds: string[] })[];
  questions: QuestionData[];
}

export interface CourseSnapshot {
  format: typeof PACKAGE_FORMAT;
  course: { defaultLocale: string; visibility: string; tags: string[]; estimatedMinutes: number | null };
  version: { number: number; title: object; summary: object; locales: string[] };
  modules: {
    title: object;
    summary: object;
    lessons: { title: object; body: object; videoUrl: string | null; estimatedMinutes: number | null }[];
    quizzes: QuizSnapshot[];
  }[];
}

/** The whole content of a version as one plain document (what is frozen at publication and exported). */
export function buildSnapshot(course: Course, content: VersionContent, locales: string[]): CourseSnapshot {
  return {
    format: PACKAGE_FORMAT,
    course: {
      defaultLocale: course.defaultLocale,
      visibility: course.visibility,
      tags: [...course.tags],
      estimatedMinutes: course.estimatedMinutes,
    },
    version: {
      number: content.version.number,
      title: content.version.title,
      summary: content.version.summary,
      locales,
    },
    modules: content.modules.map(({ module, lessons, quizzes }) => ({
      title: module.title,
      summary: module.summary,
      lessons: lessons.map((lesson) => ({
        title: lesson.title,
        body: lesson.body,
        videoUrl: lesson.videoUrl,
        estimatedMinutes: lesson.estimatedMinutes,
      })),
      quizzes: quizzes.map(({ quiz, items, questions }) => ({
        id: quiz.id,
        ...quiz.settings(),
        pairedQuizId: quiz.pairedQuizId,
        items: items.map(({ item, questionIds }) => ({ ...item.spec(), questionIds })),
        questions,
      })),
    })),
  };
}

/** SHA-256 of the canonical JSON (keys sorted), so equal content has an equal hash. */
export function snapshotHash(snapshot: unknown): string {
  const canonical = JSON.stringify(snapshot, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}
