import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProblemCode } from '../../graphql/enums';

@ObjectType('ImportProblem')
export class ImportProblemType {
  @Field(() => Int, { description: 'CSV line (the header is line 1; 0 for the file as a whole).' })
  line!: number;

  @Field(() => String)
  field!: string;

  @Field(() => ProblemCode)
  code!: `${ProblemCode}`;
}
