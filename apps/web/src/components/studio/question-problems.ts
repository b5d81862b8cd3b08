import { useI18n } from 'vue-i18n';
import type { QuestionType } from '../../graphql/studio.generated';
import { useErrorMessage } from '../../composables/useErrorMessage';
import type { FieldProblem } from './question-model';

/** Field problems of questions and quizzes (the client's and the server's) as translated sentences. */
export function useStudioProblems() {
  const { t, te } = useI18n();
  const { fieldName, problemMessage } = useErrorMessage();

  function field(name: string, type?: QuestionType): string {
    const parts = name.split('.');
    const [head, index, sub] = parts;
    if (head === 'choices' && index !== undefined) {
      const n = Number(index) + 1;
      if (sub === 'match') return t('studio.question.matchN', { n });
      return t(type === 'MATCHING' ? 'studio.question.itemN' : 'studio.question.choiceN', { n });
    }
    if (head === 'items' && index !== undefined) return t('studio.quiz.itemN', { n: Number(index) + 1 });
    if (head === 'choices' && type) return t(`studio.question.choicesOf.${type}`);
    const key = `studio.fields.${head}`;
    return head && te(key) ? t(key) : fieldName(name);
  }

  function message(problem: FieldProblem, type?: QuestionType): string {
    if (problem.field === 'choices') {
      if (problem.code === 'INVALID' && type === 'SINGLE_CHOICE') return t('studio.question.rule.oneCorrect');
      if (problem.code === 'INVALID' && type === 'MULTIPLE_CHOICE')
        return t('studio.question.rule.someCorrect');
      if ((problem.code === 'TOO_SHORT' || problem.code === 'TOO_LONG') && type === 'LIKERT')
        return t('studio.question.rule.likert');
      if (problem.code === 'TOO_SHORT') return t('studio.question.rule.atLeastTwo');
    }
    return problemMessage(problem);
  }

  /** "Prompt: This is required." */
  function describe(problem: FieldProblem, type?: QuestionType): string {
    return t('problems.item', { field: field(problem.field, type), problem: message(problem, type) });
  }

  return { describe, field };
}
