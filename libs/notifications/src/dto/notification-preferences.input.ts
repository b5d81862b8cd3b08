import { Field, InputType, Int } from '@nestjs/graphql';
import { KindPreferenceInput } from './kind-preference.input';

@InputType('NotificationPreferencesInput', { description: 'Kinds not listed keep their setting.' })
export class NotificationPreferencesInput {
  @Field(() => [KindPreferenceInput], { nullable: true })
  kinds?: KindPreferenceInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description: '0..1439; with quietHoursEnd; both null: no quiet hours.',
  })
  quietHoursStart?: number | null;

  @Field(() => Int, { nullable: true })
  quietHoursEnd?: number | null;
}
