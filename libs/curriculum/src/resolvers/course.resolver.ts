import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CourseService } from '../course/course.service';
import type { Course } from '../course/course.entity';
import { CourseConnectionType } from '../dto/course-connection.type';
import { CourseSettingsInput } from '../dto/course-settings.input';
import { CourseType } from '../dto/course.type';
import { CreateCourseInput } from '../dto/create-course.input';
import { CourseVersionType } from '../dto/course-version.type';
import { CourseVisibility, VersionStatus } from '../graphql/enums';
import { CourseQueryService } from '../query/course-query.service';
import type { CourseVersion } from '../version/course-version.entity';

@Resolver(() => CourseType)
export class CourseResolver {
  constructor(
    private readonly courseService: CourseService,
    private readonly queries: CourseQueryService,
  ) {}

  @Query(() => CourseConnectionType, {
    description: 'Courses the caller may read in the studio, newest first, optionally filtered.',
  })
  async courses(
    @Context() ctx: GqlContext,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('status', {
      type: () => VersionStatus,
      nullable: true,
      description:
        'ARCHIVED: archived courses; otherwise courses that are not archived whose latest version has this status.',
    })
    status?: VersionStatus | null,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description:
        'Courses offered in this language (their default one, or one their published version offers).',
    })
    locale?: string | null,
    @Args('visibility', { type: () => CourseVisibility, nullable: true })
    visibility?: CourseVisibility | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<CourseConnectionType> {
    const page = await this.queries.list(ctx.actor, { search, status, locale, visibility, first, after });
    return {
      nodes: page.nodes as unknown as CourseType[],
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Query(() => CourseType)
  course(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Course> {
    return this.queries.get(ctx.actor, id);
  }

  @Query(() => CourseVersionType)
  courseVersion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseVersion> {
    return this.queries.version(ctx.actor, id);
  }

  @Mutation(() => CourseType, {
    description: 'Creates a course with its first draft; the caller becomes its first author.',
  })
  createCourse(
    @Args('input', { type: () => CreateCourseInput }) input: CreateCourseInput,
    @Context() ctx: GqlContext,
  ): Promise<Course> {
    return this.courseService.create(ctx.actor, input);
  }

  @Mutation(() => CourseType)
  updateCourseSettings(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => CourseSettingsInput }) input: CourseSettingsInput,
    @Context() ctx: GqlContext,
  ): Promise<Course> {
    return this.courseService.updateSettings(ctx.actor, id, input);
  }

  @Mutation(() => CourseType, {
    description:
      'Withdraws a course from the catalogue: no new enrolments; enrolled learners keep their version.',
  })
  archiveCourse(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Course> {
    return this.courseService.archive(ctx.actor, id);
  }

  @Mutation(() => CourseType, { description: 'Brings an archived course back.' })
  restoreCourse(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<Course> {
    return this.courseService.restore(ctx.actor, id);
  }

  @Mutation(() => CourseType)
  addCourseAuthor(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<Course> {
    return this.courseService.addAuthor(ctx.actor, courseId, userId);
  }

  @Mutation(() => CourseType)
  removeCourseAuthor(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: GqlContext,
  ): Promise<Course> {
    return this.courseService.removeAuthor(ctx.actor, courseId, userId);
  }
}
