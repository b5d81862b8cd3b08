import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LessonFile', { description: 'A downloadable file of a lesson.' })
export class LessonFileType {
  @Field(() => ID, { description: 'The stored file’s id.' })
  id!: string;

  @Field(() => String, { description: 'The name it was uploaded with.' })
  originalName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => String, { description: 'Where to download it (same origin, needs the session).' })
  url!: string;
}
