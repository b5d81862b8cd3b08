import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { DomainError, notFound, parseInput } from '@parity/shared/errors';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { IdentityErrorCode } from '../identity.errors';
import { Country } from './country.entity';
import { Institution } from './institution.entity';
import { Unit } from './unit.entity';

const unitNameSchema = z.string().trim().min(1).max(200);
const createUnitSchema = z.object({
  institutionId: z.string().uuid(),
  name: unitNameSchema,
  parentId: z.string().uuid().nullish(),
});

const unitNameTaken = (): DomainError =>
  new DomainError(IdentityErrorCode.UNIT_NAME_TAKEN, 'The institution already has a unit with this name.', {
    problems: [{ field: 'name', code: 'UNIT_NAME_TAKEN' }],
  });

/** Countries, institutions and their units. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  countries(actor: Actor | null): Promise<Country[]> {
    this.authz.assert(actor, 'organisation.read', { institutionId: null });
    return this.em.find(Country, {}, { orderBy: { name: 'asc' } });
  }

  institutions(actor: Actor | null): Promise<Institution[]> {
    this.authz.assert(actor, 'organisation.read', { institutionId: null });
    return this.em.find(Institution, {}, { orderBy: { name: 'asc' } });
  }

  async units(actor: Actor | null, institutionId: string): Promise<Unit[]> {
    this.authz.assert(actor, 'unit.read', { institutionId });
    return this.em.find(Unit, { institution: institutionId }, { orderBy: { path: 'asc' } });
  }

  async createUnit(actorOrNull: Actor | null, raw: z.input<typeof createUnitSchema>): Promise<Unit> {
    const input = parseInput(createUnitSchema, raw);
    const institution = await this.em.findOne(Institution, input.institutionId);
    if (!institution) throw notFound('Institution');
    const parent = input.parentId
      ? await this.em.findOne(Unit, { id: input.parentId, institution: institution.id })
      : null;
    if (input.parentId && !parent) throw notFound('Unit');
    const actor = this.authz.assert(actorOrNull, 'unit.manage', {
      institutionId: institution.id,
      unitPath: parent?.path ?? null,
    });
    const unit = new Unit(institution, input.name, parent);
    this.em.persist(unit);
    this.recordAudit(actor, 'unit.created', unit);
    await this.flushUnit();
    return unit;
  }

  async renameUnit(actorOrNull: Actor | null, id: string, rawName: string): Promise<Unit> {
    const name = parseInput(unitNameSchema, rawName);
    const unit = await this.em.findOne(Unit, id);
    if (!unit) throw notFound('Unit');
    const actor = this.authz.assert(actorOrNull, 'unit.manage', {
      institutionId: unit.institution.id,
      unitPath: unit.path,
    });
    unit.rename(name);
    this.recordAudit(actor, 'unit.renamed', unit);
    await this.flushUnit();
    return unit;
  }

  private recordAudit(actor: Actor, action: string, unit: Unit): void {
    this.audit.record(this.em, {
      actorId: actor.userId,
      action,
      subjectType: 'Unit',
      subjectId: unit.id,
      institutionId: unit.institution.id,
    });
  }

  private async flushUnit(): Promise<void> {
    await this.em.flush().catch((error: unknown) => {
      throw error instanceof UniqueConstraintViolationException ? unitNameTaken() : error;
    });
  }
}
