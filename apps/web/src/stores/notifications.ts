import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../composables/useGraphql';
import { UnreadNotificationCountDocument } from '../graphql/generated';

/** The header bell's unread count: polled by the bell, refreshed by the notification centre after it marks read. */
export const useNotificationBadgeStore = defineStore('notificationBadge', () => {
  const unreadCount = ref(0);
  let latest = 0;

  /** Asks the server again; a failure keeps the last count (the bell is never worth an error message). */
  async function refresh(): Promise<void> {
    const call = ++latest;
    try {
      const { unreadNotificationCount } = await request(UnreadNotificationCountDocument);
      if (call === latest) unreadCount.value = unreadNotificationCount;
    } catch {
      // Offline or signed out: the next poll tries again.
    }
  }

  /** A count the server just sent with another answer (the centre's list, "mark all as read"). */
  function set(count: number): void {
    latest++;
    unreadCount.value = Math.max(0, count);
  }

  return { unreadCount, refresh, set };
});
