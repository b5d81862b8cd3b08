import { Injectable } from '@nestjs/common';
import { CertificateRenewal } from '@parity/certification';
import { JobName } from '@parity/shared/queue';
import type { JobHandler } from '../jobs/job-handler';

/** The hourly recertification sweep: opens renewal enrolments before certificates expire. */
@Injectable()
export class RenewCertificatesHandler implements JobHandler<typeof JobName.renewCertificates> {
  readonly jobName = JobName.renewCertificates;

  constructor(private readonly renewal: CertificateRenewal) {}

  handle(): Promise<{ opened: number }> {
    return this.renewal.run();
  }
}
