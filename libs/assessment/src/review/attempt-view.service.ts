import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CourseVersion,
  frozenQuiz,
  QuestionType,
  isLocale,
  type Locale,
  type QuestionData,
  type QuizSnapshot,
} from '@parity/curriculum';
import { EnrolmentStatus, QuizOutcome, localize, localizeHtml, type Enrolment } from '@parity/learning';
import { AttemptAnswer } from '../attempt/attempt-answer.entity';
import type { QuizAttempt } from '../attempt/quiz-attempt.entity';
import type { DrawnQuestion } from '../drawing/drawn-question';
import type { AttemptQuestionType } from '../dto/attempt-question.type';
import type { AttemptResultType } from '../dto/attempt-result.type';
import type { QuizAttemptType } from '../dto/quiz-attempt.type';
import type { SavedAnswerType } from '../dto/saved-answer.type';
import { LearnerQuestionType } from '../graphql/enums';
import { knowledgeGain } from './knowledge-gain';
import { correctAnswerFor, feedbackFor } from './question-review';
import { reveals, type RevealStanding } from './reveal';

/** What the views of one enrolment's attempts share (loaded once, whatever the number of attempts). */
interface ViewContext {
  snapshot: Record<string, unknown> | null;
  answers: Map<string, AttemptAnswer[]>;
  outcomes: Map<string, QuizOutcome>;
  /** Submitted attempts per quiz. */
  submittedCounts: Map<string, number>;
  /** Quizzes with an attempt in progress. */
  openQuizzes: Set<string>;
  enrolmentActive: boolean;
}

const LEARNER_TYPE: Record<QuestionType, LearnerQuestionType> = {
  [QuestionType.SINGLE_CHOICE]: LearnerQuestionType.SINGLE_CHOICE,
  [QuestionType.MULTIPLE_CHOICE]: LearnerQuestionType.MULTIPLE_CHOICE,
  [QuestionType.TRUE_FALSE]: LearnerQuestionType.TRUE_FALSE,
  [QuestionType.SHORT_ANSWER]: LearnerQuestionType.SHORT_ANSWER,
  [QuestionType.MATCHING]: LearnerQuestionType.MATCHING,
  [QuestionType.ORDERING]: LearnerQuestionType.ORDERING,
  [QuestionType.LIKERT]: LearnerQuestionType.LIKERT,
};

const saved = (answer: AttemptAnswer | undefined): SavedAnswerType | null =>
  answer ? { ...answer.response, savedAt: answer.savedAt } : null;

/**
 * Builds what a reader sees of attempts: the drawn questions (never their answer key) and, once submitted, the result
 * with a review as the quiz's policies allow. A fixed number of queries for any number of attempts of one enrolment.
 */
@Injectable()
export class AttemptViewService {
  constructor(private readonly em: EntityManager) {}

  async views(enrolment: Enrolment, attempts: QuizAttempt[]): Promise<QuizAttemptType[]> {
    if (!attempts.length) return [];
    const context = await this.context(enrolment, attempts);
    return attempts.map((attempt) => this.build(attempt, context));
  }

  async view(enrolment: Enrolment, attempt: QuizAttempt): Promise<QuizAttemptType> {
    const [view] = await this.views(enrolment, [attempt]);
    return view as QuizAttemptType;
  }

  private async context(enrolment: Enrolment, attempts: QuizAttempt[]): Promise<ViewContext> {
    const em = this.em.fork();
    const [version, answers, outcomes, counts] = await Promise.all([
      em.findOne(CourseVersion, enrolment.version.id, { populate: ['snapshot'] }),
      em.find(AttemptAnswer, { attempt: { $in: attempts.map((a) => a.id) } }),
      em.find(QuizOutcome, { enrolment: enrolment.id }),
      em.execute<{ quiz_id: string; submitted: string; open: boolean }[]>(
        `select "quiz_id", count(*) filter (where "status" = 'submitted') as "submitted",
           bool_or("status" = 'in_progress') as "open"
         from "quiz_attempt" where "enrolment_id" = ? group by "quiz_id"`,
        [enrolment.id],
      ),
    ]);
    const byAttempt = new Map<string, AttemptAnswer[]>();
    for (const answer of answers) {
      byAttempt.set(answer.attempt.id, [...(byAttempt.get(answer.attempt.id) ?? []), answer]);
    }
    return {
      snapshot: version?.snapshot ?? null,
      answers: byAttempt,
      outcomes: new Map(outcomes.map((outcome) => [outcome.quizId, outcome])),
      submittedCounts: new Map(counts.map((row) => [row.quiz_id, Number(row.submitted)])),
      openQuizzes: new Set(counts.filter((row) => row.open).map((row) => row.quiz_id)),
      enrolmentActive: enrolment.status === EnrolmentStatus.ACTIVE,
    };
  }

