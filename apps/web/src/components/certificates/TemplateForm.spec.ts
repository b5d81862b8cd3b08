import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CertificateTemplateFieldsFragment } from '../../graphql/certificates.generated';
import { i18n, setLocale } from '../../i18n';
import TemplateForm from './TemplateForm.vue';
import { draftFrom, logoProblem, MAX_LOGO_BYTES, toInput } from './template-model';

const saved: CertificateTemplateFieldsFragment = {
  id: 't1',
  institutionId: 'i1',
  name: 'Ministry standard',
  primaryColor: '#1D4E89',
  accentColor: '#B08D57',
  signatories: [{ name: 'Gen. Ana Petrović', title: 'Chief of Staff' }],
  isDefault: true,
  hasLogo: true,
  logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
};

function render(template: CertificateTemplateFieldsFragment | null) {
  return mount(TemplateForm, {
    props: { template, institutionId: 'i1', pending: false, error: null },
    global: { plugins: [i18n] },
    attachTo: document.body,
  });
}

beforeEach(async () => {
  await setLocale('en');
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('template form', () => {
  it('builds a new template’s input: name, colours, signatories, default, no logo', async () => {
    const wrapper = render(null);
    await wrapper.find('#template-name').setValue('  Regional network  ');
    await wrapper.find('#template-primary').setValue('#112233');
    await wrapper.find('#template-add-signatory').trigger('click');
    await wrapper.find('#signatory-name-0').setValue('Col. Vesna Radović');
    await wrapper.find('#signatory-title-0').setValue('Gender adviser');
    await wrapper.find('#template-default').setValue(true);
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toEqual([
      [
        {
          id: null,
          institutionId: 'i1',
          name: 'Regional network',
          primaryColor: '#112233',
          accentColor: '#b3541e',
          signatories: [{ name: 'Col. Vesna Radović', title: 'Gender adviser' }],
          isDefault: true,
          logo: null,
          removeLogo: false,
        },
      ],
    ]);
    wrapper.unmount();
  });

  it('offers at most three signatories, each with labelled name and title fields', async () => {
    const wrapper = render(null);
    for (let i = 0; i < 3; i++) await wrapper.find('#template-add-signatory').trigger('click');
    expect(wrapper.find('#template-add-signatory').exists()).toBe(false);
    expect(wrapper.find('label[for="signatory-title-2"]').text()).toBe('Title of signatory 3');
    const remove = wrapper.findAll('button').find((button) => button.text() === 'Remove signatory 2');
    await remove?.trigger('click');
    expect(wrapper.findAll('.signatory')).toHaveLength(2);
    wrapper.unmount();
  });

  it('asks for a name and complete signatories before sending', async () => {
    const wrapper = render(null);
    await wrapper.find('#template-add-signatory').trigger('click');
    await wrapper.find('#signatory-name-0').setValue('Only a name');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.find('#template-name-error').text()).toBe('Enter a name for the template.');
    expect(wrapper.text()).toContain('Enter both the name and the title, or remove this signatory.');
    expect(document.activeElement?.id).toBe('template-name');
    wrapper.unmount();
  });

  it('keeps an existing logo (null), previews it, and removes it on request', async () => {
    const wrapper = render(saved);
    expect(wrapper.find('h2').text()).toBe('Edit template Ministry standard');
    expect(wrapper.find('.logo-preview img').attributes('src')).toBe(saved.logoDataUrl);
    const remove = wrapper.findAll('button').find((button) => button.text() === 'Remove the logo');
    await remove?.trigger('click');
    expect(wrapper.find('.logo-preview').exists()).toBe(false);
    await wrapper.find('form').trigger('submit');
    const [input] = (wrapper.emitted('submit')?.[0] ?? []) as [Record<string, unknown>];
    expect(input).toMatchObject({
      id: 't1',
      primaryColor: '#1d4e89',
      logo: null,
      removeLogo: true,
      isDefault: true,
    });
    wrapper.unmount();
  });

  it('refuses a logo of the wrong type or over 300 KB, and reads a good one as a data URL', async () => {
    const wrapper = render(null);
    const input = wrapper.find<HTMLInputElement>('#template-logo');
    const choose = async (file: File) => {
      Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
      await input.trigger('change');
      await flushPromises();
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await choose(new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(wrapper.find('#template-logo-error').text()).toBe('The logo must be a PNG or JPEG image.');
    await choose(new File([new Uint8Array(MAX_LOGO_BYTES + 1)], 'big.png', { type: 'image/png' }));
    expect(wrapper.find('#template-logo-error').text()).toBe(
      'This image is larger than 300 KB. Choose a smaller one.',
    );
    await choose(new File([new Uint8Array([137, 80, 78, 71])], 'logo.png', { type: 'image/png' }));
    expect(wrapper.find('#template-logo-error').exists()).toBe(false);
    expect(wrapper.find('.logo-preview img').attributes('src')).toMatch(/^data:image\/png;base64,/);
    wrapper.unmount();
  });
});

describe('template model', () => {
  it('checks a logo’s type and size', () => {
    expect(logoProblem({ type: 'image/jpeg', size: MAX_LOGO_BYTES })).toBeNull();
    expect(logoProblem({ type: 'image/gif', size: 10 })).toBe('TYPE');
    expect(logoProblem({ type: 'image/png', size: MAX_LOGO_BYTES + 1 })).toBe('SIZE');
  });

  it('never asks to remove the logo while sending a new one', () => {
    const draft = { ...draftFrom(saved), removeLogo: true, logo: 'data:image/png;base64,AAAA' };
    expect(toInput(draft, 'i1')).toMatchObject({ logo: 'data:image/png;base64,AAAA', removeLogo: false });
  });
});
