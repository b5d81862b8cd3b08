import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import { useNotificationBadgeStore } from '../../stores/notifications';
import NotificationsPage from './NotificationsPage.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

const notice = (id: string, title: string, readAt: string | null, mandatory = false) => ({
  id,
  kind: 'due_soon',
  title,
  body: `Complete “${title}” soon.`,
  actionPath: `/learn/enrolments/e-${id}`,
  mandatory,
  createdAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  readAt,
});

interface Body {
  query: string;
  variables: Record<string, unknown>;
}
const bodies = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls.map(([, init]) => JSON.parse(String((init as RequestInit).body)) as Body);

function serve(nodes: ReturnType<typeof notice>[], unreadCount: number) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    if (body.query.includes('markAllNotificationsRead'))
      return json({ data: { markAllNotificationsRead: 2 } });
    if (body.query.includes('markNotificationRead')) {
      return json({
        data: { markNotificationRead: { id: body.variables['id'], readAt: new Date().toISOString() } },
      });
    }
    if (body.query.includes('unreadNotificationCount')) return json({ data: { unreadNotificationCount: 0 } });
    const shown = body.variables['unreadOnly'] ? nodes.filter((node) => !node.readAt) : nodes;
    return json({
      data: {
        myNotifications: { nodes: shown, pageInfo: { endCursor: null, hasNextPage: false }, unreadCount },
      },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function render(path = '/notifications') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/notifications', name: 'notifications', component: NotificationsPage },
      { path: '/notifications/settings', name: 'notification-settings', component: Stub },
      { path: '/learn/enrolments/:id', name: 'learn-course', component: Stub },
    ],
  });
  await router.push(path);
  const wrapper = mount(RouterView, {
    global: { plugins: [pinia, i18n, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, badge: useNotificationBadgeStore() };
}

beforeEach(async () => {
  await setLocale('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('notification centre', () => {
  it('says "You\'re all caught up" when there is nothing to show', async () => {
    serve([], 0);
    const { wrapper } = await render();
    expect(wrapper.text()).toContain("You're all caught up.");
    expect(wrapper.find('li').exists()).toBe(false);
    wrapper.unmount();
  });

  it('lists notices with their unread label, mandatory marker and a relative date', async () => {
    serve(
      [notice('1', 'Gender in operations', null, true), notice('2', 'UNSCR 1325', '2026-01-01T00:00:00Z')],
      1,
    );
    const { wrapper, badge } = await render();
    const items = wrapper.findAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.classes()).toContain('notification--unread');
    expect(items[0]?.get('a').text()).toBe('Unread: Gender in operations');
    expect(items[0]?.text()).toContain('Mandatory');
    expect(items[0]?.get('time').text()).toBe('2 hours ago');
    expect(items[1]?.classes()).not.toContain('notification--unread');
    expect(items[1]?.get('a').text()).toBe('UNSCR 1325');
    expect(items[1]?.text()).not.toContain('Mandatory');
    expect(badge.unreadCount).toBe(1);
    wrapper.unmount();
  });

  it('marks everything read: one mutation, no unread left, the bell at 0, and says so', async () => {
    const fetch = serve([notice('1', 'A', null), notice('2', 'B', null)], 2);
    const { wrapper, badge } = await render();
    expect(badge.unreadCount).toBe(2);
    const button = wrapper.findAll('button').find((b) => b.text() === 'Mark all as read');
    await button?.trigger('click');
    await flushPromises();
    expect(bodies(fetch).filter((body) => body.query.includes('markAllNotificationsRead'))).toHaveLength(1);
    expect(wrapper.findAll('.notification--unread')).toHaveLength(0);
    expect(wrapper.text()).not.toContain('Unread:');
    expect(badge.unreadCount).toBe(0);
    expect(wrapper.get('[role="status"]').text()).toBe('All notifications are marked as read.');
    expect(button?.attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('marks a notice read when it is opened, then goes where it leads', async () => {
    const fetch = serve([notice('1', 'A', null)], 1);
    const { wrapper, router } = await render();
    await wrapper.get('li a').trigger('click');
    await flushPromises();
    const marked = bodies(fetch).find((body) => body.query.includes('markNotificationRead'));
    expect(marked?.variables).toEqual({ id: '1' });
    expect(router.currentRoute.value.fullPath).toBe('/learn/enrolments/e-1');
    wrapper.unmount();
  });

  it('keeps "Show unread only" in the URL and asks for unread notices only', async () => {
    const fetch = serve([notice('1', 'A', null), notice('2', 'B', '2026-01-01T00:00:00Z')], 1);
    const { wrapper, router } = await render();
    await wrapper.get('#notifications-unread-only').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ unread: '1' });
    expect(bodies(fetch).at(-1)?.variables['unreadOnly']).toBe(true);
    expect(wrapper.findAll('li')).toHaveLength(1);
    wrapper.unmount();
  });

  it('starts filtered when the URL says so', async () => {
    const fetch = serve([notice('1', 'A', null)], 1);
    const { wrapper } = await render('/notifications?unread=1');
    expect((wrapper.get('#notifications-unread-only').element as HTMLInputElement).checked).toBe(true);
    expect(bodies(fetch)[0]?.variables['unreadOnly']).toBe(true);
    wrapper.unmount();
  });
});
