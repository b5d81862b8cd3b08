import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { MyCertificateFieldsFragment } from '../../graphql/learn.generated';
import { i18n, setLocale } from '../../i18n';
import MyCertificatesPage from './MyCertificatesPage.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });

const valid: MyCertificateFieldsFragment = {
  id: 'c1',
  serialNumber: 'PAR-2026-000001',
  courseTitle: { text: 'Gender in operations', locale: 'en' },
  issuedAt: '2026-03-02T10:00:00Z',
  expiresAt: null,
  status: 'VALID',
  revokedAt: null,
  revocationReason: null,
  verificationUrl: 'https://parity.example.org/verify/7K3M9QXW2D4H8RTV6BNC5PZJ1FGY0SAE',
  pdfUrl: '/certificates/c1/pdf',
  badgeUrl: '/certificates/c1/badge.json',
  noticeSeen: false,
};
const revoked: MyCertificateFieldsFragment = {
  ...valid,
  id: 'c2',
  serialNumber: 'PAR-2026-000002',
  courseTitle: { text: 'UNSCR 1325 basics', locale: 'en' },
  status: 'REVOKED',
  revokedAt: '2026-04-01T10:00:00Z',
  revocationReason: 'Issued by mistake',
  pdfUrl: '/certificates/c2/pdf',
  badgeUrl: '/certificates/c2/badge.json',
};

function answer(body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    ),
  );
}

async function render() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/learn/certificates', component: MyCertificatesPage },
      { path: '/learn/catalogue', name: 'learn-catalogue', component: Stub },
    ],
  });
  await router.push('/learn/certificates');
  const wrapper = mount(MyCertificatesPage, {
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

describe('My certificates', () => {
  it('says there are none yet and links to the catalogue', async () => {
    answer({ data: { myCertificates: [] } });
    const wrapper = await render();
    expect(wrapper.text()).toContain('No certificates yet — complete a course to earn one.');
    expect(wrapper.find('a[href="/learn/catalogue"]').text()).toBe('Browse the catalogue');
    expect(wrapper.findAll('article')).toHaveLength(0);
    wrapper.unmount();
  });

  it('shows an error with a retry when the list cannot load', async () => {
    answer({ data: null, errors: [{ message: 'x', extensions: { code: 'INTERNAL' } }] });
    const wrapper = await render();
    expect(wrapper.find('[role="alert"]').text()).toContain('Something went wrong on our side.');
    expect(wrapper.find('[role="alert"] button').text()).toBe('Try again');
    wrapper.unmount();
  });

  it('lists each certificate with its dates, status and downloads, and the reason of a revocation', async () => {
    answer({ data: { myCertificates: [valid, revoked] } });
    const wrapper = await render();
    const cards = wrapper.findAll('article');
    expect(cards.map((card) => card.find('h2').text())).toEqual([
      'Gender in operations',
      'UNSCR 1325 basics',
    ]);
    const [first, second] = cards;
    expect(first?.text()).toContain('Valid');
    expect(first?.text()).toContain('Does not expire');
    expect(first?.text()).toContain('PAR-2026-000001');
    const pdf = first?.find('a[href="/certificates/c1/pdf"]');
    expect(pdf?.attributes('download')).toBeDefined();
    expect(pdf?.attributes('aria-label')).toBe('Download PDF: Gender in operations');
    expect(first?.find('a[href="/certificates/c1/badge.json"]').attributes('download')).toBeDefined();
    expect(first?.find(`a[href="${valid.verificationUrl}"]`).attributes('target')).toBe('_blank');
    expect(second?.text()).toContain('Revoked');
    expect(second?.text()).toContain('Reason: Issued by mistake');
    wrapper.unmount();
  });

  it('copies the verification link and says so politely; Share appears only where the browser can share', async () => {
    answer({ data: { myCertificates: [valid] } });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const wrapper = await render();
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('Share');
    await wrapper.find('button[aria-label="Copy verification link: Gender in operations"]').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(valid.verificationUrl);
    const status = wrapper.find('[role="status"][aria-live="polite"]');
    expect(status.text()).toBe('The verification link for Gender in operations is copied.');
    wrapper.unmount();
  });

  it('shows the link to copy by hand when the clipboard refuses, and shares through the system sheet', async () => {
    answer({ data: { myCertificates: [valid] } });
    const share = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', {
      ...navigator,
      share,
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
    });
    const wrapper = await render();
    await wrapper.find('button[aria-label="Copy verification link: Gender in operations"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain(valid.verificationUrl);
    await wrapper.find('button[aria-label="Share: Gender in operations"]').trigger('click');
    expect(share).toHaveBeenCalledWith({
      title: 'Certificate: Gender in operations',
      text: 'My certificate for Gender in operations. Anyone can check it at this link.',
      url: valid.verificationUrl,
    });
    wrapper.unmount();
  });
});
