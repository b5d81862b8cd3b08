import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('LessonProgressInput')
export class LessonProgressInput {
  @Field(() => ID)
  enrolmentId!: string;

  @Field(() => ID)
  lessonId!: string;

  @Field(() => ID, { description: 'A uuid the client chooses when the lesson opens.' })
  visitId!: string;

  @Field(() => Int, { description: 'Running total of this visit (0..14400); the server keeps the largest.' })
  seconds!: number;

  @Field(() => Boolean, { nullable: true, description: 'Marks the lesson completed (idempotent).' })
  completed?: boolean | null;
}
