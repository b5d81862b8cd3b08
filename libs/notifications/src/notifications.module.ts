import { Module } from '@nestjs/common';
import { IdentityModule } from '@parity/identity';
import { NotificationCentre } from './notification/notification-centre.service';
import { NotificationResolver } from './notification/notification.resolver';
import { NotificationPreferencesService } from './preference/notification-preferences.service';
import { ReminderRuleResolver } from './rule/reminder-rule.resolver';
import { ReminderRulesService } from './rule/reminder-rules.service';

/** Notifications in the api: the notification centre, each person's preferences, the reminder rules editor. */
@Module({
  imports: [IdentityModule],
  providers: [
    NotificationCentre,
    NotificationPreferencesService,
    NotificationResolver,
    ReminderRulesService,
    ReminderRuleResolver,
  ],
})
export class NotificationsModule {}
