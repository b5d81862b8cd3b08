import { createHash } from 'node:crypto';
import type { Locale } from '@parity/curriculum';
import { badgeCopy } from './badge-copy';
import { statusListOf, statusPositionOf } from './bitstring';
import { credentialTime } from './credential-time';
import type { CredentialUrls } from './credential-urls';
import {
  OB_CONTEXT,
  OB_CREDENTIAL_SCHEMA,
  VC_CONTEXT_V2,
  type OpenBadgeCredential,
  type ProfileRef,
} from './open-badge.types';

/** What a badge says, read from the certificate (snapshots taken at issue, so the badge never changes). */
export interface BadgeFacts {
  certificateId: string;
  /** A certificate of participation (a completed coaching engagement) rather than of a completed course. */
  participation?: boolean;
  /** What was achieved, shared by every badge of it: the course's id, or `coaching-programmes/<id>`. */
  courseId: string;
  /** The certificate's title in `locale` (the course's, or "Certificate of participation — <programme>"). */
  courseTitle: string;
  locale: Locale;
  institution: { id: string; name: string };
  holderEmail: string;
  /** Per-certificate, unguessable until published: the e-mail hash cannot be looked up in a precomputed table. */
  salt: string;
  issuedAt: Date;
  expiresAt: Date | null;
  statusIndex: number;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A pseudonymous subject id, one per certificate: Open Badges 3.0 wants `sub` = `credentialSubject.id`, and a
 * per-credential URN links nothing across a person's badges (the holder proves the badge is theirs by e-mail).
 */
function subjectId(certificateId: string, salt: string): string {
  const hex = sha256Hex(`parity-badge-subject:${certificateId}:${salt}`);
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The Open Badges 3.0 credential of a certificate. Pure: the same facts give the same JSON (and, Ed25519 being
 * deterministic, the same signature). Minimum exposure: the holder appears only as a salted hash of their e-mail.
 */
export function buildOpenBadgeCredential(facts: BadgeFacts, urls: CredentialUrls): OpenBadgeCredential {
  const issuer: ProfileRef = {
    id: urls.issuer(facts.institution.id),
    type: ['Profile'],
    name: facts.institution.name,
  };
  const copy = badgeCopy(facts.locale);
  const participation = facts.participation === true;
  const list = statusListOf(facts.statusIndex);
  const statusListCredential = urls.statusList(list);
  const position = statusPositionOf(facts.statusIndex);
  return {
    '@context': [VC_CONTEXT_V2, OB_CONTEXT],
    id: urls.credential(facts.certificateId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: facts.courseTitle,
    issuer,
    validFrom: credentialTime(facts.issuedAt),
    ...(facts.expiresAt ? { validUntil: credentialTime(facts.expiresAt) } : {}),
    credentialSubject: {
      id: subjectId(facts.certificateId, facts.salt),
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: `sha256$${sha256Hex(facts.holderEmail + facts.salt)}`,
          identityType: 'emailAddress',
          hashed: true,
          salt: facts.salt,
        },
      ],
      achievement: {
        id: urls.achievement(facts.courseId),
        type: ['Achievement'],
        achievementType: participation ? 'Certificate' : 'CertificateOfCompletion',
        name: facts.courseTitle,
        description: participation
          ? copy.participation.description(facts.courseTitle, facts.institution.name)
          : copy.description(facts.courseTitle, facts.institution.name),
        criteria: {
          narrative: participation ? copy.participation.criteria : copy.criteria(facts.courseTitle),
        },
        inLanguage: facts.locale,
        creator: issuer,
      },
    },
    credentialSchema: [{ id: OB_CREDENTIAL_SCHEMA, type: '1EdTechJsonSchemaValidator2019' }],
    credentialStatus: {
      id: `${statusListCredential}#${position}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(position),
      statusListCredential,
    },
  };
}
