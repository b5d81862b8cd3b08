import { randomUUID } from 'node:crypto';
import { byError, type Probe, type Target } from './probes';

/** A delivered in-app notice of the target person, written as a sweep and delivery would leave it. */
async function freshNotice(t: Target): Promise<string> {
  const id = randomUUID();
  await t.em().execute(
    `insert into notification (id, created_at, user_id, kind, target_id, cycle, params, mandatory, status, in_app, delivered_at)
     values (?, now(), ?, 'due_soon', ?, '7d', ?, false, 'delivered', true, now())`,
    [
      id,
      t.user.id,
      randomUUID(),
      JSON.stringify({ courseTitle: { en: 'Probe' }, dueAt: new Date().toISOString() }),
    ],
  );
  return id;
}

/** Every notification field is about the caller's own notices and settings. */
export const NOTIFICATION_PROBES: Record<string, Probe> = {
  myNotifications: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myNotifications { unreadCount } }`)),
  },
  unreadNotificationCount: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ unreadNotificationCount }`)),
  },
  markNotificationRead: {
    whose: ['own'],
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, {
          id: await freshNotice(t),
        }),
      ),
  },
  markAllNotificationsRead: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`mutation { markAllNotificationsRead }`)),
  },
  myNotificationPreferences: {
    whose: ['own'],
    run: async (c) => byError(await c.gql(`{ myNotificationPreferences { timeZone } }`)),
  },
  updateMyNotificationPreferences: {
    whose: ['own'],
    run: async (c) =>
      byError(
        await c.gql(
          `mutation($input: NotificationPreferencesInput!) { updateMyNotificationPreferences(input: $input) { timeZone } }`,
          { input: { kinds: [{ kind: 'inactive', email: true, inApp: true }] } },
        ),
      ),
  },
  reminderRules: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`query($i: ID!) { reminderRules(institutionId: $i) { kind } }`, { i: t.institution.id }),
      ),
  },
  saveReminderRule: {
    whose: ['institution', 'other'],
    run: async (c, t) =>
      byError(
        await c.gql(`mutation($input: ReminderRuleInput!) { saveReminderRule(input: $input) { kind } }`, {
          input: { institutionId: t.institution.id, kind: 'due_soon', offsets: [10, 2], enabled: true },
        }),
      ),
  },
  queueOverview: {
    whose: ['institution'],
    run: async (c) => byError(await c.gql(`{ queueOverview { queue waiting failed } }`)),
  },
};
