import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, Institution, type Actor } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { badInput, notFound } from '@parity/shared/errors';
import {
  effectiveMinCellSize,
  largestMinCellSize,
  minCellSize,
  minCellSizeProblem,
} from '../report/min-cell-size';
import type { ReportSettingsType } from './report-settings.type';

/** An institution's small-cell threshold: read and raised by its own admins, or by platform admins; audited. */
@Injectable()
export class ReportSettingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor | null, institutionId: string): Promise<ReportSettingsType> {
    this.authz.assert(actor, 'report.settings.read', { institutionId });
    return settingsOf(await this.institution(this.em.fork(), institutionId));
  }

  async setMinCellSize(
    actorOrNull: Actor | null,
    input: { institutionId: string; minCellSize: number },
  ): Promise<ReportSettingsType> {
    const actor = this.authz.assert(actorOrNull, 'report.settings.update', {
      institutionId: input.institutionId,
    });
    const platformMinimum = minCellSize();
    const problem = minCellSizeProblem(input.minCellSize, platformMinimum);
    if (problem) {
      const largest = largestMinCellSize(platformMinimum);
      throw badInput([problem], `The threshold must be between ${platformMinimum} and ${largest} people.`);
    }
    const em = this.em.fork();
    const institution = await this.institution(em, input.institutionId);
    const previous = institution.reportMinCellSize;
    institution.setReportMinCellSize(input.minCellSize);
    this.audit.record(em, {
      actorId: actor.userId,
      action: 'report.settings.updated',
      subjectType: 'Institution',
      subjectId: institution.id,
      institutionId: institution.id,
      details: { minCellSize: { from: previous, to: input.minCellSize } },
    });
    await em.flush();
    return settingsOf(institution);
  }

  private async institution(em: EntityManager, id: string): Promise<Institution> {
    const institution = isUuid(id) ? await em.findOne(Institution, id) : null;
    if (!institution) throw notFound('Institution');
    return institution;
  }
}

function settingsOf(institution: Institution): ReportSettingsType {
  const platformMinimum = minCellSize();
  return {
    institutionId: institution.id,
    minCellSize: effectiveMinCellSize(platformMinimum, [institution.reportMinCellSize]),
    platformMinimum,
    custom: institution.reportMinCellSize !== null,
  };
}
