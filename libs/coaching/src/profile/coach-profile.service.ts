import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthorizationService, type Actor } from '@parity/identity';
import { clampPageSize, isUuid } from '@parity/shared/database';
import { badInput, parseInput } from '@parity/shared/errors';
import { CoachingAccess } from '../access/coaching-access.service';
import { coachProfileInputSchema, matchingFilterSchema } from './coach-profile-input.schema';
import { PROFILE_SELECT, toCoachProfileType, type CoachProfileRow } from './coach-profile-view';
import type { CoachProfileType } from './dto/coach-profile.type';

/**
 * Who may be matched with a programme's coachees. A coach is a person holding the COACH role with a profile that
 * accepts engagements and has room (load below their maximum).
 *
 * Candidates: every such coach of the programme's institution, plus coaches of OTHER institutions who work in a
 * language the coachees speak — the requested `language`, or, without one, a language of the programme
 * institution's active people. The regional network's coaches serve across the Western Balkans, but a coach from
 * elsewhere is only useful in a shared language, so that is what lets them in.
 */
@Injectable()
export class CoachProfileService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly access: CoachingAccess,
  ) {}

  async mine(actorOrNull: Actor | null): Promise<CoachProfileType | null> {
    const actor = this.own(actorOrNull);
    const [row] = await this.em.execute<CoachProfileRow[]>(`${PROFILE_SELECT} where cp.user_id = ?`, [
      actor.userId,
    ]);
    return row ? toCoachProfileType(row) : null;
  }

  async save(actorOrNull: Actor | null, raw: unknown): Promise<CoachProfileType> {
    const actor = this.own(actorOrNull);
    const input = parseInput(coachProfileInputSchema, raw);
    await this.em.execute(
      `insert into coach_profile (id, created_at, user_id, expertise, languages, availability, max_engagements, accepting)
       values (gen_random_uuid(), now(), ?, ?::jsonb, ?::jsonb, ?, ?, ?)
       on conflict (user_id) do update set expertise = excluded.expertise, languages = excluded.languages,
         availability = excluded.availability, max_engagements = excluded.max_engagements,
         accepting = excluded.accepting, updated_at = now()`,
      [
        actor.userId,
        JSON.stringify(input.expertise),
        JSON.stringify(input.languages),
        input.availability,
        input.maxEngagements,
        input.accepting,
      ],
    );
    const profile = await this.mine(actor);
    if (!profile) throw new Error('The coach profile just saved is missing');
    return profile;
  }

  /** Coaches with room, least loaded first, then by name. A plain list: `after` is the last coach's user id. */
  async forMatching(
    actor: Actor | null,
    input: {
      programmeId: string;
      language?: string | null;
      expertise?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<CoachProfileType[]> {
    const { programme } = await this.access.programme(actor, 'coaching.programme.run', input.programmeId);
    const filter = parseInput(matchingFilterSchema, { language: input.language, expertise: input.expertise });
    const first = clampPageSize(input.first);
    if (input.after && !isUuid(input.after)) {
      throw badInput([{ field: 'after', code: 'INVALID_CURSOR' }], 'The paging cursor is not valid.');
    }
    const language = filter.language ?? null;
    const expertise = filter.expertise || null;
    const rows = await this.em.execute<CoachProfileRow[]>(
      `with wanted as (
         select ?::text as code where ?::text is not null
         union
         select distinct p.locale from user_account p
          where ?::text is null and p.institution_id = ? and p.status = 'active'
       ), candidate as (
         ${PROFILE_SELECT}
          where u.status = 'active' and cp.accepting
            and exists (select 1 from role_assignment r where r.user_id = cp.user_id and r.role = 'coach'
                          and (r.institution_id = ?
                               or exists (select 1 from jsonb_array_elements_text(cp.languages) l(code)
                                           where l.code in (select code from wanted))))
            and (?::text is null or cp.languages @> jsonb_build_array(?::text))
            and (?::text is null or exists (select 1 from jsonb_array_elements_text(cp.expertise) x(tag)
                                              where position(lower(?::text) in lower(x.tag)) > 0))
       )
       select c.* from candidate c
        where c.active_engagements < c.max_engagements
          ${input.after ? 'and (c.active_engagements, c.display_name, c.user_id) > (select a.active_engagements, a.display_name, a.user_id from candidate a where a.user_id = ?)' : ''}
        order by c.active_engagements, c.display_name, c.user_id
        limit ?`,
      [
        language,
        language,
        language,
        programme.institutionId,
        programme.institutionId,
        language,
        language,
        expertise,
        expertise,
        ...(input.after ? [input.after] : []),
        first,
      ],
    );
    return rows.map(toCoachProfileType);
  }

  /** 'coaching.profile.own': coaches only, their own profile. */
  private own(actorOrNull: Actor | null): Actor {
    const actor = this.authz.requireActor(actorOrNull);
    return this.authz.assert(actor, 'coaching.profile.own', {
      institutionId: actor.institutionId,
      ownerId: actor.userId,
    });
  }
}
