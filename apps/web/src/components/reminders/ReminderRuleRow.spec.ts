import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { i18n, setLocale } from '../../i18n';
import ReminderRuleRow from './ReminderRuleRow.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

interface Body {
  query: string;
  variables: Record<string, unknown>;
}

function serve() {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as Body;
    const input = body.variables['input'] as Record<string, unknown>;
    return json({
      data: {
        saveReminderRule: {
          kind: input['kind'],
          courseId: input['courseId'],
          offsets: input['offsets'],
          enabled: input['enabled'],
          isDefault: false,
        },
      },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const rule = { kind: 'due_soon', courseId: null, offsets: [7, 1], enabled: true, isDefault: true };

function render() {
  const onSaved = vi.fn();
  const Table = defineComponent({
    render: () => h('table', [h('tbody', [h(ReminderRuleRow, { rule, institutionId: 'inst-1', onSaved })])]),
  });
  const wrapper = mount(Table, { global: { plugins: [i18n] }, attachTo: document.body });
  return { wrapper, onSaved };
}

beforeEach(async () => {
  await setLocale('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('a reminder rule row', () => {
  it('shows the kind, its explanation, the days as a list and the default badge', () => {
    serve();
    const { wrapper } = render();
    expect(wrapper.get('th').text()).toContain('Due soon');
    expect(wrapper.get('th').text()).toContain('Days before the due date');
    expect(wrapper.get('.badge').text()).toBe('Default');
    expect((wrapper.get('#rule-due_soon-offsets').element as HTMLInputElement).value).toBe('7, 1');
    expect(wrapper.get('label[for="rule-due_soon-offsets"]').text()).toBe('Days for Due soon');
    wrapper.unmount();
  });

  it('saves the edited days and the checkbox as the institution-wide rule', async () => {
    const fetch = serve();
    const { wrapper, onSaved } = render();
    await wrapper.get('#rule-due_soon-offsets').setValue('2, 14, 2');
    await wrapper.get('input[type="checkbox"]').setValue(false);
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledTimes(1);
    const body = JSON.parse(String((fetch.mock.calls[0]?.[1] as RequestInit).body)) as Body;
    expect(body.query).toContain('saveReminderRule');
    expect(body.variables).toEqual({
      input: { institutionId: 'inst-1', courseId: null, kind: 'due_soon', offsets: [14, 2], enabled: false },
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ offsets: [14, 2], isDefault: false }));
    wrapper.unmount();
  });

  it('says what is wrong with the days and sends nothing', async () => {
    const fetch = serve();
    const { wrapper } = render();
    await wrapper.get('#rule-due_soon-offsets').setValue('0, 400');
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.get('[role="alert"]').text()).toBe('Each number must be between 1 and 365.');
    expect(wrapper.get('#rule-due_soon-offsets').attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });
});
