import type { EntityManager } from '@mikro-orm/postgresql';
import type { Institution, Relation, User } from '@parity/identity';
import type { ApiClient } from '../../support/test-app';
import type { Outcome } from './probes';

/**
 * The people around one coaching programme, each signed in: the caller of a probe is the person holding the
 * relation under test (`author` is probed as the coach writing, then reading, their own note).
 */
export interface CoachingWorld {
  institution: Institution;
  /** The programme everyone below relates to; its managers are `people.manager`. */
  programmeId: string;
  /** An active engagement between `people.coach` and `people.coachee` in that programme. */
  engagementId: string;
  people: Record<Exclude<Relation, 'author'>, User>;
  clients: Record<Exclude<Relation, 'author'>, ApiClient>;
  em: () => EntityManager;
  service: <T>(token: abstract new (...args: never[]) => T) => T;
}

/**
 * One probe per relation-decided root field: asks as `caller` (a client holding `relation`) and says whether the
 * field let them through. Probes create the fresh objects they need (a proposed engagement to accept, a note …).
 */
export interface RelationProbe {
  /** The relations this field is probed under (every one the matrix names, and the ones it refuses). */
  relations: readonly Relation[];
  run(caller: ApiClient, relation: Relation, world: CoachingWorld): Promise<Outcome>;
}
