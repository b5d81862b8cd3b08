import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution } from '@parity/identity';
import { sanitizePlainText } from '../content/plain-text';
import { sanitizeRichText } from '../content/rich-text-sanitizer';
import { Question } from '../bank/question.entity';
import { QuestionBank } from '../bank/question-bank.entity';
import type { CourseModule } from '../outline/course-module.entity';
import { QuizItem } from '../quiz/quiz-item.entity';
import { Quiz } from '../quiz/quiz.entity';
import type { TranslatedText } from '../translation/translated-text';
import type { PackagedQuestion, PackagedQuiz } from './quiz-package';

const mapText = (value: TranslatedText, clean: (text: string) => string): TranslatedText =>
  Object.fromEntries(
    Object.entries(value)
      .map(([locale, text]) => [locale, clean(text ?? '')])
      .filter(([, text]) => text),
  );
export const plainText = (value: TranslatedText): TranslatedText =>
  mapText(value, (text) => sanitizePlainText(text, 2000));
export const richText = (value: TranslatedText): TranslatedText =>
  mapText(value, (text) => sanitizeRichText(text).trim());

function questionContent(question: PackagedQuestion): ConstructorParameters<typeof Question>[1] {
  return {
    category: question.category,
    type: question.type,
    prompt: richText(question.prompt),
    choices: question.choices.map((choice) => ({
      ...choice,
      text: plainText(choice.text),
      ...(choice.match ? { match: plainText(choice.match) } : {}),
    })),
    acceptedAnswers: Object.fromEntries(
      Object.entries(question.acceptedAnswers).map(([locale, answers]) => [
        locale,
        answers.map((a) => sanitizePlainText(a, 500)),
      ]),
    ),
    caseSensitive: question.caseSensitive,
    diacriticSensitive: question.diacriticSensitive,
    partialCredit: question.partialCredit,
    feedback: {
      general: richText(question.feedback.general),
      correct: richText(question.feedback.correct),
      incorrect: richText(question.feedback.incorrect),
    },
    points: question.points,
  };
}

/**
 * Recreates a package's quizzes in the importing institution: its frozen questions go into one new bank (named after
 * the course), fixed items point at their copies, random draws draw from the same category of that bank, and pre/post
 * pairs are paired again. Runs inside the import's transaction.
 */
export function importQuizzes(
  tx: EntityManager,
  input: {
    institution: Institution;
    actorId: string;
    bankName: TranslatedText;
    modules: { module: CourseModule; quizzes: PackagedQuiz[] }[];
  },
): void {
  const all = input.modules.flatMap(({ quizzes }) => quizzes);
  if (!all.length) return;
  const questions = new Map<string, PackagedQuestion>();
  for (const quiz of all) for (const question of quiz.questions) questions.set(question.id, question);
  const categories = [
    ...new Set([...questions.values()].map((q) => q.category).filter((c): c is string => Boolean(c))),
  ];
  const bank = new QuestionBank({
    ownerInstitution: input.institution,
    createdById: input.actorId,
    name: input.bankName,
    categories,
  });
  tx.persist(bank);
  const copies = new Map<string, Question>();
  for (const [id, question] of questions) {
    const copy = new Question(bank, questionContent(question));
    copies.set(id, copy);
    tx.persist(copy);
  }
  const quizCopies = new Map<string, Quiz>();
  for (const { module, quizzes } of input.modules) {
    quizzes.forEach((packaged, position) => {
      const { id, items, questions: _frozen, pairedQuizId: _paired, ...settings } = packaged;
      const quiz = new Quiz(module, position, { ...settings, title: plainText(settings.title) });
      quizCopies.set(id, quiz);
      tx.persist(quiz);
      items.forEach((item, itemPosition) => {
        const fixed = item.questionId ? copies.get(item.questionId) : undefined;
        if (item.questionId && !fixed) return;
        tx.persist(
          new QuizItem(quiz, itemPosition, {
            questionId: fixed?.id ?? null,
            bankId: bank.id,
            category: item.category,
            count: fixed ? null : item.count,
          }),
        );
      });
    });
  }
  for (const packaged of all) {
    const quiz = quizCopies.get(packaged.id);
    const partner = packaged.pairedQuizId ? quizCopies.get(packaged.pairedQuizId) : undefined;
    if (quiz && partner) quiz.pairedQuizId = partner.id;
  }
}
