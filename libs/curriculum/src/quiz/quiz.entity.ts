import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import { CourseModule } from '../outline/course-module.entity';
import type { TranslatedText } from '../translation/translated-text';
import { CountingRule } from './counting-rule.enum';
import { QuizKind } from './quiz-kind.enum';
import { RevealPolicy } from './reveal-policy.enum';

/** A quiz's settings (everything but its module, position and pairing). */
export interface QuizSettings {
  title: TranslatedText;
  kind: QuizKind;
  passingScore: number | null;
  attemptsAllowed: number | null;
  countingRule: CountingRule;
  timeLimitSeconds: number | null;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  feedbackPolicy: RevealPolicy;
  answersPolicy: RevealPolicy;
}

/** A quiz of a module (ordered by position among the module's quizzes); its questions are QuizItem rows. */
@Entity({ tableName: 'quiz' })
@Index({ properties: ['module', 'position'] })
export class Quiz extends BaseEntity {
  @ManyToOne({ entity: () => CourseModule, deleteRule: 'cascade' })
  module: Rel<CourseModule>;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'integer' })
  rev = 1;

  @Property({ type: 'json' })
  title: TranslatedText;

  @Enum({ items: () => QuizKind, nativeEnumName: 'quiz_kind' })
  kind: QuizKind;

  /** Percentage needed to pass (null for a survey). */
  @Property({ type: 'integer', nullable: true })
  passingScore: number | null;

  /** Null: unlimited. */
  @Property({ type: 'integer', nullable: true })
  attemptsAllowed: number | null;

  @Enum({ items: () => CountingRule, nativeEnumName: 'quiz_counting_rule' })
  countingRule: CountingRule;

  @Property({ type: 'integer', nullable: true })
  timeLimitSeconds: number | null;

  @Property({ type: 'boolean' })
  shuffleQuestions: boolean;

  @Property({ type: 'boolean' })
  shuffleChoices: boolean;

  @Enum({ items: () => RevealPolicy, nativeEnumName: 'quiz_reveal_policy' })
  feedbackPolicy: RevealPolicy;

  @Enum({ items: () => RevealPolicy, nativeEnumName: 'quiz_reveal_policy' })
  answersPolicy: RevealPolicy;

  /** The post-test of a pre-test (or the pre-test of a post-test) in the same version; set on both. */
  @Property({ type: 'uuid', nullable: true })
  pairedQuizId: string | null = null;

  constructor(module: CourseModule, position: number, settings: QuizSettings) {
    super();
    this.module = module;
    this.position = position;
    this.title = settings.title;
    this.kind = settings.kind;
    this.passingScore = settings.passingScore;
    this.attemptsAllowed = settings.attemptsAllowed;
    this.countingRule = settings.countingRule;
    this.timeLimitSeconds = settings.timeLimitSeconds;
    this.shuffleQuestions = settings.shuffleQuestions;
    this.shuffleChoices = settings.shuffleChoices;
    this.feedbackPolicy = settings.feedbackPolicy;
    this.answersPolicy = settings.answersPolicy;
  }

  settings(): QuizSettings {
    return {
      title: this.title,
      kind: this.kind,
      passingScore: this.passingScore,
      attemptsAllowed: this.attemptsAllowed,
      countingRule: this.countingRule,
      timeLimitSeconds: this.timeLimitSeconds,
      shuffleQuestions: this.shuffleQuestions,
      shuffleChoices: this.shuffleChoices,
      feedbackPolicy: this.feedbackPolicy,
      answersPolicy: this.answersPolicy,
    };
  }
}
