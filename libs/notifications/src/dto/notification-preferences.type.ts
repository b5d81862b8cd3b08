import { Field, Int, ObjectType } from '@nestjs/graphql';
import { KindPreferenceType } from './kind-preference.type';

@ObjectType('NotificationPreferences', {
  description: 'The caller’s channels per kind of notice and quiet hours.',
})
export class NotificationPreferencesType {
  @Field(() => [KindPreferenceType])
  kinds!: KindPreferenceType[];

  @Field(() => Int, {
    nullable: true,
    description: 'Quiet hours start, minutes after midnight in the caller’s zone.',
  })
  quietHoursStart!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Quiet hours end, minutes after midnight in the caller’s zone.',
  })
  quietHoursEnd!: number | null;

  @Field(() => String, { description: 'The time zone quiet hours and dates are in (from the profile).' })
  timeZone!: string;
}
