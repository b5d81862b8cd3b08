import { CommonErrorCode } from '@parity/shared/errors';
import { IdentityErrorCode } from '@parity/identity';
import { CurriculumErrorCode } from '@parity/curriculum';
import { StorageErrorCode } from '@parity/shared/storage';
import { ALL_ERROR_CODES, errorKind } from './error-codes';

describe('error codes', () => {
  it('maps every code a client can receive', () => {
    for (const code of ALL_ERROR_CODES)
      expect(errorKind(code)).toMatch(/^(input|auth|not-found|conflict|limit|server)$/);
  });

  it('lists every domain’s codes, so none reaches a client as INTERNAL', () => {
    for (const codes of [CommonErrorCode, IdentityErrorCode, CurriculumErrorCode, StorageErrorCode]) {
      expect(ALL_ERROR_CODES).toEqual(expect.arrayContaining(Object.values(codes)));
    }
  });

  it('fails loudly on a code nobody mapped', () => {
    expect(() => errorKind('SOMETHING_NEW' as never)).toThrow(/Unmapped error code SOMETHING_NEW/);
  });
});
