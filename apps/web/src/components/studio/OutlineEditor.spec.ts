import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import { createMemoryHistory, createRouter } from 'vue-router';
import en from '../../locales/en.json';
import studioEn from '../../locales/studio/en.json';
import OutlineEditor, { type OutlineActions, type OutlineModule } from './OutlineEditor.vue';

const t = (text: string) => [{ locale: 'en', text }];
const modules: OutlineModule[] = [
  {
    id: 'm1',
    title: t('Module one'),
    lessons: [
      { id: 'l1', title: t('Welcome') },
      { id: 'l2', title: t('Terms') },
    ],
  },
  { id: 'm2', title: t('Module two'), lessons: [] },
];

function actions(): OutlineActions {
  const ok = vi.fn(async () => true);
  return {
    moveModule: ok,
    moveLesson: vi.fn(async () => true),
    addModule: ok,
    renameModule: ok,
    deleteModule: ok,
    addLesson: ok,
    renameLesson: ok,
    deleteLesson: ok,
  };
}

function mountOutline(outlineActions: OutlineActions, editable = true) {
  const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: { ...en, ...studioEn } } });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', name: 'studio-lesson', component: { render: () => null } }],
  });
  return mount(OutlineEditor, {
    props: { modules, locales: ['en'], editable, actions: outlineActions, courseId: 'c1' },
    global: { plugins: [i18n, router] },
    attachTo: document.body,
  });
}

const byName = (wrapper: ReturnType<typeof mountOutline>, name: string) =>
  wrapper.findAll('button').find((button) => button.attributes('aria-label') === name);

describe('outline reorder buttons', () => {
  it('name each move after the module or lesson, and disable moves past the ends', () => {
    const wrapper = mountOutline(actions());
    expect(byName(wrapper, 'Move module Module one up')?.attributes('disabled')).toBeDefined();
    expect(byName(wrapper, 'Move module Module one down')?.attributes('disabled')).toBeUndefined();
    expect(byName(wrapper, 'Move module Module two down')?.attributes('disabled')).toBeDefined();
    expect(byName(wrapper, 'Move lesson Welcome up')?.attributes('disabled')).toBeDefined();
    expect(byName(wrapper, 'Move lesson Terms up')?.attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('moves a module and announces its new position', async () => {
    const outlineActions = actions();
    const wrapper = mountOutline(outlineActions);
    await byName(wrapper, 'Move module Module one down')?.trigger('click');
    await flushPromises();
    expect(outlineActions.moveModule).toHaveBeenCalledWith('m1', 1);
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Module Module one moved to position 2 of 2.');
    wrapper.unmount();
  });

  it('moves a lesson within its module and announces it', async () => {
    const outlineActions = actions();
    const wrapper = mountOutline(outlineActions);
    await byName(wrapper, 'Move lesson Terms up')?.trigger('click');
    await flushPromises();
    expect(outlineActions.moveLesson).toHaveBeenCalledWith('l2', 'm1', 0);
    expect(wrapper.find('[aria-live="polite"]').text()).toBe(
      'Lesson Terms moved to position 1 of 2 in Module one.',
    );
    wrapper.unmount();
  });

  it('announces nothing when the move failed', async () => {
    const outlineActions = { ...actions(), moveModule: vi.fn(async () => false) };
    const wrapper = mountOutline(outlineActions);
    await byName(wrapper, 'Move module Module two up')?.trigger('click');
    await flushPromises();
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('');
    wrapper.unmount();
  });

  it('offers no editing in a version that is not a draft', () => {
    const wrapper = mountOutline(actions(), false);
    expect(byName(wrapper, 'Move module Module one down')).toBeUndefined();
    expect(wrapper.text()).not.toContain('Add module');
    wrapper.unmount();
  });
});