  private build(attempt: QuizAttempt, context: ViewContext): QuizAttemptType {
    const quiz = frozenQuiz(context.snapshot, attempt.quizId);
    const locale: Locale = isLocale(attempt.locale) ? attempt.locale : 'en';
    const questions = new Map<string, QuestionData>((quiz?.questions ?? []).map((q) => [q.id, q]));
    const answers = new Map((context.answers.get(attempt.id) ?? []).map((a) => [a.questionKey, a]));
    return {
      id: attempt.id,
      enrolmentId: attempt.enrolment.id,
      quizId: attempt.quizId,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
      title: localize(quiz?.title ?? {}, locale),
      questions: attempt.questions.flatMap((drawn, position) => {
        const question = questions.get(drawn.questionId);
        return question ? [this.question(drawn, position, question, answers.get(drawn.key), locale)] : [];
      }),
      result:
        quiz && attempt.submitted ? this.result(attempt, quiz, questions, answers, context, locale) : null,
    };
  }

  /** The learner's question: texts and opaque ids only. */
  private question(
    drawn: DrawnQuestion,
    position: number,
    question: QuestionData,
    answer: AttemptAnswer | undefined,
    locale: Locale,
  ): AttemptQuestionType {
    const choices = new Map(question.choices.map((choice) => [choice.id, choice]));
    return {
      key: drawn.key,
      position,
      type: LEARNER_TYPE[question.type],
      prompt: localizeHtml(question.prompt, locale),
      points: question.points,
      options: drawn.options.map((option) => ({
        id: option.id,
        text: localize(choices.get(option.choiceId)?.text ?? {}, locale),
      })),
      matchTargets: drawn.targets.map((target) => ({
        id: target.id,
        text: localize(choices.get(target.choiceId)?.match ?? {}, locale),
      })),
      answer: saved(answer),
    };
  }

  private result(
    attempt: QuizAttempt,
    quiz: QuizSnapshot,
    questions: Map<string, QuestionData>,
    answers: Map<string, AttemptAnswer>,
    context: ViewContext,
    locale: Locale,
  ): AttemptResultType {
    const outcome = context.outcomes.get(quiz.id);
    const attemptsLeft =
      quiz.attemptsAllowed === null
        ? null
        : Math.max(
            0,
            quiz.attemptsAllowed +
              (outcome?.extraAttempts ?? 0) -
              (context.submittedCounts.get(quiz.id) ?? 0),
          );
    const standing: RevealStanding = {
      passed: outcome?.passed ?? false,
      attemptsLeft,
      closed: !context.enrolmentActive,
      openAttempt: context.openQuizzes.has(quiz.id),
    };
    const showFeedback = reveals(quiz.feedbackPolicy, standing);
    const showAnswers = reveals(quiz.answersPolicy, standing);
    const partner = quiz.pairedQuizId ? frozenQuiz(context.snapshot, quiz.pairedQuizId) : null;
    return {
      score: attempt.score,
      points: attempt.points ?? 0,
      maxPoints: attempt.maxPoints ?? 0,
      passed: attempt.passed,
      countedScore: outcome?.score ?? null,
      attemptsLeft,
      knowledgeGain: knowledgeGain(quiz, partner, (id) => context.outcomes.get(id)?.score ?? null),
      review:
        showFeedback || showAnswers
          ? attempt.questions.flatMap((drawn, position) => {
              const question = questions.get(drawn.questionId);
              if (!question) return [];
              const answer = answers.get(drawn.key);
              const graded = question.type !== QuestionType.LIKERT;
              const correct = graded ? (answer?.correct ?? false) : null;
              return [
                {
                  key: drawn.key,
                  position,
                  earnedPoints: answer?.earnedPoints ?? 0,
                  maxPoints: graded ? question.points : 0,
                  correct,
                  feedback: showFeedback ? feedbackFor(question, correct, locale) : null,
                  correctAnswer: showAnswers ? correctAnswerFor(question, drawn, locale) : null,
                },
              ];
            })
          : [],
    };
  }
}
