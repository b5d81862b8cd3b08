import { Injectable } from '@nestjs/common';
import { CertificateSweep } from '@parity/certification';
import { JobName } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** The sweep behind the completion subscriber: issues certificates for completions whose event got lost. */
@Injectable()
export class ReconcileCertificatesHandler implements JobHandler<typeof JobName.reconcileCertificates> {
  readonly jobName = JobName.reconcileCertificates;

  constructor(private readonly sweep: CertificateSweep) {}

  handle(): Promise<{ found: number; issued: number }> {
    return this.sweep.run();
  }
}
