import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '../graphql/gql-context';
import { loadById } from '../graphql/load-by-id';
import { Country } from './country.entity';
import { CountryType } from './dto/country.type';
import { InstitutionType } from './dto/institution.type';
import { Institution } from './institution.entity';

@Resolver(() => InstitutionType)
export class InstitutionFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('country', () => CountryType)
  country(@Parent() institution: Institution, @Context() ctx: GqlContext): Promise<Country> {
    return loadById(ctx.loaders, this.em, Country, institution.country.id);
  }
}
