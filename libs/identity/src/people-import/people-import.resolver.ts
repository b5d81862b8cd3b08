import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/gql-context';
import { ImportPeopleInput } from './dto/import-people.input';
import { ImportPeopleResultType } from './dto/import-people-result.type';
import { PeopleImportService } from './people-import.service';

@Resolver()
export class PeopleImportResolver {
  constructor(private readonly importer: PeopleImportService) {}

  @Mutation(() => ImportPeopleResultType, { description: 'All rows or none: any problem imports nothing.' })
  importPeople(
    @Args('input', { type: () => ImportPeopleInput }) input: ImportPeopleInput,
    @Context() ctx: GqlContext,
  ): Promise<ImportPeopleResultType> {
    return this.importer.import(ctx.actor, input);
  }
}
