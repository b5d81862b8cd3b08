import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../../locales/en.json';
import hr from '../../locales/hr.json';
import studioEn from '../../locales/studio/en.json';
import studioHr from '../../locales/studio/hr.json';
import CoursePackageImport from './CoursePackageImport.vue';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** An XMLHttpRequest the test drives: upload progress, then the answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  readonly upload = new EventTarget();
  private readonly events = new EventTarget();
  method = '';
  url = '';
  sent: unknown = null;
  headers: Record<string, string> = {};
  status = 0;
  responseText = '';
  withCredentials = false;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  getResponseHeader(): string | null {
    return null;
  }
  addEventListener(type: string, listener: EventListener): void {
    this.events.addEventListener(type, listener);
  }
  send(body: unknown): void {
    this.sent = body;
  }
  abort(): void {
    this.events.dispatchEvent(new Event('abort'));
  }
  progress(loaded: number, total: number): void {
    this.upload.dispatchEvent(
      Object.assign(new Event('progress'), { loaded, total, lengthComputable: true }),
    );
  }
  answer(status: number, body: unknown): void {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.events.dispatchEvent(new Event('load'));
  }
}

function render(locale: 'en' | 'hr') {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: { en: { ...en, ...studioEn }, hr: { ...hr, ...studioHr } },
  });
  return mount(CoursePackageImport, {
    props: {
      institutions: [
        { id: 'i1', name: 'Ministry of Defence', shortName: 'MoD' },
        { id: 'i2', name: 'Police Academy', shortName: 'PA' },
      ],
      initialInstitutionId: 'i1',
    },
    global: { plugins: [i18n], stubs: { RouterLink: { template: '<a><slot /></a>' } } },
    attachTo: document.body,
  });
}

async function choose(wrapper: ReturnType<typeof render>, file: File): Promise<void> {
  const input = wrapper.find('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = null;
});

describe('importing a course package', () => {
  it('uploads the file to the chosen institution with its progress, then links to the new course', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = render('en');
    const file = new File(['{"format":"parity.course-package/2"}'], 'Course (v1).parity-course.json', {
      type: 'application/json',
    });
    await choose(wrapper, file);
    await wrapper.find('select').setValue('i2');
    await wrapper.find('form').trigger('submit');
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe('/packages?institutionId=i2');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.sent).toBe(file);

    xhr.progress(50, 100);
    await flushPromises();
    expect(plain(wrapper.find('[role="status"]').text())).toBe(
      'Uploading Course (v1).parity-course.json: 50%',
    );
    expect((wrapper.find('progress').element as HTMLProgressElement).value).toBe(0.5);

    xhr.answer(201, { courseId: 'c9', versionId: 'v9' });
    await flushPromises();
    expect(wrapper.find('[role="status"]').text()).toBe('Imported: a new course with one draft.');
    expect(wrapper.text()).toContain('Open the imported course');
    expect(wrapper.emitted('imported')).toEqual([[{ courseId: 'c9', versionId: 'v9' }]]);
    expect(wrapper.find('progress').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says, in the reader’s language, why a package was refused and which file', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = render('hr');
    await choose(wrapper, new File(['{}'], 'paket.json'));
    await wrapper.find('form').trigger('submit');
    FakeXhr.last!.answer(400, {
      code: 'INVALID_PACKAGE',
      message: 'This course package cannot be imported: file 2 does not match its checksum.',
      reason: 'file 2 does not match its checksum',
      problems: [{ field: 'files.1.sha256', code: 'INVALID' }],
    });
    await flushPromises();
    const alert = wrapper.find('[role="alert"]');
    expect(alert.text()).toContain('Paket nije uvezen.');
    expect(alert.text()).toContain(hr.errors.INVALID_PACKAGE);
    expect(alert.find('li').text()).toBe(
      'Datoteka 2 izmijenjena je ili oštećena nakon izvoza (kontrolni zbroj se ne podudara).',
    );
    expect(alert.find('details').text()).toContain('file 2 does not match its checksum');
    wrapper.unmount();
  });

  it('refuses a file larger than the API reads before sending anything', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = render('en');
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    await choose(wrapper, huge);
    await wrapper.find('form').trigger('submit');
    expect(FakeXhr.last).toBeNull();
    expect(wrapper.find('[role="alert"] li').text()).toBe('The package is larger than the limit.');
    wrapper.unmount();
  });
});
