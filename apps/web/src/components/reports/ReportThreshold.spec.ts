import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '../../i18n';
import { loadReportsMessages } from '../../locales/reports/load';
import ReportThreshold from './ReportThreshold.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const settings = (minCellSize: number, custom: boolean, institutionId = 'i-1') => ({
  institutionId,
  minCellSize,
  platformMinimum: 5,
  custom,
});

beforeEach(async () => {
  await setLocale('en');
  await loadReportsMessages();
});

describe('the privacy threshold setting', () => {
  it('shows the institution’s threshold and saves a higher one, telling the page to run the report again', async () => {
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
      return body.query.includes('setReportMinCellSize')
        ? json({ data: { setReportMinCellSize: settings(10, true) } })
        : json({ data: { reportSettings: settings(5, false) } });
    });
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(ReportThreshold, {
      props: { institutionId: 'i-1', institutionName: 'Ministry of Defence' },
      global: { plugins: [i18n] },
    });
    await flushPromises();
    expect(wrapper.text()).toContain(
      'Reports for Ministry of Defence hide groups of fewer than 5 people, the platform minimum.',
    );
    const input = wrapper.get('#report-threshold');
    expect((input.element as HTMLInputElement).value).toBe('5');
    expect(input.attributes('min')).toBe('5');

    await input.setValue('10');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const saved = JSON.parse(String(fetch.mock.calls.at(-1)?.[1].body)) as { variables: unknown };
    expect(saved.variables).toEqual({ input: { institutionId: 'i-1', minCellSize: 10 } });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Saved. Reports now hide groups of fewer than 10 people.',
    );
    expect(wrapper.text()).toContain('a threshold chosen for this institution (platform minimum: 5)');
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('keeps the shown institution’s threshold when the previous one’s answer arrives last', async () => {
    const answers = new Map<string, (response: Response) => void>();
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { variables: { institutionId: string } };
      return new Promise<Response>((resolve) => answers.set(body.variables.institutionId, resolve));
    });
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(ReportThreshold, {
      props: { institutionId: 'i-1', institutionName: 'Ministry of Defence' },
      global: { plugins: [i18n] },
    });
    await flushPromises();
    await wrapper.setProps({ institutionId: 'i-2', institutionName: 'Army' });
    await flushPromises();

    answers.get('i-2')?.(json({ data: { reportSettings: settings(20, true, 'i-2') } }));
    await flushPromises();
    answers.get('i-1')?.(json({ data: { reportSettings: settings(7, true, 'i-1') } }));
    await flushPromises();

    expect((wrapper.get('#report-threshold').element as HTMLInputElement).value).toBe('20');
    expect(wrapper.text()).toContain('Reports for Army hide groups of fewer than 20 people');
  });

  it('keeps the shown institution’s threshold when a save for the previous one answers after the switch', async () => {
    let answerSave: (response: Response) => void = () => undefined;
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string; variables: { institutionId?: string } };
      if (body.query.includes('setReportMinCellSize'))
        return new Promise<Response>((resolve) => (answerSave = resolve));
      const id = body.variables.institutionId ?? '';
      return json({ data: { reportSettings: settings(id === 'i-2' ? 20 : 5, id === 'i-2', id) } });
    });
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(ReportThreshold, {
      props: { institutionId: 'i-1', institutionName: 'Ministry of Defence' },
      global: { plugins: [i18n] },
    });
    await flushPromises();
    await wrapper.get('#report-threshold').setValue('10');
    await wrapper.get('form').trigger('submit');
    await wrapper.setProps({ institutionId: 'i-2', institutionName: 'Army' });
    await flushPromises();

    answerSave(json({ data: { setReportMinCellSize: settings(10, true, 'i-1') } }));
    await flushPromises();

    expect((wrapper.get('#report-threshold').element as HTMLInputElement).value).toBe('20');
    expect(wrapper.text()).toContain('Reports for Army hide groups of fewer than 20 people');
    expect(wrapper.get('[role="status"]:not(.muted)').text()).toBe('');
  });

  it('offers to try again when the settings cannot be loaded', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        fail
          ? new Response('unavailable', { status: 503 })
          : json({ data: { reportSettings: settings(5, false) } }),
      ),
    );
    const wrapper = mount(ReportThreshold, {
      props: { institutionId: 'i-1', institutionName: 'Ministry of Defence' },
      global: { plugins: [i18n] },
    });
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    fail = false;
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect((wrapper.get('#report-threshold').element as HTMLInputElement).value).toBe('5');
  });
});
