import type { ApiProblem } from '../../composables/useGraphql';

/** A package problem as a studio message: its key under `studio.package.problems` and the values to put in. */
export interface PackageProblemMessage {
  key: string;
  params: Record<string, string | number>;
}

/**
 * What a field problem of INVALID_PACKAGE means for the person importing: `files.2.sha256` is "file 3 was changed
 * or damaged", `package` + FILE_TOO_LARGE is "the package is too large"; anything else is about the course content.
 */
export function packageProblem(problem: ApiProblem): PackageProblemMessage {
  if (problem.field === 'package' && problem.code === 'FILE_TOO_LARGE')
    return { key: 'tooLarge', params: {} };
  const file = /^files\.(\d+)(?:\.(\w+))?$/.exec(problem.field);
  if (file) {
    const n = Number(file[1]) + 1;
    if (problem.code === 'FILE_TOO_LARGE')
      return { key: file[2] ? 'fileTooLarge' : 'filesTooLarge', params: { n } };
    switch (file[2]) {
      case 'sha256':
        return { key: 'checksum', params: { n } };
      case 'size':
      case 'data':
        return { key: 'damaged', params: { n } };
      case 'contentType':
      case 'name':
        return { key: 'fileType', params: { n } };
      case 'lesson':
      case 'module':
        return { key: 'noLesson', params: { n } };
      default:
        return { key: 'damaged', params: { n } };
    }
  }
  return { key: 'content', params: { field: problem.field || 'package' } };
}
