import { QuestionType, type QuestionData, type QuizSnapshot } from '@parity/curriculum';
import type { DrawnOption, DrawnQuestion } from './drawn-question';
import { shuffled, type RandomSource } from './random-source';

/** Scales and true/false keep the author's order: shuffling them would only confuse. */
const FIXED_ORDER: ReadonlySet<QuestionType> = new Set([QuestionType.TRUE_FALSE, QuestionType.LIKERT]);

/**
 * Items to order are always shuffled, uniformly: shown in the author's order they would give the answer away. The
 * correct order may come up (never excluding it: with two items the one other order would give the answer away too),
 * and answering needs a move anyway, since an item order the learner never saved is unanswered.
 */
function orderingOptions(question: QuestionData, random: RandomSource): string[] {
  const correct = [...question.choices]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map((choice) => choice.id);
  return shuffled(correct, random);
}

function optionOrder(question: QuestionData, shuffleChoices: boolean, random: RandomSource): string[] {
  const ids = question.choices.map((choice) => choice.id);
  if (question.type === QuestionType.ORDERING) return orderingOptions(question, random);
  if (!shuffleChoices || FIXED_ORDER.has(question.type)) return ids;
  return shuffled(ids, random);
}

/** Match targets are always shuffled (in the author's order they would line up with the left items). */
function matchTargets(question: QuestionData, random: RandomSource): DrawnOption[] {
  if (question.type !== QuestionType.MATCHING) return [];
  const withMatch = question.choices.filter((choice) => choice.match && Object.keys(choice.match).length > 0);
  return shuffled(withMatch, random).map((choice) => ({ id: random.id(), choiceId: choice.id }));
}

/** The question ids of an attempt: items in order (a draw takes N at random from its pool, no repeats). */
function selectQuestionIds(quiz: QuizSnapshot, random: RandomSource): string[] {
  const chosen: string[] = [];
  const taken = new Set<string>();
  const fixed = new Set(quiz.items.flatMap((item) => (item.questionId ? [item.questionId] : [])));
  for (const item of quiz.items) {
    if (item.questionId) {
      if (!taken.has(item.questionId)) chosen.push(item.questionId);
      taken.add(item.questionId);
      continue;
    }
    const pool = item.questionIds.filter((id) => !taken.has(id) && !fixed.has(id));
    const picked = shuffled(pool, random).slice(0, item.count ?? pool.length);
    for (const id of picked) {
      chosen.push(id);
      taken.add(id);
    }
  }
  return chosen;
}

/**
 * Draws an attempt's questions from a frozen quiz: fixed items and random draws, shuffled when the quiz says so,
 * with opaque keys and option ids. Pure: the same random source gives the same attempt.
 */
export function drawQuestions(quiz: QuizSnapshot, random: RandomSource): DrawnQuestion[] {
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  const ids = selectQuestionIds(quiz, random).filter((id) => byId.has(id));
  const ordered = quiz.shuffleQuestions ? shuffled(ids, random) : ids;
  return ordered.map((id) => {
    const question = byId.get(id) as QuestionData;
    return {
      key: random.id(),
      questionId: id,
      type: question.type,
      options: optionOrder(question, quiz.shuffleChoices, random).map((choiceId) => ({
        id: random.id(),
        choiceId,
      })),
      targets: matchTargets(question, random),
    };
  });
}
