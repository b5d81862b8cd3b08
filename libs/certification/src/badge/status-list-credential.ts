import { credentialTime } from './credential-time';
import type { CredentialUrls } from './credential-urls';
import { VC_CONTEXT_V2, type BitstringStatusListCredential } from './open-badge.types';

/**
 * A W3C Bitstring Status List v1.0 credential for revocation. Lists number certificates across institutions (one
 * sequence), so the platform itself (its origin) is their issuer; the same key signs the badges that point here.
 */
export function buildStatusListCredential(input: {
  list: number;
  encodedList: string;
  validFrom: Date;
  urls: CredentialUrls;
}): BitstringStatusListCredential {
  const id = input.urls.statusList(input.list);
  return {
    '@context': [VC_CONTEXT_V2],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.urls.origin,
    validFrom: credentialTime(input.validFrom),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: input.encodedList,
    },
  };
}
