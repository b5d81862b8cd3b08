import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { createI18n } from 'vue-i18n';
import en from '../../locales/en.json';
import type { AttemptQuestionFieldsFragment } from '../../graphql/learn.generated';
import { draftFromSaved, type AnswerDraft } from './answer-model';
import QuestionInput from './QuestionInput.vue';

const text = (value: string) => ({ text: value, locale: 'en' });
const question = (type: AttemptQuestionFieldsFragment['type']): AttemptQuestionFieldsFragment => ({
  key: 'q1',
  position: 1,
  type,
  points: 1,
  prompt: text('Put them in order'),
  options: ['First', 'Second', 'Third'].map((label, index) => ({ id: `o${index}`, text: text(label) })),
  matchTargets: ['One', 'Two'].map((label, index) => ({ id: `t${index}`, text: text(label) })),
  answer: null,
});

function render(type: AttemptQuestionFieldsFragment['type'], prompt?: { text: string; locale: string }) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en } });
  const q = { ...question(type), ...(prompt ? { prompt } : {}) };
  const wrapper = mount(QuestionInput, {
    props: { question: q, draft: draftFromSaved(q), disabled: false },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
  const changes = () => (wrapper.emitted('change') ?? []) as [AnswerDraft, boolean][];
  return { wrapper, changes };
}

describe('question inputs', () => {
  it('orders with labelled up/down buttons and keeps focus on the item that moved', async () => {
    const { wrapper, changes } = render('ORDERING');
    const down = wrapper.get('button[aria-label="Move down: First"]');
    expect(wrapper.get('button[aria-label="Move up: First"]').attributes('disabled')).toBeDefined();
    await down.trigger('click');
    expect(changes()[0]).toEqual([
      { optionIds: ['o1', 'o0', 'o2'], text: '', pairs: expect.any(Object) },
      true,
    ]);
    await wrapper.setProps({ draft: changes()[0]![0] });
    await nextTick();
    await nextTick();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move down: First');
    expect(wrapper.text()).toContain('First moved to position 2 of 3.');
    wrapper.unmount();
  });

  it('matches with one labelled select per left item', async () => {
    const { wrapper, changes } = render('MATCHING');
    const select = wrapper.get('select#question-q1-o1');
    expect(wrapper.get('label[for="question-q1-o1"]').text()).toBe('Second');
    await select.setValue('t1');
    expect(changes()[0]?.[0].pairs).toEqual({ o0: '', o1: 't1', o2: '' });
    wrapper.unmount();
  });

  it('sends a typed answer after a pause (not immediately) and at once on leaving the field', async () => {
    const { wrapper, changes } = render('SHORT_ANSWER');
    const input = wrapper.get('input[type="text"]');
    await input.setValue('Istanbul');
    expect(changes()[0]).toEqual([expect.objectContaining({ text: 'Istanbul' }), false]);
    await input.trigger('blur');
    expect(changes()[1]?.[1]).toBe(true);
    wrapper.unmount();
  });

  it('shows the prompt as rich text and names the choices with it', () => {
    const { wrapper } = render('SINGLE_CHOICE', {
      text: '<p>Which resolution <strong>opened</strong> the agenda?</p><ul><li>one answer</li></ul>',
      locale: 'sr-Cyrl',
    });
    const prompt = wrapper.get('#question-q1-prompt');
    expect(prompt.find('strong').text()).toBe('opened');
    expect(prompt.findAll('li')).toHaveLength(1);
    // Another language than the interface's: the text says so.
    expect(prompt.attributes('lang')).toBe('sr-Cyrl');
    expect(wrapper.get('fieldset').attributes('aria-labelledby')).toBe('question-q1-prompt');
    expect(wrapper.find('legend').exists()).toBe(false);
    wrapper.unmount();
  });

  it('names the answer field of a short-answer question with the rendered prompt', () => {
    const { wrapper } = render('SHORT_ANSWER', { text: '<p>Name the <em>council</em>.</p>', locale: 'en' });
    expect(wrapper.get('#question-q1-prompt').html()).toContain('<em>council</em>');
    expect(wrapper.get('#question-q1-prompt').attributes('lang')).toBeUndefined();
    expect(wrapper.get('input[type="text"]').attributes('aria-labelledby')).toBe('question-q1-prompt');
    wrapper.unmount();
  });
});
