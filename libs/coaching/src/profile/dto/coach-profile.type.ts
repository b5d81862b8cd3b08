import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CoachProfile', {
  description: 'What managers match by: a coach’s expertise, languages, availability and load.',
})
export class CoachProfileType {
  @Field(() => ID)
  userId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [String])
  expertise!: string[];

  @Field(() => [String], { description: 'Parity locale codes (en, bs, hr, sr-Latn, sr-Cyrl, cnr, mk, sq).' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  availability!: string | null;

  @Field(() => Int)
  maxEngagements!: number;

  @Field(() => Boolean)
  accepting!: boolean;

  @Field(() => Int, {
    description:
      'The coach’s load: their open engagements (proposed or active), counted against maxEngagements.',
  })
  activeEngagements!: number;
}
