import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AdminCertificateFieldsFragment } from '../../graphql/certificates.generated';
import { i18n, setLocale } from '../../i18n';
import RevokeDialog from './RevokeDialog.vue';
import { canReissue, readCertificateListQuery, reasonProblem, writeCertificateListQuery } from './revocation';

const certificate: AdminCertificateFieldsFragment = {
  id: 'c1',
  serialNumber: 'PAR-2026-000001',
  holderName: 'Marko Jovanović',
  courseTitle: { text: 'Gender in operations', locale: 'en' },
  issuedAt: '2026-03-02T10:00:00Z',
  expiresAt: null,
  status: 'VALID',
  revokedAt: null,
  revocationReason: null,
  pdfUrl: '/certificates/c1/pdf',
  verificationUrl: 'https://parity.example.org/verify/X',
  reissueOfId: null,
  replacedById: null,
};

function render() {
  return mount(RevokeDialog, {
    props: { certificate, pending: false, error: null },
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

describe('revoke dialog', () => {
  it('is a labelled dialog that starts at the reason field', async () => {
    const wrapper = render();
    await new Promise((resolve) => setTimeout(resolve));
    const dialog = wrapper.find('dialog');
    expect(dialog.attributes('aria-labelledby')).toBe('revoke-dialog-title');
    expect(wrapper.find('#revoke-dialog-title').text()).toBe('Revoke certificate PAR-2026-000001');
    expect(wrapper.find('label[for="revoke-reason"]').text()).toBe('Reason for revoking');
    expect(document.activeElement?.id).toBe('revoke-reason');
    wrapper.unmount();
  });

  it('refuses a reason shorter than 3 characters, says why, and sends nothing', async () => {
    const wrapper = render();
    await wrapper.find('textarea').setValue('  ok ');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(wrapper.find('textarea').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#revoke-reason-error').text()).toBe('Write a reason of at least 3 characters.');
    expect(wrapper.find('textarea').attributes('aria-describedby')).toContain('revoke-reason-error');
    wrapper.unmount();
  });

  it('sends the trimmed reason once it is long enough', async () => {
    const wrapper = render();
    await wrapper.find('textarea').setValue('  Issued by mistake  ');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')).toEqual([['Issued by mistake']]);
    wrapper.unmount();
  });

  it('closes on Escape (the dialog’s cancel event) and on Cancel', async () => {
    const wrapper = render();
    await wrapper.find('dialog').trigger('cancel');
    const cancel = wrapper.findAll('button').find((button) => button.text() === 'Cancel');
    await cancel?.trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(2);
    wrapper.unmount();
  });
});

describe('revocation rules', () => {
  it('checks the reason’s length after trimming: 3 to 500 characters', () => {
    expect(reasonProblem(' ab ')).toBe('TOO_SHORT');
    expect(reasonProblem('abc')).toBeNull();
    expect(reasonProblem('x'.repeat(500))).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toBe('TOO_LONG');
  });

  it('offers a reissue only for a revoked certificate nothing has replaced yet', () => {
    expect(canReissue({ status: 'VALID', replacedById: null })).toBe(false);
    expect(canReissue({ status: 'REVOKED', replacedById: null })).toBe(true);
    expect(canReissue({ status: 'REVOKED', replacedById: 'c9' })).toBe(false);
  });

  it('keeps the search and institution in the URL, without empty keys', () => {
    expect(readCertificateListQuery({ q: '  PAR-2026 ', institution: 'i1' })).toEqual({
      search: 'PAR-2026',
      institutionId: 'i1',
    });
    expect(writeCertificateListQuery({ search: '', institutionId: 'i1' })).toEqual({
      q: undefined,
      institution: 'i1',
    });
  });
});
