import type { EntityManager } from '@mikro-orm/postgresql';
import { questionTexts } from '../bank/question-data';
import { CourseModule } from '../outline/course-module.entity';
import { Lesson } from '../outline/lesson.entity';
import { loadQuizContent, type QuizContent } from '../quiz/quiz-content';
import type { TranslatedText } from '../translation/translated-text';
import type { CourseVersion } from './course-version.entity';

export interface VersionContent {
  version: CourseVersion;
  modules: { module: CourseModule; lessons: Lesson[]; quizzes: QuizContent[] }[];
}

/**
 * A version's outline in order, with its quizzes and every question they can use: five queries, however many
 * modules, lessons, quizzes and questions.
 */
export async function loadVersionContent(em: EntityManager, version: CourseVersion): Promise<VersionContent> {
  const modules = await em.find(CourseModule, { version: version.id }, { orderBy: { position: 'asc' } });
  const moduleIds = modules.map((m) => m.id);
  const lessons = modules.length
    ? await em.find(Lesson, { module: { $in: moduleIds } }, { orderBy: { position: 'asc' } })
    : [];
  const quizzes = await loadQuizContent(em, moduleIds);
  return {
    version,
    modules: modules.map((module) => ({
      module,
      lessons: lessons.filter((lesson) => lesson.module.id === module.id),
      quizzes: quizzes.filter((content) => content.quiz.module.id === module.id),
    })),
  };
}

/** Every text a learner reads in the version (empty ones left out): outline, lessons, quizzes and their questions. */
export function learnerTexts(content: VersionContent): TranslatedText[] {
  const texts: TranslatedText[] = [content.version.title, content.version.summary];
  for (const { module, lessons, quizzes } of content.modules) {
    texts.push(module.title, module.summary);
    for (const lesson of lessons) texts.push(lesson.title, lesson.body);
    for (const { quiz, questions } of quizzes) {
      texts.push(quiz.title);
      for (const question of questions) texts.push(...questionTexts(question));
    }
  }
  return texts.filter((text) => Object.keys(text).length > 0);
}
