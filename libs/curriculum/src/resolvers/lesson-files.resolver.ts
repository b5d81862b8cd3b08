import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { loadManyBy, type GqlContext } from '@parity/identity';
import { LessonFileType } from '../dto/lesson-file.type';
import { LessonType } from '../dto/lesson.type';
import { LessonFile } from '../files/lesson-file.entity';
import { LessonFilesService } from '../files/lesson-files.service';
import type { Lesson } from '../outline/lesson.entity';

const toType = (link: LessonFile): LessonFileType => ({
  id: link.file.id,
  originalName: link.file.originalName,
  contentType: link.file.contentType,
  size: link.file.size,
  url: `/files/${link.file.id}`,
});

@Resolver(() => LessonType)
export class LessonFilesResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly files: LessonFilesService,
  ) {}

  @ResolveField('files', () => [LessonFileType])
  async lessonFiles(@Parent() lesson: Lesson, @Context() ctx: GqlContext): Promise<LessonFileType[]> {
    const links = await loadManyBy(
      ctx.loaders,
      'LessonFile.byLesson',
      lesson.id,
      (ids) =>
        this.em.find(
          LessonFile,
          { lesson: { $in: [...ids] } },
          { populate: ['file'], orderBy: { position: 'asc' } },
        ),
      (link) => link.lesson.id,
    );
    return links.map(toType);
  }

  @Mutation(() => LessonFileType, {
    description: 'Attaches a file the caller uploaded (PUT /files) to a draft’s lesson.',
  })
  async attachLessonFile(
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('fileId', { type: () => ID }) fileId: string,
    @Context() ctx: GqlContext,
  ): Promise<LessonFileType> {
    const link = await this.files.attach(ctx.actor, lessonId, fileId);
    await this.em.populate(link, ['file']);
    return toType(link);
  }

  @Mutation(() => Boolean)
  detachLessonFile(
    @Args('lessonId', { type: () => ID }) lessonId: string,
    @Args('fileId', { type: () => ID }) fileId: string,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.files.detach(ctx.actor, lessonId, fileId);
  }
}
