import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachingSessionFieldsFragment } from '../../graphql/coaching.generated';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import SessionCoachActions from './SessionCoachActions.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const person = { id: 'p', displayName: 'P' };
const HOUR = 3_600_000;

const session = (change: Partial<CoachingSessionFieldsFragment>): CoachingSessionFieldsFragment => ({
  id: 's1',
  engagementId: 'e1',
  state: 'SCHEDULED',
  proposedTimes: [],
  startsAt: '2027-03-02T09:00:00.000Z',
  endsAt: '2027-03-02T10:00:00.000Z',
  durationMinutes: 60,
  timeZone: 'Europe/Skopje',
  location: null,
  onlineUrl: null,
  agenda: null,
  sequence: 0,
  cancelReason: null,
  feedbackGiven: false,
  coach: person,
  coachee: person,
  ...change,
});

function serve(answer: unknown) {
  const fetch = vi.fn(async () => json(answer));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(async () => {
  await setLocale('en');
  await loadCoachingMessages();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const render = (props: { session: CoachingSessionFieldsFragment; role: 'coach' | 'coachee' }) =>
  mount(SessionCoachActions, { props, global: { plugins: [i18n] }, attachTo: document.body });
const labels = (wrapper: ReturnType<typeof render>) =>
  wrapper.findAll('button').map((button) => button.text());

describe('what the pair can do with a session', () => {
  it('offers the coach to record the outcome only once the session has started', () => {
    const upcoming = render({
      session: session({ startsAt: new Date(Date.now() + HOUR).toISOString() }),
      role: 'coach',
    });
    expect(labels(upcoming)).toEqual(['Reschedule', 'Cancel session']);
    const started = render({
      session: session({ startsAt: new Date(Date.now() - HOUR).toISOString() }),
      role: 'coach',
    });
    expect(labels(started)).toEqual(['Record as held', 'Record as missed', 'Reschedule', 'Cancel session']);
    expect(labels(render({ session: session({}), role: 'coachee' }))).toEqual(['Cancel session']);
    expect(labels(render({ session: session({ state: 'HELD' }), role: 'coach' }))).toEqual([]);
  });

  it('reschedules in the session’s time zone, starting from its current time there', async () => {
    const moved = session({ startsAt: '2027-03-09T13:00:00.000Z', sequence: 1 });
    const fetch = serve({ data: { rescheduleCoachingSession: moved } });
    const wrapper = render({ session: session({}), role: 'coach' });
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Reschedule')!
      .trigger('click');
    await flushPromises();
    const input = wrapper.find('#session-s1-reschedule-input');
    expect(wrapper.find('label[for="session-s1-reschedule-input"]').text()).toBe('New time (Europe/Skopje)');
    expect((input.element as HTMLInputElement).value).toBe('2027-03-02T10:00');
    expect(document.activeElement).toBe(input.element);
    await input.setValue('2027-03-09T14:00');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const body = JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({ id: 's1', startsAt: '2027-03-09T13:00:00.000Z' });
    expect(wrapper.emitted('changed')?.[0]).toEqual([
      moved,
      'The session is rescheduled. Both of you receive an updated invitation.',
    ]);
  });

  it('cancels with the reason given, and keeps the session when the person changes their mind', async () => {
    const fetch = serve({ data: { cancelCoachingSession: session({ state: 'CANCELLED' }) } });
    const wrapper = render({ session: session({}), role: 'coachee' });
    await wrapper.find('button').trigger('click');
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Keep the session')!
      .trigger('click');
    expect(wrapper.find('form').exists()).toBe(false);
    await wrapper.find('button').trigger('click');
    await wrapper.find('#session-s1-cancel-input').setValue('  Called to an exercise ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const body = JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({ id: 's1', reason: 'Called to an exercise' });
    expect(wrapper.emitted('changed')?.[0]?.[1]).toBe('The session is cancelled. Both of you are told.');
  });
});
