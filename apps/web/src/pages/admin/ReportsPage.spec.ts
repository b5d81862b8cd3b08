import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { Role } from '../../graphql/generated';
import { i18n, setLocale } from '../../i18n';
import { loadReportsMessages } from '../../locales/reports/load';
import { useSessionStore } from '../../stores/session';
import ReportsPage from './ReportsPage.vue';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const institution = { id: OWN, name: 'Ministry of Defence', shortName: 'MoD' };
const COURSE = 'c0ffee00-0000-4000-8000-000000000001';
const LATER_COURSE = 'c0ffee00-0000-4000-8000-000000000002';

interface Body {
  query: string;
  variables: { input?: { measure: string; dimensions: string[]; filters: Record<string, unknown> } };
}
const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const LABELS: Record<string, string> = { SEX: 'Sex', RANK_GROUP: 'Rank group' };
const cell = (value: number | null, people: number | null) => ({ value, people, suppressed: false });

function serve(people = 40, courses: { id: string; title: string }[] = []) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    if (body.query.includes('reportSettings')) {
      return json({
        data: { reportSettings: { institutionId: OWN, minCellSize: 5, platformMinimum: 5, custom: false } },
      });
    }
    if (body.query.includes('courses(')) return json({ data: { courses: { nodes: courses } } });
    if (body.query.includes('query Institutions')) return json({ data: { institutions: [institution] } });
    const dimensions = body.variables.input?.dimensions ?? [];
    const twoWay = dimensions.length === 2;
    return json({
      data: {
        report: {
          measure: body.variables.input?.measure,
          measureLabel: 'Enrolments',
          dimensions,
          dimensionLabels: dimensions.map((dimension) => LABELS[dimension] ?? dimension),
          minCellSize: 5,
          locale: 'en',
          columns: twoWay ? [{ key: 'nco', label: 'NCO' }] : [],
          rows: [
            {
              key: { key: 'female', label: 'Women' },
              cells: twoWay ? [cell(people, people)] : [],
              total: cell(people, people),
            },
          ],
          columnTotals: twoWay ? [cell(people, people)] : [],
          grandTotal: cell(people, people),
        },
      },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const reportInputs = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls
    .map(([, init]) => JSON.parse(String(init.body)) as Body)
    .filter((body) => body.query.includes('report('))
    .map((body) => body.variables.input);

async function render(path: string, role: Role) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const session = useSessionStore();
  session.loaded = true;
  session.me = {
    id: 'u1',
    email: 'ana@example.org',
    displayName: 'Ana',
    locale: 'en',
    timeZone: 'UTC',
    status: 'ACTIVE',
    institution,
    roles: [{ role, institution }],
  };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/admin/reports', name: 'reports', component: ReportsPage }],
  });
  await router.push(path);
  const wrapper = mount(RouterView, {
    // The chart needs a real browser (canvas text metrics): the browser journey draws it.
    global: { plugins: [pinia, i18n, router], stubs: { ReportChart: true } },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

beforeEach(async () => {
  await setLocale('en');
  await loadReportsMessages();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the reports page', () => {
  it('restores a shared view from its URL: the controls and the query', async () => {
    const fetch = serve();
    const { wrapper } = await render(
      `/admin/reports?measure=ENROLMENTS&rows=SEX&columns=RANK_GROUP&sexes=FEMALE&from=2025-01-01`,
      'PLATFORM_ADMIN',
    );
    expect(reportInputs(fetch)).toEqual([
      expect.objectContaining({
        measure: 'ENROLMENTS',
        dimensions: ['SEX', 'RANK_GROUP'],
        filters: expect.objectContaining({ sexes: ['FEMALE'], from: '2025-01-01T00:00:00.000Z' }),
      }),
    ]);
    expect((wrapper.get('#report-measure').element as HTMLSelectElement).value).toBe('ENROLMENTS');
    expect((wrapper.get('#report-columns').element as HTMLSelectElement).value).toBe('RANK_GROUP');
    expect((wrapper.get('#report-sexes-FEMALE').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.get('table caption').text()).toBe('Enrolments by Sex and Rank group');
    wrapper.unmount();
  });

  it('keeps a chosen control in the URL and runs the report again', async () => {
    const fetch = serve();
    const { wrapper, router } = await render('/admin/reports', 'PLATFORM_ADMIN');
    await wrapper.get('#report-rows').setValue('RANK_GROUP');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ measure: 'COMPLETION_RATE', rows: 'RANK_GROUP' });
    expect(reportInputs(fetch).at(-1)?.dimensions).toEqual(['RANK_GROUP']);
    wrapper.unmount();
  });

  it('ignores another institution in an institution admin’s URL instead of failing', async () => {
    const fetch = serve();
    const { wrapper } = await render(`/admin/reports?institutionIds=${OTHER}`, 'INSTITUTION_ADMIN');
    expect(reportInputs(fetch)[0]?.filters).toMatchObject({ institutionIds: [] });
    expect(wrapper.find('#report-institution').exists()).toBe(false);
    expect(wrapper.text()).toContain('Reports for Ministry of Defence hide groups of fewer than 5 people');
    wrapper.unmount();
  });

  it('shows a chosen course that is not among those listed as chosen, and counts only it', async () => {
    const fetch = serve(40, [{ id: COURSE, title: 'Gender in operations' }]);
    const { wrapper } = await render(`/admin/reports?courseIds=${LATER_COURSE},${COURSE}`, 'PLATFORM_ADMIN');
    expect(reportInputs(fetch)[0]?.filters).toMatchObject({ courseIds: [LATER_COURSE] });
    const select = wrapper.get('#report-course').element as HTMLSelectElement;
    expect(select.value).toBe(LATER_COURSE);
    expect(select.selectedOptions[0]?.text.trim()).toBe('Selected course');
    wrapper.unmount();
  });

  it('shows a listed course by its title once the courses arrive', async () => {
    serve(40, [{ id: COURSE, title: 'Gender in operations' }]);
    const { wrapper } = await render(`/admin/reports?courseIds=${COURSE}`, 'PLATFORM_ADMIN');
    const select = wrapper.get('#report-course').element as HTMLSelectElement;
    expect(select.selectedOptions[0]?.text.trim()).toBe('Gender in operations');
    expect(wrapper.findAll('#report-course option').map((option) => option.text())).toEqual([
      'All courses',
      'Gender in operations',
    ]);
    wrapper.unmount();
  });

  /** The first answer to the query that contains `text` is a server error; the rest are `serve`'s. */
  function failOnce(fetch: ReturnType<typeof serve>, text: string): void {
    const answer = fetch.getMockImplementation()!;
    let failed = false;
    fetch.mockImplementation(async (url: string, init: RequestInit) => {
      if (failed || !String(init.body).includes(text)) return answer(url, init);
      failed = true;
      return json({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] });
    });
  }

  it('says when the course list could not load, keeps "All courses", and loads the list again on retry', async () => {
    const fetch = serve(40, [{ id: COURSE, title: 'Gender in operations' }]);
    failOnce(fetch, 'courses(');
    const { wrapper } = await render('/admin/reports', 'PLATFORM_ADMIN');
    const alert = wrapper.get('#report-course-error [role="alert"]');
    expect(alert.text()).toContain('The list of courses could not be loaded.');
    expect(alert.text()).toContain('Something went wrong on our side.');
    expect(wrapper.get('#report-course').attributes('aria-describedby')).toBe('report-course-error');
    expect(wrapper.findAll('#report-course option').map((option) => option.text())).toEqual(['All courses']);

    await alert.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('#report-course-error').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('report-course');
    expect(wrapper.findAll('#report-course option').map((option) => option.text())).toEqual([
      'All courses',
      'Gender in operations',
    ]);
    wrapper.unmount();
  });

  it('says when a platform admin’s institution list could not load, and loads it again on retry', async () => {
    const fetch = serve();
    failOnce(fetch, 'query Institutions');
    const { wrapper } = await render('/admin/reports', 'PLATFORM_ADMIN');
    const alerts = wrapper.findAll('form [role="alert"]');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.text()).toContain('The list of institutions could not be loaded.');
    expect(wrapper.findAll('#report-institution option').map((option) => option.text())).toEqual([
      'All institutions',
    ]);

    await alerts[0]!.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.find('form [role="alert"]').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('report-institution');
    expect(wrapper.findAll('#report-institution option').map((option) => option.text())).toEqual([
      'All institutions',
      'Ministry of Defence',
    ]);
    wrapper.unmount();
  });

  it('opens a coaching measure by course as one the server accepts, without the course', async () => {
    const fetch = serve();
    const { wrapper } = await render(
      `/admin/reports?measure=COACHING_ENGAGEMENTS&rows=COURSE&courseIds=${COURSE}`,
      'PLATFORM_ADMIN',
    );
    expect(reportInputs(fetch)).toEqual([
      expect.objectContaining({
        measure: 'COACHING_ENGAGEMENTS',
        dimensions: ['SEX'],
        filters: expect.objectContaining({ courseIds: [] }),
      }),
    ]);
    const rows = wrapper.findAll('#report-rows option').map((option) => option.attributes('value'));
    const columns = wrapper.findAll('#report-columns option').map((option) => option.attributes('value'));
    expect(rows).not.toContain('COURSE');
    expect(columns).not.toContain('COURSE');
    const course = wrapper.get('#report-course');
    expect(course.attributes('disabled')).toBeDefined();
    expect(wrapper.get(`#${course.attributes('aria-describedby') ?? ''}`).text()).toBe(
      'Coaching measures are not counted per course.',
    );
    wrapper.unmount();
  });

  it('clears the course breakdown and filter when a coaching measure is chosen', async () => {
    const fetch = serve();
    const { wrapper, router } = await render(
      `/admin/reports?measure=ENROLMENTS&rows=RANK_GROUP&columns=COURSE&courseIds=${COURSE}`,
      'PLATFORM_ADMIN',
    );
    expect(wrapper.get('#report-course').attributes('disabled')).toBeUndefined();
    await wrapper.get('#report-measure').setValue('COACHING_SESSIONS_HELD');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      measure: 'COACHING_SESSIONS_HELD',
      rows: 'RANK_GROUP',
    });
    expect(reportInputs(fetch).at(-1)).toMatchObject({
      measure: 'COACHING_SESSIONS_HELD',
      dimensions: ['RANK_GROUP'],
      filters: { courseIds: [] },
    });
    wrapper.unmount();
  });

  it('says so when nobody is behind the figures', async () => {
    serve(0);
    const { wrapper } = await render('/admin/reports', 'INSTITUTION_ADMIN');
    expect(wrapper.text()).toContain('No data for these filters.');
    expect(wrapper.find('table').exists()).toBe(false);
    wrapper.unmount();
  });
});
