import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import NotificationBell from './NotificationBell.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

function answering(...counts: number[]) {
  const fetch = vi.fn(async () =>
    json({ data: { unreadNotificationCount: counts.length > 1 ? counts.shift() : counts[0] } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function render() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      { path: '/notifications', name: 'notifications', component: Stub },
    ],
  });
  await router.push('/');
  const wrapper = mount(NotificationBell, { global: { plugins: [createPinia(), i18n, router] } });
  await flushPromises();
  return wrapper;
}

let visibility: DocumentVisibilityState = 'visible';
beforeEach(async () => {
  await setLocale('en');
  visibility = 'visible';
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('notification bell', () => {
  it('names the unread count and links to the notification centre', async () => {
    answering(3);
    const wrapper = await render();
    const link = wrapper.get('a');
    expect(link.attributes('aria-label')).toBe('Notifications, 3 unread');
    expect(link.attributes('href')).toBe('/notifications');
    expect(wrapper.get('.bell__badge').text()).toBe('3');
    expect(wrapper.get('.bell__badge').attributes('aria-hidden')).toBe('true');
    wrapper.unmount();
  });

  it('says just "Notifications" and shows no badge when nothing is unread', async () => {
    answering(0);
    const wrapper = await render();
    expect(wrapper.get('a').attributes('aria-label')).toBe('Notifications');
    expect(wrapper.find('.bell__badge').exists()).toBe(false);
    wrapper.unmount();
  });

  it('caps the badge at 99+ (the name keeps the real count)', async () => {
    answering(140);
    const wrapper = await render();
    expect(wrapper.get('.bell__badge').text()).toBe('99+');
    expect(wrapper.get('a').attributes('aria-label')).toBe('Notifications, 140 unread');
    wrapper.unmount();
  });

  it('polls every minute while the tab is visible, not while it is hidden, and at once on return', async () => {
    vi.useFakeTimers();
    const fetch = answering(1, 2, 5);
    const wrapper = await render();
    expect(fetch).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(wrapper.get('a').attributes('aria-label')).toBe('Notifications, 2 unread');

    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(180_000);
    expect(fetch).toHaveBeenCalledTimes(2);

    visibility = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(wrapper.get('a').attributes('aria-label')).toBe('Notifications, 5 unread');

    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
