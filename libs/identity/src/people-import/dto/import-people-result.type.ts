import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportProblemType } from './import-problem.type';

@ObjectType('ImportPeopleResult')
export class ImportPeopleResultType {
  @Field(() => Int)
  imported!: number;

  @Field(() => Int)
  invited!: number;

  @Field(() => [ImportProblemType])
  problems!: ImportProblemType[];
}
