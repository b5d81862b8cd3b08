import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadById, User, UserType, type GqlContext } from '@parity/identity';
import type { CourseChange } from '../course/course-change.entity';
import { CourseChangeType } from '../dto/course-change.type';

@Resolver(() => CourseChangeType)
export class CourseChangeFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('actor', () => UserType, { nullable: true })
  async actor(@Parent() change: CourseChange, @Context() ctx: GqlContext): Promise<User | null> {
    return change.actorId ? loadById(ctx.loaders, this.em, User, change.actorId).catch(() => null) : null;
  }
}
