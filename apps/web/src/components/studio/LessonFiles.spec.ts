import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../../locales/en.json';
import hr from '../../locales/hr.json';
import studioEn from '../../locales/studio/en.json';
import studioHr from '../../locales/studio/hr.json';
import type { StudioLessonFileFieldsFragment } from '../../graphql/studio.generated';
import LessonFiles from './LessonFiles.vue';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const files: StudioLessonFileFieldsFragment[] = [
  { id: 'f1', originalName: 'Plan.pdf', contentType: 'application/pdf', size: 1536, url: '/files/f1' },
  {
    id: 'f2',
    originalName: 'Budget.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    size: 3 * 1024 * 1024,
    url: '/files/f2',
  },
];

function render(locale: 'en' | 'hr', editable = true) {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: { en: { ...en, ...studioEn }, hr: { ...hr, ...studioHr } },
  });
  return mount(LessonFiles, {
    props: { lessonId: 'l1', files, editable },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('lesson files', () => {
  it('lists each file as a download link with its type and size in the reader’s language', () => {
    const wrapper = render('hr');
    const items = wrapper.findAll('li');
    expect(items.map((item) => plain(item.find('span').text()))).toEqual(['PDF, 1,5 kB', 'XLSX, 3 MB']);
    expect(items[0]?.find('a').attributes('href')).toBe('/files/f1');
    expect(wrapper.find('h2').text()).toBe('Datoteke');
    wrapper.unmount();
  });

  it('has a labelled file input and remove buttons only on a draft', () => {
    const draft = render('en');
    expect(draft.find('label[for="lesson-file"]').text()).toBe('Add a file');
    expect(draft.find('input#lesson-file').attributes('type')).toBe('file');
    expect(draft.find('button').attributes('aria-label')).toBe('Remove file Plan.pdf');
    draft.unmount();
    const published = render('en', false);
    expect(published.find('input[type="file"]').exists()).toBe(false);
    expect(published.find('button').exists()).toBe(false);
    published.unmount();
  });

  it('removes a file and announces it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ data: { detachLessonFile: true } })),
    );
    const wrapper = render('en');
    await wrapper.find('button').trigger('click');
    await flushPromises();
    const body = JSON.parse(String(vi.mocked(fetch).mock.calls[0]?.[1]?.body)) as { variables: unknown };
    expect(body.variables).toEqual({ lessonId: 'l1', fileId: 'f1' });
    expect(wrapper.emitted('update:files')?.[0]).toEqual([[files[1]]]);
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Plan.pdf was removed.');
    wrapper.unmount();
  });

  it('uploads a chosen file, attaches it and reports the result', async () => {
    const added = {
      id: 'f3',
      originalName: 'Notes.txt',
      contentType: 'text/plain',
      size: 4,
      url: '/files/f3',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.startsWith('/files') ? json(added, 201) : json({ data: { attachLessonFile: added } }),
      ),
    );
    const wrapper = render('en');
    const input = wrapper.find('input[type="file"]');
    Object.defineProperty(input.element, 'files', {
      value: [new File(['text'], 'Notes.txt', { type: 'text/plain' })],
      configurable: true,
    });
    await input.trigger('change');
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Uploading…');
    await flushPromises();
    expect(wrapper.emitted('update:files')?.[0]).toEqual([[...files, added]]);
    expect(wrapper.find('[aria-live="polite"]').text()).toBe('Uploaded');
    wrapper.unmount();
  });

  it('explains a refused file in the reader’s language without sending it', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const wrapper = render('en');
    const input = wrapper.find('input[type="file"]');
    Object.defineProperty(input.element, 'files', {
      value: [new File(['x'], 'tool.exe', { type: 'application/x-msdownload' })],
      configurable: true,
    });
    await input.trigger('change');
    await flushPromises();
    expect(fetch).not.toHaveBeenCalled();
    expect(wrapper.find('[aria-live="polite"]').text()).toBe(
      `tool.exe was not uploaded: ${en.errors.FILE_TYPE_NOT_ALLOWED}`,
    );
    wrapper.unmount();
  });
});
