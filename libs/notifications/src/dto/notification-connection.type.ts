import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { NotificationType } from './notification.type';

@ObjectType('NotificationConnection')
export class NotificationConnectionType {
  @Field(() => [NotificationType])
  nodes!: NotificationType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Unread notices, for the badge.' })
  unreadCount!: number;
}
