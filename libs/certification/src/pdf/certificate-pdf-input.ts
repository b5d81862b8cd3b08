/** One person who signs the certificate; drawn at the bottom above a line with their title. */
export interface CertificateSignatory {
  name: string;
  title: string;
}

/** How an institution's certificates look; stored per institution, so the renderer never hard-codes a brand. */
export interface CertificatePdfTemplate {
  /** Hex colour (`#1d4e89`) of the outer border and the heading. */
  primaryColor: string;
  /** Hex colour of the inner border and the rule under the heading. */
  accentColor: string;
  /** PNG or JPEG bytes (recognised by their magic bytes), drawn top-left within 120 × 60 pt; other bytes are ignored. */
  logo: Buffer | null;
  /** Zero to three signatories; more are not drawn (there is room for three). */
  signatories: CertificateSignatory[];
}

/**
 * Everything printed on one certificate, already resolved by the caller: the renderer reads no database and no
 * clock, so the same input always gives the same bytes (files are stored content-addressed by SHA-256).
 */
export interface CertificatePdfInput {
  /** One of en, bs, hr, sr-Latn, sr-Cyrl, cnr, mk, sq; anything else is rendered in English. */
  locale: string;
  /** IANA zone in which the issue and expiry dates are printed, e.g. `Europe/Podgorica`. */
  timeZone: string;
  /** Exactly as the person wrote it, in any script. */
  holderName: string;
  /**
   * `course` (the default): "has completed <courseTitle>"; `participation`: a certificate of participation,
   * "has taken part in the coaching programme <courseTitle>" (then `courseTitle` is the programme's name).
   */
  kind?: 'course' | 'participation';
  /** Already in the learner's language: the course's title, or the coaching programme's name. */
  courseTitle: string;
  institutionName: string;
  /** e.g. `PAR-2026-000123`. */
  serialNumber: string;
  issuedAt: Date;
  expiresAt: Date | null;
  /** `https://host/verify/<code>`, printed as a QR code and as text. */
  verificationUrl: string;
  template: CertificatePdfTemplate;
}
