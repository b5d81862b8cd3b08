/** The shapes Parity signs, after Open Badges 3.0 on the W3C Verifiable Credentials Data Model 2.0. */

export const VC_CONTEXT_V2 = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** 1EdTech's published JSON Schema of the credential: validators that honour `credentialSchema` fetch it. */
export const OB_CREDENTIAL_SCHEMA =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

export interface ProfileRef {
  id: string;
  type: ['Profile'];
  name: string;
}

export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
  hashed: true;
  salt: string;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  /** A completed course, or (certificates of participation) a plain certificate. */
  achievementType: 'CertificateOfCompletion' | 'Certificate';
  name: string;
  description: string;
  criteria: { narrative: string };
  inLanguage: string;
  creator: ProfileRef;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': [typeof VC_CONTEXT_V2, typeof OB_CONTEXT];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: ProfileRef;
  validFrom: string;
  validUntil?: string;
  credentialSubject: {
    id: string;
    type: ['AchievementSubject'];
    identifier: [IdentityObject];
    achievement: Achievement;
  };
  credentialSchema: [{ id: typeof OB_CREDENTIAL_SCHEMA; type: '1EdTechJsonSchemaValidator2019' }];
  credentialStatus: BitstringStatusListEntry;
}

export interface BitstringStatusListCredential {
  '@context': [typeof VC_CONTEXT_V2];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    encodedList: string;
  };
}
