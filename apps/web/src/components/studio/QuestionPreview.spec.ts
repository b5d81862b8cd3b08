import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../../locales/en.json';
import studioEn from '../../locales/studio/en.json';
import type { QuestionType } from '../../graphql/studio.generated';
import { emptyQuestion, learnerView, type QuestionDraft } from './question-model';
import QuestionPreview from './QuestionPreview.vue';

const T = (text: string) => [{ locale: 'en', text }];

function draftOf(type: QuestionType, texts: string[], matches: string[] = []): QuestionDraft {
  const draft = emptyQuestion(type);
  draft.prompt = T('<p>The prompt</p>');
  draft.choices = texts.map((text, index) => ({
    key: `c${index}`,
    id: `c${index}`,
    text: T(text),
    match: matches[index] ? T(matches[index]) : [],
    correct: index === 1,
  }));
  draft.trueFalseAnswer = true;
  draft.acceptedAnswers = { en: ['SECRET-ANSWER'] };
  return draft;
}

function render(draft: QuestionDraft) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { ...en, ...studioEn } } });
  return mount(QuestionPreview, {
    props: { question: learnerView(draft, 'en'), id: 'p', lang: 'en' },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}

/** Nothing in the learner's preview may tell which answer is right. */
function expectNoAnswerKey(wrapper: ReturnType<typeof render>): void {
  expect(wrapper.findAll('input').every((input) => !(input.element as HTMLInputElement).checked)).toBe(true);
  expect(wrapper.html()).not.toMatch(/SECRET-ANSWER|correct"|--correct|checked/);
  expect(wrapper.text()).not.toContain('Correct answer');
}

describe('question preview (as the learner sees it)', () => {
  it('single choice: radio buttons in a fieldset with a legend, none chosen', () => {
    const wrapper = render(draftOf('SINGLE_CHOICE', ['Women, peace and security', 'Fisheries']));
    expect(wrapper.text()).toContain('The prompt');
    expect(wrapper.find('fieldset legend').text()).toBe('Choose one answer');
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(2);
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('multiple choice: checkboxes', () => {
    const wrapper = render(draftOf('MULTIPLE_CHOICE', ['A', 'B', 'C']));
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(3);
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('true/false: two translated radio buttons', () => {
    const wrapper = render(draftOf('TRUE_FALSE', []));
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual(['True', 'False']);
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('short answer: an empty labelled text field', () => {
    const wrapper = render(draftOf('SHORT_ANSWER', []));
    const input = wrapper.find('input[type="text"]');
    expect((input.element as HTMLInputElement).value).toBe('');
    expect(wrapper.find(`label[for="${input.attributes('id')}"]`).text()).toBe('Your answer');
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('matching: one select per item, options in alphabetical order, nothing chosen', () => {
    const wrapper = render(draftOf('MATCHING', ['Sex', 'Gender'], ['Social', 'Biological']));
    const selects = wrapper.findAll('select');
    expect(selects).toHaveLength(2);
    for (const select of selects) {
      expect((select.element as HTMLSelectElement).value).toBe('');
      expect(select.findAll('option').map((o) => o.text())).toEqual(['Choose…', 'Biological', 'Social']);
    }
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('ordering: a reorderable list that does not start in the correct order', async () => {
    const wrapper = render(draftOf('ORDERING', ['Analyse', 'Plan', 'Evaluate']));
    const items = () => wrapper.findAll('.question-preview__item').map((item) => item.text());
    expect(items()).not.toEqual(['Analyse', 'Plan', 'Evaluate']);
    const first = items()[0];
    await wrapper.find(`button[aria-label="Move ${first} down"]`).trigger('click');
    expect(items()[1]).toBe(first);
    expect(wrapper.find('[aria-live="polite"]').text()).toContain('position 2 of 3');
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });

  it('Likert: a scale of radio buttons with its labels', () => {
    const wrapper = render(draftOf('LIKERT', ['Disagree', 'Neutral', 'Agree']));
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(3);
    expect(wrapper.text()).toContain('Neutral');
    expectNoAnswerKey(wrapper);
    wrapper.unmount();
  });
});
