import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor, type Operation } from '@parity/identity';
import { notFound } from '@parity/shared/errors';
import { Enrolment } from './enrolment.entity';
import { enrolmentSubject } from './enrolment-subject';

/** Loads an enrolment with its learner and checks the caller may do `operation` on it. */
@Injectable()
export class EnrolmentAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async load(
    actor: Actor | null,
    id: string,
    operation: Operation,
  ): Promise<{ actor: Actor; enrolment: Enrolment }> {
    const caller = this.authz.requireActor(actor);
    if (!isUuid(id)) throw notFound('Enrolment');
    const enrolment = await this.em.findOne(Enrolment, id, { populate: ['user', 'user.unit', 'course'] });
    if (!enrolment) throw notFound('Enrolment');
    return { actor: this.authz.assert(caller, operation, enrolmentSubject(enrolment)), enrolment };
  }
}
