import { Args, Context, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CourseVersionType } from '../dto/course-version.type';
import { LessonInput } from '../dto/lesson.input';
import { LessonType } from '../dto/lesson.type';
import { ModuleInput } from '../dto/module.input';
import { ModuleType } from '../dto/module.type';
import { VersionTextInput } from '../dto/version-text.input';
import type { CourseModule } from '../outline/course-module.entity';
import type { Lesson } from '../outline/lesson.entity';
import { OutlineService } from '../outline/outline.service';
import type { CourseVersion } from '../version/course-version.entity';

const ID_ARG = { type: () => ID };

@Resolver()
export class OutlineResolver {
  constructor(private readonly outline: OutlineService) {}

  @Mutation(() => CourseVersionType)
  updateVersionText(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => VersionTextInput }) input: VersionTextInput,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.outline.updateVersionText(ctx.actor, id, input);
  }

  @Mutation(() => ModuleType)
  addModule(
    @Args('versionId', ID_ARG) versionId: string,
    @Args('input', { type: () => ModuleInput }) input: ModuleInput,
    @Context() ctx: GqlContext,
  ): Promise<CourseModule> {
    return this.outline.addModule(ctx.actor, versionId, { title: input.title ?? [], summary: input.summary });
  }

  @Mutation(() => ModuleType)
  updateModule(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => ModuleInput }) input: ModuleInput,
    @Context() ctx: GqlContext,
  ): Promise<CourseModule> {
    return this.outline.updateModule(ctx.actor, id, { ...input, expectedRev: input.expectedRev ?? 0 });
  }

  @Mutation(() => [ModuleType], {
    description: 'Moves a module; answers the draft’s modules in their new order.',
  })
  moveModule(
    @Args('id', ID_ARG) id: string,
    @Args('position', { type: () => Int }) position: number,
    @Context() ctx: GqlContext,
  ): Promise<CourseModule[]> {
    return this.outline.moveModule(ctx.actor, id, position);
  }

  @Mutation(() => Boolean)
  deleteModule(@Args('id', ID_ARG) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.outline.deleteModule(ctx.actor, id);
  }

  @Mutation(() => LessonType)
  addLesson(
    @Args('moduleId', ID_ARG) moduleId: string,
    @Args('input', { type: () => LessonInput }) input: LessonInput,
    @Context() ctx: GqlContext,
  ): Promise<Lesson> {
    return this.outline.addLesson(ctx.actor, moduleId, { ...input, title: input.title ?? [] });
  }

  @Mutation(() => LessonType, {
    description: 'Saves a lesson if nobody saved it since expectedRev (else EDIT_CONFLICT).',
  })
  updateLesson(
    @Args('id', ID_ARG) id: string,
    @Args('input', { type: () => LessonInput }) input: LessonInput,
    @Context() ctx: GqlContext,
  ): Promise<Lesson> {
    return this.outline.updateLesson(ctx.actor, id, { ...input, expectedRev: input.expectedRev ?? 0 });
  }

  @Mutation(() => LessonType)
  moveLesson(
    @Args('id', ID_ARG) id: string,
    @Args('moduleId', ID_ARG) moduleId: string,
    @Args('position', { type: () => Int }) position: number,
    @Context() ctx: GqlContext,
  ): Promise<Lesson> {
    return this.outline.moveLesson(ctx.actor, id, moduleId, position);
  }

  @Mutation(() => Boolean)
  deleteLesson(@Args('id', ID_ARG) id: string, @Context() ctx: GqlContext): Promise<boolean> {
    return this.outline.deleteLesson(ctx.actor, id);
  }
}
