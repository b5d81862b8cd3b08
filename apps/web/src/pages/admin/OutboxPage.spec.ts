import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import OutboxPage from './OutboxPage.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

interface Body {
  query: string;
  variables: Record<string, unknown>;
}
const messageQueries = (fetch: ReturnType<typeof vi.fn>) =>
  fetch.mock.calls
    .map(([, init]) => JSON.parse(String((init as RequestInit).body)) as Body)
    .filter((body) => body.query.includes('emailMessages'));

const failed = {
  id: 'm-1',
  kind: 'invitation',
  toAddress: 'ana@example.org',
  subject: 'Welcome',
  status: 'FAILED',
  textBody: null,
  lastError: '550 mailbox unavailable',
  createdAt: '2026-01-01T10:00:00Z',
  deliveredAt: null,
};

function serve(nodes: unknown[] = [failed]) {
  const fetch = vi.fn(async () =>
    json({
      data: {
        emailMessages: { nodes, pageInfo: { endCursor: null, hasNextPage: false }, totalCount: nodes.length },
      },
    }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function render(path = '/admin/outbox') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/outbox', name: 'outbox', component: OutboxPage }],
  });
  await router.push(path);
  const wrapper = mount(RouterView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

beforeEach(async () => {
  await setLocale('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('outbox filters', () => {
  it('starts from the URL: the status and search go to emailMessages and fill the controls', async () => {
    const fetch = serve();
    const { wrapper } = await render('/admin/outbox?status=FAILED&q=ana');
    expect(messageQueries(fetch)[0]?.variables).toMatchObject({ status: 'FAILED', search: 'ana', first: 25 });
    expect((wrapper.get('#outbox-status').element as HTMLSelectElement).value).toBe('FAILED');
    expect((wrapper.get('#outbox-search').element as HTMLInputElement).value).toBe('ana');
    wrapper.unmount();
  });

  it('asks for everything without filters', async () => {
    const fetch = serve();
    const { wrapper } = await render();
    expect(messageQueries(fetch)[0]?.variables).toMatchObject({
      status: null,
      search: null,
      institutionId: null,
    });
    wrapper.unmount();
  });

  it('puts a chosen status and a search in the URL and reloads with them', async () => {
    const fetch = serve();
    const { wrapper, router } = await render();
    await wrapper.get('#outbox-status').setValue('PENDING');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'PENDING' });
    expect(messageQueries(fetch).at(-1)?.variables).toMatchObject({ status: 'PENDING', search: null });

    await wrapper.get('#outbox-search').setValue('  welcome ');
    await wrapper.get('form[role="search"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'PENDING', q: 'welcome' });
    expect(messageQueries(fetch).at(-1)?.variables).toMatchObject({ status: 'PENDING', search: 'welcome' });
    expect(messageQueries(fetch)).toHaveLength(3);
    wrapper.unmount();
  });

  it('shows a failed message’s error in its row', async () => {
    serve();
    const { wrapper } = await render();
    expect(wrapper.get('.outbox-error').text()).toBe('550 mailbox unavailable');
    wrapper.unmount();
  });

  it('says when nothing matches the filters', async () => {
    serve([]);
    const { wrapper } = await render('/admin/outbox?status=SENT');
    expect(wrapper.text()).toContain('No e-mails match these filters.');
    wrapper.unmount();
  });
});
