import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { CountryType } from './dto/country.type';
import { CreateUnitInput } from './dto/create-unit.input';
import { InstitutionType } from './dto/institution.type';
import { UnitType } from './dto/unit.type';
import type { Country } from './country.entity';
import type { Institution } from './institution.entity';
import type { Unit } from './unit.entity';
import { OrganisationService } from './organisation.service';

@Resolver()
export class OrganisationResolver {
  constructor(private readonly organisations: OrganisationService) {}

  @Query(() => [CountryType])
  countries(@Context() ctx: GqlContext): Promise<Country[]> {
    return this.organisations.countries(ctx.actor);
  }

  @Query(() => [InstitutionType])
  institutions(@Context() ctx: GqlContext): Promise<Institution[]> {
    return this.organisations.institutions(ctx.actor);
  }

  @Query(() => [UnitType])
  units(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Context() ctx: GqlContext,
  ): Promise<Unit[]> {
    return this.organisations.units(ctx.actor, institutionId);
  }

  @Mutation(() => UnitType)
  createUnit(
    @Args('input', { type: () => CreateUnitInput }) input: CreateUnitInput,
    @Context() ctx: GqlContext,
  ): Promise<Unit> {
    return this.organisations.createUnit(ctx.actor, input);
  }

  @Mutation(() => UnitType)
  renameUnit(
    @Args('id', { type: () => ID }) id: string,
    @Args('name', { type: () => String }) name: string,
    @Context() ctx: GqlContext,
  ): Promise<Unit> {
    return this.organisations.renameUnit(ctx.actor, id, name);
  }
}
