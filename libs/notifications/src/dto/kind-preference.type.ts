import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('KindPreference')
export class KindPreferenceType {
  @Field(() => String)
  kind!: string;

  @Field(() => Boolean)
  email!: boolean;

  @Field(() => Boolean, {
    description:
      'In the notification centre. Reminders about mandatory courses always reach it, whatever this says.',
  })
  inApp!: boolean;
}
