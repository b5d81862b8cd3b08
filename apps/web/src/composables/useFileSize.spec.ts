import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createI18n } from 'vue-i18n';
import { formatFileSize, useFileSize } from './useFileSize';

/** Intl separates number and unit with a (narrow) no-break space: compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatFileSize', () => {
  it('picks the largest unit that keeps the number at least 1, in steps of 1024', () => {
    expect(plain(formatFileSize(2048, 'en-GB'))).toBe('2 kB');
    expect(plain(formatFileSize(1536, 'en-GB'))).toBe('1.5 kB');
    expect(plain(formatFileSize(25 * 1024 * 1024, 'en-GB'))).toBe('25 MB');
    expect(plain(formatFileSize(1.25 * 1024 ** 3, 'en-GB'))).toBe('1.3 GB');
  });

  it('shows one decimal below 10 and none above', () => {
    expect(plain(formatFileSize(3.14 * 1024 * 1024, 'en-GB'))).toBe('3.1 MB');
    expect(plain(formatFileSize(12.7 * 1024 * 1024, 'en-GB'))).toBe('13 MB');
  });

  it('writes numbers the way each language does', () => {
    expect(plain(formatFileSize(1536, 'hr'))).toBe('1,5 kB');
    expect(plain(formatFileSize(1.5 * 1024 * 1024, 'sr-Cyrl-RS'))).toBe('1,5 MB');
    expect(plain(formatFileSize(1.5 * 1024 * 1024, 'sq'))).toBe('1,5 MB');
  });

  it('never shows a negative size', () => {
    expect(formatFileSize(-5, 'en-GB')).toBe(formatFileSize(0, 'en-GB'));
  });
});

describe('useFileSize', () => {
  it('follows the interface language', async () => {
    const i18n = createI18n({ legacy: false, locale: 'en', messages: { en: {}, bs: {} } });
    const Size = defineComponent({
      setup() {
        const { fileSize } = useFileSize();
        return () => h('span', fileSize(2.5 * 1024 * 1024));
      },
    });
    const wrapper = mount(Size, { global: { plugins: [i18n] } });
    expect(plain(wrapper.text())).toBe('2.5 MB');
    i18n.global.locale.value = 'bs';
    await wrapper.vm.$nextTick();
    expect(plain(wrapper.text())).toBe('2,5 MB');
    wrapper.unmount();
  });
});
