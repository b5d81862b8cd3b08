import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificateKind } from '../certificate/certificate-kind.enum';
import type { IssueResult } from './certificate-issuer.service';
import { CertificateWriter, type CertificateDraft, type CertificateLook } from './certificate-writer.service';
import type { EngagementFacts } from './engagement-facts';
import { engagementSourceKey, participationTitle } from './participation-title';

/** A certificate of participation, as the writer takes it: no enrolment, no course, no expiry. */
function participationDraft(facts: EngagementFacts, look: CertificateLook): CertificateDraft {
  return {
    kind: CertificateKind.PARTICIPATION,
    enrolmentId: null,
    courseId: null,
    versionId: null,
    sourceKey: engagementSourceKey(facts.engagementId),
    programmeId: facts.programmeId,
    userId: facts.coacheeId,
    email: facts.email,
    holderName: facts.holderName,
    locale: facts.locale,
    timeZone: facts.timeZone,
    title: participationTitle(facts.programmeName),
    subject: () => facts.programmeName,
    institutionId: facts.institutionId,
    institutionName: facts.institutionName,
    validityMonths: null,
    look,
  };
}

/**
 * Issues the certificate of participation of a completed coaching engagement, once, to its coachee, from the
 * programme's institution (in its default template's look). Call it inside a transaction, with facts read by
 * `readEngagementFacts` in that transaction. Same guarantees as the course issuer: duplicates queue on an advisory
 * lock, the row goes in with `on conflict do nothing` on the unique source key of original certificates, and the
 * e-mail is written with it (dispatch it after commit): one certificate, one e-mail.
 */
@Injectable()
export class ParticipationIssuer {
  constructor(private readonly writer: CertificateWriter) {}

  async issueParticipation(em: EntityManager, facts: EngagementFacts): Promise<IssueResult> {
    const sourceKey = engagementSourceKey(facts.engagementId);
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 7021))`, [`certificate:${sourceKey}`]);
    if (!facts.completed) return { outcome: 'not-completed', certificateId: null, email: null };
    const existing = await this.originalOf(em, sourceKey);
    if (existing) return { outcome: 'already-issued', certificateId: existing, email: null };
    return this.issue(em, facts, null);
  }

  /** Writes the certificate for the facts; `reissueOf` names the revoked certificate a reissue replaces. */
  async issue(em: EntityManager, facts: EngagementFacts, reissueOf: string | null): Promise<IssueResult> {
    const [look] = await em.execute<CertificateLook[]>(
      `select t.primary_color as "primaryColor", t.accent_color as "accentColor", t.logo_key as "logoKey", t.signatories
       from certificate_template t where t.institution_id = ? and t.is_default limit 1`,
      [facts.institutionId],
    );
    const draft = participationDraft(
      facts,
      look ?? { primaryColor: null, accentColor: null, logoKey: null, signatories: null },
    );
    const { certificateId, email } = await this.writer.write(em, draft, reissueOf);
    if (certificateId) return { outcome: 'issued', certificateId, email };
    return {
      outcome: 'already-issued',
      certificateId: await this.originalOf(em, engagementSourceKey(facts.engagementId)),
      email: null,
    };
  }

  private async originalOf(em: EntityManager, sourceKey: string): Promise<string | null> {
    const [row] = await em.execute<{ id: string }[]>(
      `select id from certificate where source_key = ? and reissue_of_id is null`,
      [sourceKey],
    );
    return row?.id ?? null;
  }
}
