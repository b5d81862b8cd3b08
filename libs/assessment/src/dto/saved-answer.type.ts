import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MatchPairType } from './match-pair.type';

@ObjectType('SavedAnswer', { description: 'What the learner saved so far (autosave).' })
export class SavedAnswerType {
  @Field(() => [ID], { description: 'Chosen options; for ordering, every item in the learner’s order.' })
  optionIds!: string[];

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => [MatchPairType])
  pairs!: MatchPairType[];

  @Field(() => Date)
  savedAt!: Date;
}
