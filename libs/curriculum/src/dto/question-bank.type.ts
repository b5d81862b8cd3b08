import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { InstitutionType } from '@parity/identity';
import { CourseVisibility } from '../graphql/enums';
import { BankQuestionType } from './bank-question.type';
import { TranslationType } from './translation.type';

@ObjectType('QuestionBank')
export class QuestionBankType {
  @Field(() => ID)
  id!: string;

  @Field(() => [TranslationType])
  name!: TranslationType[];

  @Field(() => InstitutionType)
  ownerInstitution!: InstitutionType;

  @Field(() => CourseVisibility)
  visibility!: CourseVisibility;

  @Field(() => [String])
  categories!: string[];

  @Field(() => Int, { description: 'Revision: send it back as expectedRev when saving.' })
  rev!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True when the caller may edit the bank (and read its answer keys).' })
  canEdit!: boolean;

  @Field(() => [BankQuestionType])
  questions!: BankQuestionType[];
}
