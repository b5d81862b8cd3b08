import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import CertificateNotices from './CertificateNotices.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });
const certificate = (id: string, course: string, noticeSeen: boolean, status = 'VALID') => ({
  id,
  serialNumber: `PAR-2026-00000${id}`,
  courseTitle: { text: course, locale: 'en' },
  issuedAt: '2026-03-02T10:00:00Z',
  expiresAt: null,
  status,
  revokedAt: null,
  revocationReason: null,
  verificationUrl: `https://parity.example.org/verify/${id}`,
  pdfUrl: `/certificates/${id}/pdf`,
  badgeUrl: `/certificates/${id}/badge.json`,
  noticeSeen,
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

async function render() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Stub },
      { path: '/learn/certificates', name: 'learn-certificates', component: Stub },
    ],
  });
  await router.push('/');
  const wrapper = mount(CertificateNotices, {
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

describe('certificate notices', () => {
  it('announces each new certificate not yet dismissed, with a link to My certificates', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({
          data: {
            myCertificates: [
              certificate('1', 'Gender in operations', false),
              certificate('2', 'UNSCR 1325 basics', true),
              certificate('3', 'Revoked course', false, 'REVOKED'),
            ],
          },
        }),
      ),
    );
    const wrapper = await render();
    const notices = wrapper.findAll('li');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text()).toContain('Your certificate for Gender in operations is ready.');
    expect(notices[0]?.find('a').attributes('href')).toBe('/learn/certificates');
    wrapper.unmount();
  });

  it('dismisses a notice through the API and hides it', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      if (body.query.includes('dismissCertificateNotice')) {
        return json({ data: { dismissCertificateNotice: { id: body.variables['id'], noticeSeen: true } } });
      }
      return json({ data: { myCertificates: [certificate('1', 'Gender in operations', false)] } });
    });
    vi.stubGlobal('fetch', fetch);
    const wrapper = await render();
    await wrapper.find('button[aria-label="Dismiss: Gender in operations"]').trigger('click');
    await flushPromises();
    const dismissal = fetch.mock.calls
      .map(([, init]) => JSON.parse(String(init.body)) as { variables: Record<string, unknown> })
      .find((body) => body.variables['id'] === '1');
    expect(dismissal).toBeDefined();
    expect(wrapper.find('li').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows nothing when there is no new certificate', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ data: { myCertificates: [] } })),
    );
    const wrapper = await render();
    expect(wrapper.find('section').exists()).toBe(false);
    wrapper.unmount();
  });
});
