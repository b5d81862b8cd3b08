import { describe, expect, it } from 'vitest';
import { dispositionFileName, packageError } from './course-package';
import { packageProblem } from './package-problems';

describe('course package problems', () => {
  it('tells which file of the package failed and why', () => {
    expect(packageProblem({ field: 'files.1.sha256', code: 'INVALID' })).toEqual({
      key: 'checksum',
      params: { n: 2 },
    });
    expect(packageProblem({ field: 'files.0.contentType', code: 'INVALID_VALUE' })).toEqual({
      key: 'fileType',
      params: { n: 1 },
    });
    expect(packageProblem({ field: 'files.0.contentType', code: 'FILE_TOO_LARGE' })).toEqual({
      key: 'fileTooLarge',
      params: { n: 1 },
    });
    expect(packageProblem({ field: 'files.3.lesson', code: 'OUT_OF_RANGE' }).key).toBe('noLesson');
    expect(packageProblem({ field: 'package', code: 'FILE_TOO_LARGE' }).key).toBe('tooLarge');
    expect(packageProblem({ field: 'snapshot.modules', code: 'INVALID' })).toEqual({
      key: 'content',
      params: { field: 'snapshot.modules' },
    });
  });

  it('reads the error answer of the REST routes, or falls back on the status', () => {
    const error = packageError(400, {
      code: 'INVALID_PACKAGE',
      reason: 'file 2 does not match its checksum',
      problems: [{ field: 'files.1.sha256', code: 'INVALID' }],
    });
    expect(error).toMatchObject({
      code: 'INVALID_PACKAGE',
      reason: 'file 2 does not match its checksum',
      problems: [{ field: 'files.1.sha256', code: 'INVALID' }],
    });
    expect(packageError(413, null).code).toBe('FILE_TOO_LARGE');
    expect(packageError(0, null).code).toBe('NETWORK');
    expect(packageError(500, 'oops').code).toBe('INTERNAL');
  });

  it('takes the download name from Content-Disposition, the UTF-8 one first', () => {
    expect(
      dispositionFileName(
        `attachment; filename="Zene (v1).parity-course.json"; filename*=UTF-8''%C5%BDene%20%28v1%29.parity-course.json`,
        'x',
      ),
    ).toBe('Žene (v1).parity-course.json');
    expect(dispositionFileName('attachment; filename="a.json"', 'x')).toBe('a.json');
    expect(dispositionFileName(null, 'fallback.json')).toBe('fallback.json');
  });
});
