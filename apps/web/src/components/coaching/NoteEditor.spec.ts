import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n, setLocale } from '../../i18n';
import { loadCoachingMessages } from '../../locales/coaching/load';
import NoteEditor from './NoteEditor.vue';

beforeEach(async () => {
  await setLocale('en');
  await loadCoachingMessages();
});
afterEach(() => {
  document.body.innerHTML = '';
});

const render = (props: Record<string, unknown> = {}) =>
  mount(NoteEditor, {
    props: { id: 'note', reader: 'coachee', ...props },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });

describe('note editor: who can read the note', () => {
  it('asks in words, as a labelled radio group, and starts private', () => {
    const wrapper = render();
    expect(wrapper.find('fieldset legend').text()).toBe('Who can read this note?');
    const labels = wrapper.findAll('fieldset label').map((label) => label.text());
    expect(labels).toEqual(['Private — only you can read this', 'Shared — your coachee can read this too']);
    expect((wrapper.find('#note-private').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.find('button[type="submit"]').text()).toBe('Save private note');
    wrapper.unmount();
  });

  it('names the coach as the other reader when the coachee writes', () => {
    const wrapper = render({ reader: 'coach' });
    expect(wrapper.find('label[for="note-shared"]').text()).toBe('Shared — your coach can read this too');
    wrapper.unmount();
  });

  it('sends the visibility chosen, and the save button says which one it is', async () => {
    const wrapper = render();
    await wrapper.find('textarea').setValue('  We agreed on three steps.  ');
    await wrapper.find('#note-shared').setValue(true);
    expect(wrapper.find('button[type="submit"]').text()).toBe('Save shared note');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('save')).toEqual([[{ body: 'We agreed on three steps.', visibility: 'SHARED' }]]);

    await wrapper.find('#note-private').setValue(true);
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('save')?.[1]).toEqual([
      { body: 'We agreed on three steps.', visibility: 'PRIVATE' },
    ]);
    wrapper.unmount();
  });

  it('keeps the visibility of a note being edited, and sends nothing for an empty note', async () => {
    const wrapper = render({ body: 'Shared before', visibility: 'SHARED', editing: true });
    expect((wrapper.find('#note-shared').element as HTMLInputElement).checked).toBe(true);
    await wrapper.find('textarea').setValue('   ');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('save')).toBeUndefined();
    expect(document.activeElement?.id).toBe('note-body');
    wrapper.unmount();
  });

  it('starts private again after a note is saved', async () => {
    const wrapper = render();
    await wrapper.find('textarea').setValue('Shared thought');
    await wrapper.find('#note-shared').setValue(true);
    (wrapper.vm as unknown as { reset: () => void }).reset();
    await wrapper.vm.$nextTick();
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('');
    expect((wrapper.find('#note-private').element as HTMLInputElement).checked).toBe(true);
    wrapper.unmount();
  });
});
