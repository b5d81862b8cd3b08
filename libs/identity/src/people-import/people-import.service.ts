import { Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { notFound } from '@parity/shared/errors';
import { EmailOutbox, type EmailMessage } from '@parity/shared/mail';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { InvitationService } from '../invitation/invitation.service';
import { Institution } from '../organisation/institution.entity';
import { Unit } from '../organisation/unit.entity';
import { RoleAssignment } from '../user/role-assignment.entity';
import { User } from '../user/user.entity';
import { emailTaken } from '../user/user.service';
import { parsePeopleCsv, type ParsedPeople } from './people-csv.parser';

export interface ImportPeopleArgs {
  institutionId: string;
  csv: string;
  dryRun?: boolean | null;
  sendInvitations?: boolean | null;
}

export interface ImportPeopleOutcome {
  imported: number;
  invited: number;
  problems: ParsedPeople['problems'];
}

/**
 * Imports people from CSV into one institution: all rows or none. Every problem is reported with its line;
 * one bad row means nothing is written. Rows go in one transaction with batched inserts.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly invitations: InvitationService,
    private readonly outbox: EmailOutbox,
    private readonly audit: AuditService,
  ) {}

  async import(actorOrNull: Actor | null, args: ImportPeopleArgs): Promise<ImportPeopleOutcome> {
    const institution = await this.em.findOne(Institution, args.institutionId);
    if (!institution) throw notFound('Institution');
    const actor = this.authz.assert(actorOrNull, 'user.create', { institutionId: institution.id });
    const { rows, problems } = parsePeopleCsv(args.csv);

    const units = await this.em.find(Unit, { institution: institution.id });
    const unitByName = new Map(units.map((unit) => [unit.name.toLowerCase(), unit]));
    const seen = new Map<string, number>();
    for (const row of rows) {
      if (row.unitName && !unitByName.has(row.unitName.toLowerCase())) {
        problems.push({ line: row.line, field: 'unit', code: 'UNKNOWN_UNIT' });
      }
      if (!seen.has(row.email)) seen.set(row.email, row.line);
    }
    if (rows.length) {
      const existing = await this.em.find(User, { email: { $in: [...seen.keys()] } }, { fields: ['email'] });
      for (const user of existing)
        problems.push({ line: seen.get(user.email) ?? 0, field: 'email', code: 'EMAIL_TAKEN' });
    }
    problems.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
    if (problems.length || args.dryRun) return { imported: 0, invited: 0, problems };

    const emails: EmailMessage[] = [];
    await this.em
      .transactional(async (tx) => {
        for (const row of rows) {
          const user = new User({
            institution,
            email: row.email,
            displayName: row.displayName,
            unit: row.unitName ? (unitByName.get(row.unitName.toLowerCase()) ?? null) : null,
            locale: row.locale ?? 'en',
            sex: row.sex,
            staffCategory: row.staffCategory,
            rank: row.rank,
          });
          tx.persist(user);
          for (const role of row.roles) tx.persist(new RoleAssignment(user, role, institution));
          if (args.sendInvitations)
            emails.push((await this.invitations.write(tx, user, actor.userId, { newUser: true })).email);
        }
        this.audit.record(tx, {
          actorId: actor.userId,
          action: 'people.imported',
          subjectType: 'Institution',
          subjectId: institution.id,
          institutionId: institution.id,
          details: { count: rows.length },
        });
      })
      .catch((error: unknown) => {
        throw error instanceof UniqueConstraintViolationException ? emailTaken() : error;
      });
    await this.outbox.dispatch(emails);
    return { imported: rows.length, invited: emails.length, problems: [] };
  }
}
