import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import type { Course } from '../course/course.entity';
import { CourseType } from '../dto/course.type';
import { CoursePackageService } from './course-package.service';

@Resolver()
export class CoursePackageResolver {
  constructor(private readonly packages: CoursePackageService) {}

  @Query(() => String, {
    description: 'A course version as a self-contained JSON package (to import elsewhere).',
  })
  exportCourseVersion(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<string> {
    return this.packages.export(ctx.actor, id);
  }

  @Mutation(() => CourseType, {
    description:
      'Imports a course package as a new course with one draft; an invalid package imports nothing.',
  })
  importCoursePackage(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Args('package', { type: () => String }) text: string,
    @Context() ctx: GqlContext,
  ): Promise<Course> {
    return this.packages.import(ctx.actor, institutionId, text);
  }
}
