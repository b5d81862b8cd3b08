import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import NotificationSettingsPage from './NotificationSettingsPage.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

interface Body {
  query: string;
  variables: Record<string, unknown>;
}
const KINDS = ['overdue', 'due_soon', 'certificate_expiring'];

function serve(quiet: { start: number | null; end: number | null }, failWith?: string) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    if (body.query.includes('updateMyNotificationPreferences')) {
      if (failWith) return json({ errors: [{ message: 'no', extensions: { code: failWith } }] });
      const input = body.variables['input'] as Record<string, unknown>;
      return json({
        data: {
          updateMyNotificationPreferences: {
            kinds: input['kinds'],
            quietHoursStart: input['quietHoursStart'],
            quietHoursEnd: input['quietHoursEnd'],
            timeZone: 'Europe/Skopje',
          },
        },
      });
    }
    return json({
      data: {
        myNotificationPreferences: {
          kinds: KINDS.map((kind) => ({ kind, email: true, inApp: true })),
          quietHoursStart: quiet.start,
          quietHoursEnd: quiet.end,
          timeZone: 'Europe/Skopje',
        },
      },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const sent = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls
    .map(([, init]) => JSON.parse(String((init as RequestInit).body)) as Body)
    .filter((body) => body.query.includes('updateMyNotificationPreferences'))
    .map((body) => body.variables['input']);

async function render() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/notifications/settings', component: Stub },
      { path: '/notifications', name: 'notifications', component: Stub },
      { path: '/profile', name: 'profile', component: Stub },
    ],
  });
  await router.push('/notifications/settings');
  const wrapper = mount(NotificationSettingsPage, {
    global: { plugins: [createPinia(), i18n, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

beforeEach(async () => {
  await setLocale('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('notification settings', () => {
  it('shows a group per kind with an explanation, the mandatory note and the time zone', async () => {
    serve({ start: null, end: null });
    const wrapper = await render();
    const legends = wrapper.findAll('legend').map((legend) => legend.text());
    expect(legends).toEqual(['Due soon', 'Overdue', 'Certificate expiring', 'Quiet hours']);
    expect(wrapper.text()).toContain('Before the deadline of a course you are assigned.');
    expect(wrapper.text()).toContain('Reminders about mandatory courses always appear in the app');
    expect(wrapper.text()).toContain('Europe/Skopje');
    expect((wrapper.get('#quiet-hours-none').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.get('#quiet-hours-start').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('saves the channels and the quiet hours in minutes, and says it saved', async () => {
    const fetch = serve({ start: null, end: null });
    const wrapper = await render();
    await wrapper.get('#kind-due_soon-email').setValue(false);
    await wrapper.get('#kind-overdue-in-app').setValue(false);
    await wrapper.get('#quiet-hours-none').setValue(false);
    await wrapper.get('#quiet-hours-start').setValue('22:00');
    await wrapper.get('#quiet-hours-end').setValue('07:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch)).toEqual([
      {
        kinds: [
          { kind: 'due_soon', email: false, inApp: true },
          { kind: 'overdue', email: true, inApp: false },
          { kind: 'certificate_expiring', email: true, inApp: true },
        ],
        quietHoursStart: 1320,
        quietHoursEnd: 420,
      },
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('Your notification settings are saved.');
    expect((wrapper.get('#quiet-hours-start').element as HTMLInputElement).value).toBe('22:00');
    wrapper.unmount();
  });

  it('shows saved quiet hours as times and turns them off with "No quiet hours"', async () => {
    const fetch = serve({ start: 1290, end: 375 });
    const wrapper = await render();
    expect((wrapper.get('#quiet-hours-start').element as HTMLInputElement).value).toBe('21:30');
    expect((wrapper.get('#quiet-hours-end').element as HTMLInputElement).value).toBe('06:15');
    await wrapper.get('#quiet-hours-none').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch)[0]).toMatchObject({ quietHoursStart: null, quietHoursEnd: null });
    wrapper.unmount();
  });

  it('refuses quiet hours with a missing time before sending anything', async () => {
    const fetch = serve({ start: 1320, end: 420 });
    const wrapper = await render();
    await wrapper.get('#quiet-hours-end').setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch)).toEqual([]);
    expect(wrapper.get('[role="alert"]').text()).toBe('Enter both times, or choose “No quiet hours”.');
    wrapper.unmount();
  });

  it('translates a refusal from the server', async () => {
    serve({ start: null, end: null }, 'RATE_LIMITED');
    const wrapper = await render();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).not.toBe('');
    expect(wrapper.get('[role="status"]').text()).toBe('');
    wrapper.unmount();
  });
});
