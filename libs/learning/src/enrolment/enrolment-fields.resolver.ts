import { Args, Context, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { Course, CourseVersion, LessonFile } from '@parity/curriculum';
import { loadById, User, type GqlContext } from '@parity/identity';
import { notFound } from '@parity/shared/errors';
import { catalogueEntry, type CatalogueEntry } from '../catalogue/catalogue-entry';
import { CatalogueCourseType } from '../dto/catalogue-course.type';
import { CourseProgressType } from '../dto/course-progress.type';
import { EnrolmentType } from '../dto/enrolment.type';
import { KnowledgeGainType } from '../dto/knowledge-gain.type';
import { LearnerSummaryType } from '../dto/learner-summary.type';
import { LessonContentType } from '../dto/lesson-content.type';
import { OutlineModuleType } from '../dto/outline-module.type';
import { callerLocale } from '../locale/caller-locale';
import { localize, localizeHtml } from '../locale/localize';
import { EnrolmentStatus } from './enrolment-status.enum';
import type { Enrolment } from './enrolment.entity';
import { loadEnrolmentFacts } from './enrolment-facts';
import { continueLessonId, courseProgress, knowledgeGains, outlineModules } from './enrolment-view';

/** Enrolment's computed fields; every one goes through per-request loaders (the page costs fixed statements). */
@Resolver(() => EnrolmentType)
export class EnrolmentFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('enrolledAt', () => Date)
  enrolledAt(@Parent() enrolment: Enrolment): Date {
    return enrolment.createdAt;
  }

  @ResolveField('overdue', () => Boolean, { description: 'Active and past its due date.' })
  overdue(@Parent() enrolment: Enrolment): boolean {
    return enrolment.overdue();
  }

  @ResolveField('course', () => CatalogueCourseType, { description: 'The course, in the enrolled version.' })
  async course(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<CatalogueEntry> {
    const [course, version] = await Promise.all([
      loadById(ctx.loaders, this.em, Course, enrolment.course.id),
      loadById(ctx.loaders, this.em, CourseVersion, enrolment.version.id),
    ]);
    return catalogueEntry(course, version);
  }

  @ResolveField('versionNumber', () => Int)
  async versionNumber(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<number> {
    return (await loadById(ctx.loaders, this.em, CourseVersion, enrolment.version.id)).number;
  }

  @ResolveField('learner', () => LearnerSummaryType)
  async learner(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<LearnerSummaryType> {
    const user = await loadById(ctx.loaders, this.em, User, enrolment.user.id);
    return { id: user.id, displayName: user.displayName };
  }

  @ResolveField('progress', () => CourseProgressType)
  async progress(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<CourseProgressType> {
    const facts = await loadEnrolmentFacts(ctx.loaders, this.em, enrolment);
    return courseProgress(facts, enrolment.status === EnrolmentStatus.COMPLETED);
  }

  @ResolveField('continueLessonId', () => ID, {
    nullable: true,
    description: 'The last lesson opened, else the next one not completed; null when every lesson is done.',
  })
  async continueLessonId(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<string | null> {
    return continueLessonId(await loadEnrolmentFacts(ctx.loaders, this.em, enrolment));
  }

  @ResolveField('outline', () => [OutlineModuleType], {
    description: 'The enrolled version’s modules, in order.',
  })
  async outline(@Parent() enrolment: Enrolment, @Context() ctx: GqlContext): Promise<OutlineModuleType[]> {
    const [facts, locale] = await Promise.all([
      loadEnrolmentFacts(ctx.loaders, this.em, enrolment),
      callerLocale(ctx, this.em),
    ]);
    return outlineModules(facts, locale);
  }

  @ResolveField('knowledgeGain', () => [KnowledgeGainType], { description: 'One per pre/post-test pair.' })
  async knowledgeGain(
    @Parent() enrolment: Enrolment,
    @Context() ctx: GqlContext,
  ): Promise<KnowledgeGainType[]> {
    return knowledgeGains(await loadEnrolmentFacts(ctx.loaders, this.em, enrolment));
  }

  @ResolveField('lesson', () => LessonContentType, {
    description: 'A lesson of the enrolled version (player).',
  })
  async lesson(
    @Parent() enrolment: Enrolment,
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<LessonContentType> {
    const [facts, locale] = await Promise.all([
      loadEnrolmentFacts(ctx.loaders, this.em, enrolment),
      callerLocale(ctx, this.em),
    ]);
    const order = facts.outline.lessons;
    const index = order.findIndex((lesson) => lesson.id === id);
    const lesson = order[index];
    if (!lesson) throw notFound('Lesson');
    const files = await this.em.find(
      LessonFile,
      { lesson: lesson.id },
      { populate: ['file'], orderBy: { position: 'asc' } },
    );
    const progress = facts.progress.find((row) => row.lesson.id === id);
    return {
      id: lesson.id,
      title: localize(lesson.title, locale),
      body: localizeHtml(lesson.body, locale),
      videoUrl: lesson.videoUrl,
      files: files.map(({ file }) => ({
        id: file.id,
        originalName: file.originalName,
        contentType: file.contentType,
        size: file.size,
        url: `/files/${file.id}`,
      })),
      completed: Boolean(progress?.completedAt),
      secondsSpent: progress?.secondsSpent ?? 0,
      previousLessonId: order[index - 1]?.id ?? null,
      nextLessonId: order[index + 1]?.id ?? null,
    };
  }
}
