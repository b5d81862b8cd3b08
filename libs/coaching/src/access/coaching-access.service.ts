import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, Role, type Actor, type Operation, type Relation } from '@parity/identity';
import { isUuid } from '@parity/shared/database';
import { notFound } from '@parity/shared/errors';
import type { EngagementState } from '../engagement/engagement-state.enum';

/** What access decisions need to know of a programme. */
export interface ProgrammeFacts {
  id: string;
  institutionId: string;
  name: string;
  managerIds: string[];
}

/** What access decisions need to know of an engagement (and its programme). */
export interface EngagementFacts {
  id: string;
  programmeId: string;
  institutionId: string;
  coachId: string;
  coacheeId: string;
  state: EngagementState;
  plannedSessions: number;
  managerIds: string[];
}

/**
 * The caller's relations to coaching objects, and the one check against the matrix rows with `relations`. Every
 * coaching service loads what it touches through here, so no path reads an engagement without being decided.
 */
@Injectable()
export class CoachingAccess {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  /** The caller's relations to a programme: manager, admin of its institution, platform admin (else stranger). */
  static programmeRelations(actor: Actor, programme: ProgrammeFacts): Set<Relation> {
    const relations = new Set<Relation>();
    if (programme.managerIds.includes(actor.userId)) relations.add('manager');
    for (const { role, institutionId } of actor.roles) {
      if (role === Role.INSTITUTION_ADMIN && institutionId === programme.institutionId) {
        relations.add('institution_admin');
      }
      if (role === Role.PLATFORM_ADMIN) relations.add('platform_admin');
    }
    if (relations.size === 0) relations.add('stranger');
    return relations;
  }

  /** The caller's relations to an engagement: coach or coachee, plus their relations to its programme. */
  static engagementRelations(actor: Actor, engagement: EngagementFacts): Set<Relation> {
    const relations = CoachingAccess.programmeRelations(actor, {
      id: engagement.programmeId,
      institutionId: engagement.institutionId,
      name: '',
      managerIds: engagement.managerIds,
    });
    if (engagement.coachId === actor.userId) relations.add('coach');
    if (engagement.coacheeId === actor.userId) relations.add('coachee');
    if (relations.size > 1) relations.delete('stranger');
    return relations;
  }

  async programmeFacts(em: EntityManager, programmeId: string): Promise<ProgrammeFacts> {
    if (!isUuid(programmeId)) throw notFound('Coaching programme');
    const [row] = await em.execute<
      { id: string; institution_id: string; name: string; manager_ids: string[] | null }[]
    >(
      `select p.id, p.institution_id, p.name,
              array(select m.user_id from programme_manager m where m.programme_id = p.id) as manager_ids
         from coaching_programme p where p.id = ?`,
      [programmeId],
    );
    if (!row) throw notFound('Coaching programme');
    return {
      id: row.id,
      institutionId: row.institution_id,
      name: row.name,
      managerIds: row.manager_ids ?? [],
    };
  }

  /** Loads the engagement's facts; `forUpdate` locks its row for the caller's transaction. */
  async engagementFacts(
    em: EntityManager,
    engagementId: string,
    forUpdate = false,
  ): Promise<EngagementFacts> {
    if (!isUuid(engagementId)) throw notFound('Coaching engagement');
    const [row] = await em.execute<
      {
        id: string;
        programme_id: string;
        institution_id: string;
        coach_id: string;
        coachee_id: string;
        state: EngagementState;
        planned_sessions: number;
        manager_ids: string[] | null;
      }[]
    >(
      `select e.id, e.programme_id, p.institution_id, e.coach_id, e.coachee_id, e.state, e.planned_sessions,
              array(select m.user_id from programme_manager m where m.programme_id = p.id) as manager_ids
         from coaching_engagement e join coaching_programme p on p.id = e.programme_id
        where e.id = ?${forUpdate ? ' for update of e' : ''}`,
      [engagementId],
    );
    if (!row) throw notFound('Coaching engagement');
    return {
      id: row.id,
      programmeId: row.programme_id,
      institutionId: row.institution_id,
      coachId: row.coach_id,
      coacheeId: row.coachee_id,
      state: row.state,
      plannedSessions: row.planned_sessions,
      managerIds: row.manager_ids ?? [],
    };
  }

  /** Loads a programme and refuses unless the caller's relations allow the operation. */
  async programme(
    actor: Actor | null,
    operation: Operation,
    programmeId: string,
    em: EntityManager = this.em,
  ): Promise<{ actor: Actor; programme: ProgrammeFacts; relations: Set<Relation> }> {
    const caller = this.authz.requireActor(actor);
    const programme = await this.programmeFacts(em, programmeId);
    const relations = CoachingAccess.programmeRelations(caller, programme);
    this.authz.assertRelated(caller, operation, relations);
    return { actor: caller, programme, relations };
  }

  /** Loads an engagement and refuses unless the caller's relations allow the operation. */
  async engagement(
    actor: Actor | null,
    operation: Operation,
    engagementId: string,
    em: EntityManager = this.em,
    forUpdate = false,
  ): Promise<{ actor: Actor; engagement: EngagementFacts; relations: Set<Relation> }> {
    const caller = this.authz.requireActor(actor);
    const engagement = await this.engagementFacts(em, engagementId, forUpdate);
    const relations = CoachingAccess.engagementRelations(caller, engagement);
    this.authz.assertRelated(caller, operation, relations);
    return { actor: caller, engagement, relations };
  }

  /** True when one of the pair acts (not a manager or admin): administrative actions are audited. */
  static byThePair(relations: ReadonlySet<Relation>): boolean {
    return relations.has('coach') || relations.has('coachee');
  }
}
