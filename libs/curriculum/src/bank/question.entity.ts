import { Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '@parity/shared/database';
import type { TranslatedText } from '../translation/translated-text';
import { PartialCreditRule } from './partial-credit.enum';
import type { AcceptedAnswers, QuestionChoice, QuestionData, QuestionFeedback } from './question-data';
import { QuestionBank } from './question-bank.entity';
import { QuestionType } from './question-type.enum';

/** A question's content as validated input (everything but its identity and revision). */
export type QuestionContent = Omit<QuestionData, 'id' | 'bankId' | 'rev'>;

/** A question of a bank. Its answer key (choices' flags, accepted answers) never leaves the studio. */
@Entity({ tableName: 'question' })
@Index({ properties: ['bank', 'category'] })
export class Question extends BaseEntity {
  @ManyToOne({ entity: () => QuestionBank, deleteRule: 'cascade' })
  bank: Rel<QuestionBank>;

  @Property({ type: 'string', length: 100, nullable: true })
  category: string | null;

  @Enum({ items: () => QuestionType, nativeEnumName: 'question_type' })
  type: QuestionType;

  /** Sanitised HTML per language. */
  @Property({ type: 'json' })
  prompt: TranslatedText;

  @Property({ type: 'json' })
  choices: QuestionChoice[];

  @Property({ type: 'json' })
  acceptedAnswers: AcceptedAnswers;

  @Property({ type: 'boolean' })
  caseSensitive: boolean;

  @Property({ type: 'boolean' })
  diacriticSensitive: boolean;

  @Enum({ items: () => PartialCreditRule, nativeEnumName: 'partial_credit_rule' })
  partialCredit: PartialCreditRule;

  @Property({ type: 'json' })
  feedback: QuestionFeedback;

  @Property({ type: 'integer' })
  points: number;

  @Property({ type: 'integer' })
  rev = 1;

  constructor(bank: QuestionBank, content: QuestionContent) {
    super();
    this.bank = bank;
    this.category = content.category;
    this.type = content.type;
    this.prompt = content.prompt;
    this.choices = content.choices;
    this.acceptedAnswers = content.acceptedAnswers;
    this.caseSensitive = content.caseSensitive;
    this.diacriticSensitive = content.diacriticSensitive;
    this.partialCredit = content.partialCredit;
    this.feedback = content.feedback;
    this.points = content.points;
  }

  /** The question as plain data (what a published version freezes). */
  toData(): QuestionData {
    return {
      id: this.id,
      bankId: this.bank.id,
      category: this.category,
      type: this.type,
      prompt: this.prompt,
      choices: this.choices,
      acceptedAnswers: this.acceptedAnswers,
      caseSensitive: this.caseSensitive,
      diacriticSensitive: this.diacriticSensitive,
      partialCredit: this.partialCredit,
      feedback: this.feedback,
      points: this.points,
      rev: this.rev,
    };
  }
}
