import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import ProgrammePage from './ProgrammePage.vue';

const Stub = defineComponent({ render: () => h('p', 'stub') });
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const programme = {
  id: 'p1',
  institutionId: 'i1',
  name: 'Gender Coach Programme 2027',
  description: null,
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  selfSignUp: true,
  managers: [],
  iManage: true,
  myApplication: null,
};

function serve() {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const { query } = JSON.parse(String(init.body)) as { query: string };
    if (query.includes('coachingProgramme(')) return json({ data: { coachingProgramme: programme } });
    if (query.includes('programmeApplications(')) return json({ data: { programmeApplications: [] } });
    if (query.includes('coachesForMatching(')) return json({ data: { coachesForMatching: [] } });
    return json({ data: {} });
  });
  vi.stubGlobal('fetch', fetch);
}

async function render(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/coaching/programmes/:id', component: ProgrammePage, props: true },
      { path: '/coaching/programmes', name: 'coaching-programmes', component: Stub },
    ],
  });
  await router.push(path);
  const wrapper = mount(ProgrammePage, {
    props: { id: 'p1' },
    global: { plugins: [createPinia(), i18n, router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

beforeEach(async () => {
  await setLocale('en');
  await loadCoachingMessages();
  serve();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('programme page tabs', () => {
  it('opens the tab named in the address, with one tab in the tab order', async () => {
    const { wrapper } = await render('/coaching/programmes/p1?tab=matching');
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs.map((tab) => tab.text())).toEqual(['Applications', 'Matching', 'Engagements', 'Dashboard']);
    expect(tabs.map((tab) => tab.attributes('aria-selected'))).toEqual(['false', 'true', 'false', 'false']);
    expect(tabs.map((tab) => tab.attributes('tabindex'))).toEqual(['-1', '0', '-1', '-1']);
    const panel = wrapper.get('[role="tabpanel"]');
    expect(panel.attributes('aria-labelledby')).toBe('programme-tab-matching');
    expect(panel.text()).toContain('No coach matches these filters.');
    wrapper.unmount();
  });

  it('moves between tabs with the arrow keys, Home and End, keeping focus on the chosen tab', async () => {
    const { wrapper, router } = await render('/coaching/programmes/p1');
    await wrapper.get('#programme-tab-applications').trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    expect(router.currentRoute.value.query['tab']).toBe('matching');
    expect(document.activeElement?.id).toBe('programme-tab-matching');
    await wrapper.get('#programme-tab-matching').trigger('keydown', { key: 'End' });
    await flushPromises();
    expect(document.activeElement?.id).toBe('programme-tab-dashboard');
    await wrapper.get('#programme-tab-dashboard').trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    expect(router.currentRoute.value.query['tab']).toBe('applications');
    expect(wrapper.get('[role="tabpanel"]').text()).toContain('No applications.');
    wrapper.unmount();
  });
});
