import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import { useSessionStore } from '../../stores/session';
import ProposeSessionForm from './ProposeSessionForm.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const person = { id: 'p', displayName: 'P' };
const proposed = {
  id: 's1',
  engagementId: 'e1',
  state: 'PROPOSED',
  proposedTimes: ['2027-03-02T09:00:00.000Z', '2027-03-03T13:30:00.000Z'],
  startsAt: null,
  endsAt: null,
  durationMinutes: 90,
  timeZone: 'Europe/Podgorica',
  location: null,
  onlineUrl: 'https://meet.example.org/x',
  agenda: null,
  sequence: 0,
  cancelReason: null,
  feedbackGiven: false,
  coach: person,
  coachee: person,
};

function serve(answer: unknown) {
  const fetch = vi.fn(async () => json(answer));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
const sent = (fetch: ReturnType<typeof serve>) =>
  JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body)).variables.input;

beforeEach(async () => {
  const pinia = createPinia();
  setActivePinia(pinia);
  useSessionStore().me = {
    id: 'coach',
    email: 'coach@example.org',
    displayName: 'Coach',
    locale: 'en',
    timeZone: 'Europe/Podgorica',
    status: 'ACTIVE',
    institution: { id: 'i1', name: 'MoD', shortName: 'MoD' },
    roles: [],
  };
  await setLocale('en');
  await loadCoachingMessages();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const render = () =>
  mount(ProposeSessionForm, {
    props: { engagementId: 'e1' },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });

describe('proposing session times', () => {
  it('reads each time in the chosen zone (the coach’s by default) and sends them as instants, in order', async () => {
    const fetch = serve({ data: { proposeCoachingSession: proposed } });
    const wrapper = render();
    expect((wrapper.find('#propose-e1-zone').element as HTMLSelectElement).value).toBe('Europe/Podgorica');
    await wrapper.find('#propose-e1-time-0').setValue('2027-03-03T14:30');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Add another time')!
      .trigger('click');
    await flushPromises();
    expect(document.activeElement?.id).toBe('propose-e1-time-1');
    await wrapper.find('#propose-e1-time-1').setValue('2027-03-02T10:00');
    await wrapper.find('#propose-e1-duration').setValue('90');
    await wrapper.find('#propose-e1-url').setValue(' https://meet.example.org/x ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();

    expect(sent(fetch)).toEqual({
      engagementId: 'e1',
      proposedTimes: ['2027-03-02T09:00:00.000Z', '2027-03-03T13:30:00.000Z'],
      durationMinutes: 90,
      timeZone: 'Europe/Podgorica',
      location: null,
      onlineUrl: 'https://meet.example.org/x',
      agenda: null,
    });
    expect(wrapper.emitted('proposed')?.[0]).toEqual([proposed]);
    expect((wrapper.find('#propose-e1-time-0').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('uses another zone when the coach picks one', async () => {
    const fetch = serve({ data: { proposeCoachingSession: proposed } });
    const wrapper = render();
    await wrapper.find('#propose-e1-zone').setValue('UTC');
    await wrapper.find('#propose-e1-time-0').setValue('2027-03-02T10:00');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch).proposedTimes).toEqual(['2027-03-02T10:00:00.000Z']);
    expect(sent(fetch).timeZone).toBe('UTC');
    wrapper.unmount();
  });

  it('sends nothing without a complete time and says what is missing', async () => {
    const fetch = serve({ data: {} });
    const wrapper = render();
    await wrapper.find('form').trigger('submit');
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.find('[role="alert"]').text()).toBe('Enter at least one complete date and time.');
    expect(wrapper.find('#propose-e1-time-0').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('propose-e1-time-0');
    wrapper.unmount();
  });

  it('explains a double booking of the coach in words', async () => {
    serve({ errors: [{ message: 'no', extensions: { code: 'COACH_DOUBLE_BOOKED' } }] });
    const wrapper = render();
    await wrapper.find('#propose-e1-time-0').setValue('2027-03-02T10:00');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('The coach already has a session at this time.');
    expect(wrapper.emitted('proposed')).toBeUndefined();
    wrapper.unmount();
  });
});
