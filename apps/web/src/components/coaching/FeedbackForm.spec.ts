import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import FeedbackForm from './FeedbackForm.vue';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

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

const render = () =>
  mount(FeedbackForm, { props: { sessionId: 's1' }, global: { plugins: [i18n] }, attachTo: document.body });

describe('session feedback form', () => {
  it('asks three questions, each a group of five ratings named in words', () => {
    const wrapper = render();
    const groups = wrapper.findAll('fieldset');
    expect(groups.map((group) => group.find('legend').text())).toEqual([
      'How useful was the session?',
      'How relevant was it to your work?',
      'How confident do you feel to act on it?',
    ]);
    for (const group of groups) {
      expect(group.findAll('input[type="radio"]')).toHaveLength(5);
      expect(group.findAll('label').map((label) => label.text())[0]).toBe('1 — not at all');
    }
    wrapper.unmount();
  });

  it('sends nothing until all three are answered, and says so', async () => {
    const fetch = serve({ data: { submitSessionFeedback: true } });
    const wrapper = render();
    await wrapper.find('#feedback-s1-usefulness-4').setValue(true);
    await wrapper.find('form').trigger('submit');
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.find('[role="alert"]').text()).toBe('Answer all three questions.');
    wrapper.unmount();
  });

  it('sends the three ratings, then thanks the coachee in place of the form', async () => {
    const fetch = serve({ data: { submitSessionFeedback: true } });
    const wrapper = render();
    await wrapper.find('#feedback-s1-usefulness-4').setValue(true);
    await wrapper.find('#feedback-s1-relevance-5').setValue(true);
    await wrapper.find('#feedback-s1-confidence-3').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const body = JSON.parse(String((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body));
    expect(body.variables).toEqual({
      input: { sessionId: 's1', usefulness: 4, relevance: 5, confidence: 3 },
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('[role="status"]').text()).toBe('Thank you for your feedback.');
    expect(document.activeElement).toBe(wrapper.find('[role="status"]').element);
    expect(wrapper.emitted('submitted')).toHaveLength(1);
    wrapper.unmount();
  });

  it('explains a second answer for the same session in words', async () => {
    serve({ errors: [{ message: 'no', extensions: { code: 'FEEDBACK_ALREADY_GIVEN' } }] });
    const wrapper = render();
    for (const id of ['usefulness-1', 'relevance-2', 'confidence-3']) {
      await wrapper.find(`#feedback-s1-${id}`).setValue(true);
    }
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('You have already given feedback for this session.');
    expect(wrapper.emitted('submitted')).toBeUndefined();
    wrapper.unmount();
  });
});
