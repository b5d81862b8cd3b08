import { Injectable } from '@nestjs/common';
import { EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { clampPageSize, decodeCursor, encodeCursor } from '@parity/shared/database';
import { forbidden, notFound } from '@parity/shared/errors';
import type { Actor } from '../authz/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { userSubject } from './user-subject';
import { User } from './user.entity';

export interface UserPage {
  nodes: User[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}

export interface UserListArgs {
  institutionId?: string | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Reading people: lists are filtered to what the caller may see (the matrix as a WHERE clause), paged by keyset. */
@Injectable()
export class UserQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
  ) {}

  async get(actor: Actor | null, id: string): Promise<User> {
    const user = await this.em.findOne(User, id, { populate: ['unit'] });
    if (!user) throw notFound('Person');
    this.authz.assert(actor, 'user.read', userSubject(user));
    return user;
  }

  async list(actorOrNull: Actor | null, args: UserListArgs): Promise<UserPage> {
    const actor = this.authz.requireActor(actorOrNull);
    const first = clampPageSize(args.first);
    const scope = this.authz.listScope(actor, 'user.read');
    const foreign = args.institutionId && args.institutionId !== actor.institutionId;
    if (foreign && !scope.all && !scope.institutionIds.includes(args.institutionId as string))
      throw forbidden();
    const visible: FilterQuery<User>[] = [];
    if (!scope.all) {
      if (scope.institutionIds.length) visible.push({ institution: { $in: scope.institutionIds } });
      for (const path of scope.unitPaths) visible.push({ unit: { path: { $like: `${escapeLike(path)}%` } } });
      if (scope.ownerId) visible.push({ id: scope.ownerId });
    }
    const where: FilterQuery<User>[] = [];
    if (visible.length) where.push({ $or: visible });
    if (args.institutionId) where.push({ institution: args.institutionId });
    const search = args.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search.slice(0, 100))}%`;
      where.push({ $or: [{ displayName: { $ilike: pattern } }, { email: { $ilike: pattern } }] });
    }
    const filter: FilterQuery<User> = where.length ? { $and: where } : {};
    const paged: FilterQuery<User>[] = [filter];
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
      paged.push({ $or: [{ displayName: { $gt: name } }, { displayName: name, id: { $gt: id } }] });
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(User, { $and: paged }, { orderBy: { displayName: 'asc', id: 'asc' }, limit: first + 1 }),
      this.em.count(User, filter),
    ]);
    const nodes = rows.slice(0, first);
    const last = nodes.at(-1);
    return {
      nodes,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor([last.displayName, last.id]) : null,
      totalCount,
    };
  }
}
