import { Context, ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '../graphql/gql-context';
import { loadById } from '../graphql/load-by-id';
import { InstitutionType } from './dto/institution.type';
import { UnitType } from './dto/unit.type';
import { Institution } from './institution.entity';
import type { Unit } from './unit.entity';

@Resolver(() => UnitType)
export class UnitFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('institution', () => InstitutionType)
  institution(@Parent() unit: Unit, @Context() ctx: GqlContext): Promise<Institution> {
    return loadById(ctx.loaders, this.em, Institution, unit.institution.id);
  }

  @ResolveField('parentId', () => ID, { nullable: true })
  parentId(@Parent() unit: Unit): string | null {
    return unit.parent?.id ?? null;
  }
}
