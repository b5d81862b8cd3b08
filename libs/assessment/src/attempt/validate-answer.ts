import { QuestionType } from '@parity/curriculum';
import { badInput, type FieldProblem } from '@parity/shared/errors';
import type { DrawnQuestion } from '../drawing/drawn-question';
import type { AnswerResponse } from './answer-response';
import type { AnswerInputValue } from './answer-input.schema';

const problem = (field: string): FieldProblem => ({ field: `answer.${field}`, code: 'INVALID' });

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** Which fields each question type takes (anything else sent is bad input). */
function expectedFields(type: QuestionType): 'options' | 'text' | 'pairs' {
  switch (type) {
    case QuestionType.SHORT_ANSWER:
      return 'text';
    case QuestionType.MATCHING:
      return 'pairs';
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE:
    case QuestionType.TRUE_FALSE:
    case QuestionType.ORDERING:
    case QuestionType.LIKERT:
      return 'options';
    default: {
      const unknown: never = type;
      throw new Error(`No answer shape for question type ${String(unknown)}`);
    }
  }
}

function optionProblems(question: DrawnQuestion, optionIds: string[]): FieldProblem[] {
  const known = new Set(question.options.map((option) => option.id));
  if (!unique(optionIds) || optionIds.some((id) => !known.has(id))) return [problem('optionIds')];
  const single = [QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.LIKERT];
  if (single.includes(question.type) && optionIds.length > 1) return [problem('optionIds')];
  if (question.type === QuestionType.ORDERING && optionIds.length > 0 && optionIds.length !== known.size) {
    return [problem('optionIds')];
  }
  return [];
}

function pairProblems(question: DrawnQuestion, pairs: AnswerResponse['pairs']): FieldProblem[] {
  const options = new Set(question.options.map((option) => option.id));
  const targets = new Set(question.targets.map((target) => target.id));
  const valid = pairs.every((pair) => options.has(pair.optionId) && targets.has(pair.targetId));
  return valid && unique(pairs.map((pair) => pair.optionId)) ? [] : [problem('pairs')];
}

/**
 * Checks an answer's shape against its drawn question (type, known option and target ids) and returns it as stored.
 * An empty answer clears the question. Nothing about the correct answer is consulted, so the errors reveal nothing.
 */
export function validateAnswer(question: DrawnQuestion, input: AnswerInputValue): AnswerResponse {
  const expected = expectedFields(question.type);
  const optionIds = input.optionIds ?? [];
  const pairs = input.pairs ?? [];
  const text = input.text ?? null;
  const problems: FieldProblem[] = [];
  if (expected !== 'options' && optionIds.length) problems.push(problem('optionIds'));
  if (expected !== 'text' && text !== null) problems.push(problem('text'));
  if (expected !== 'pairs' && pairs.length) problems.push(problem('pairs'));
  if (expected === 'options') problems.push(...optionProblems(question, optionIds));
  if (expected === 'pairs') problems.push(...pairProblems(question, pairs));
  if (problems.length) throw badInput(problems);
  return { optionIds, text: text === null ? null : text.normalize('NFC'), pairs };
}
