/** What a certificate certifies: a completed course, or taking part in a coaching programme to its completion. */
export enum CertificateKind {
  COURSE = 'course',
  PARTICIPATION = 'participation',
}
