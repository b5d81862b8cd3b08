import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The API's bounds for a revocation reason (`revokeCertificate(reason)`), counted after trimming. */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** What is wrong with a revocation reason, if anything. */
export function reasonProblem(reason: string): 'TOO_SHORT' | 'TOO_LONG' | null {
  const length = reason.trim().length;
  if (length < REASON_MIN) return 'TOO_SHORT';
  if (length > REASON_MAX) return 'TOO_LONG';
  return null;
}

/** A revoked certificate can be reissued once: while nothing has replaced it yet. */
export function canReissue(certificate: { status: string; replacedById: string | null }): boolean {
  return certificate.status === 'REVOKED' && certificate.replacedById === null;
}

/** The admin list's state in the URL: `q` (search) and `institution`, so a search can be shared or reloaded. */
export interface CertificateListQuery {
  search: string;
  institutionId: string;
}

const first = (value: LocationQuery[string] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? '';

export function readCertificateListQuery(query: LocationQuery): CertificateListQuery {
  return {
    search: first(query['q']).trim().slice(0, 100),
    institutionId: first(query['institution']).trim(),
  };
}

export function writeCertificateListQuery(state: CertificateListQuery): LocationQueryRaw {
  return { q: state.search || undefined, institution: state.institutionId || undefined };
}
