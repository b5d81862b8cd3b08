import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EmailOutbox } from '@parity/shared/mail';
import { CertificateIssuer } from './certificate-issuer.service';
import { readEngagementFacts } from './engagement-facts';
import { ParticipationIssuer } from './participation-issuer.service';

/** A completion gets its certificate from its event within seconds; the sweep waits this long before stepping in. */
export const CERTIFICATE_SWEEP_GRACE_MS = 3 * 60_000;
/** Completions handled per sweep run; the next run continues. */
export const CERTIFICATE_SWEEP_BATCH = 200;

/**
 * The reconciliation behind the `enrolment.completed` subscriber: completions older than the grace period without a
 * certificate (the event's job was lost or kept failing) are issued here. Issuing is idempotent, so racing the
 * subscriber is harmless. It looks back 30 days (a partial index on completed enrolments keeps that cheap); the
 * sweep runs every few minutes, so a loss is caught long before. Completed coaching engagements without their
 * certificate of participation are caught up the same way (their event's relay is the first line).
 */
@Injectable()
export class CertificateSweep {
  constructor(
    private readonly em: EntityManager,
    private readonly issuer: CertificateIssuer,
    private readonly participation: ParticipationIssuer,
    private readonly outbox: EmailOutbox,
  ) {}

  async run(options: { graceMs?: number; batch?: number } = {}): Promise<{ found: number; issued: number }> {
    const graceMs = options.graceMs ?? CERTIFICATE_SWEEP_GRACE_MS;
    const rows = await this.em.execute<{ id: string }[]>(
      `select e.id from enrolment e
       where e.status = 'completed' and e.completed_at < now() - make_interval(secs => ?)
         and e.completed_at > now() - interval '30 days'
         and not exists (select 1 from certificate c where c.enrolment_id = e.id)
       order by e.completed_at, e.id
       limit ?`,
      [graceMs / 1000, options.batch ?? CERTIFICATE_SWEEP_BATCH],
    );
    let issued = 0;
    for (const { id } of rows) {
      const result = await this.em.transactional((tx) => this.issuer.issueFor(tx, id));
      if (result.email) await this.outbox.dispatch([result.email]);
      if (result.outcome === 'issued') issued += 1;
    }
    const engagements = await this.em.execute<{ id: string }[]>(
      `select ce.id from coaching_engagement ce
       where ce.state = 'completed' and ce.completed_at < now() - make_interval(secs => ?)
         and ce.completed_at > now() - interval '30 days'
         and not exists (select 1 from certificate c where c.source_key = 'coaching-engagement:' || ce.id)
       order by ce.completed_at, ce.id
       limit ?`,
      [graceMs / 1000, options.batch ?? CERTIFICATE_SWEEP_BATCH],
    );
    for (const { id } of engagements) {
      const result = await this.em.transactional(async (tx) => {
        const facts = await readEngagementFacts(tx, id);
        return facts ? this.participation.issueParticipation(tx, facts) : null;
      });
      if (result?.email) await this.outbox.dispatch([result.email]);
      if (result?.outcome === 'issued') issued += 1;
    }
    return { found: rows.length + engagements.length, issued };
  }
}
