import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Notification', {
  description: 'A notice in the person’s notification centre, in their language.',
})
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'due_soon, overdue, not_started, inactive, certificate_expiring, …' })
  kind!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => String, { description: 'Where acting on it leads (a path in the web app).' })
  actionPath!: string;

  @Field(() => Boolean, { description: 'About a mandatory course: it cannot be silenced in the app.' })
  mandatory!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}
