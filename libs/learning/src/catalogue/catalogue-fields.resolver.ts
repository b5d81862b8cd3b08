import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { Institution, loadById, type GqlContext } from '@parity/identity';
import { CatalogueCourseType } from '../dto/catalogue-course.type';
import { EnrolmentType } from '../dto/enrolment.type';
import { LocalizedText } from '../dto/localized-text.type';
import { Enrolment } from '../enrolment/enrolment.entity';
import { EnrolmentStatus } from '../enrolment/enrolment-status.enum';
import { callerLocale } from '../locale/caller-locale';
import { localize, localizeHtml } from '../locale/localize';
import type { CatalogueEntry } from './catalogue-entry';

const HELD = [EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED];

@Resolver(() => CatalogueCourseType)
export class CatalogueFieldsResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField('title', () => LocalizedText)
  async title(@Parent() entry: CatalogueEntry, @Context() ctx: GqlContext): Promise<LocalizedText> {
    return localize(entry.version.title, await callerLocale(ctx, this.em));
  }

  @ResolveField('summary', () => LocalizedText)
  async summary(@Parent() entry: CatalogueEntry, @Context() ctx: GqlContext): Promise<LocalizedText> {
    return localizeHtml(entry.version.summary, await callerLocale(ctx, this.em));
  }

  @ResolveField('institutionName', () => String)
  async institutionName(@Parent() entry: CatalogueEntry, @Context() ctx: GqlContext): Promise<string> {
    return (await loadById(ctx.loaders, this.em, Institution, entry.course.ownerInstitution.id)).name;
  }

  @ResolveField('myEnrolment', () => EnrolmentType, {
    nullable: true,
    description: 'The caller’s enrolment in this course (any version): an active or completed one first.',
  })
  async myEnrolment(@Parent() entry: CatalogueEntry, @Context() ctx: GqlContext): Promise<Enrolment | null> {
    const actor = ctx.actor;
    if (!actor) return null;
    const loader = ctx.loaders.get<string, Enrolment | null>(
      'Learning.myEnrolmentByCourse',
      async (courseIds) => {
        const rows = await this.em.find(
          Enrolment,
          { user: actor.userId, course: { $in: [...courseIds] } },
          { orderBy: { createdAt: 'desc' } },
        );
        return courseIds.map((courseId) => {
          const own = rows.filter((row) => row.course.id === courseId);
          return own.find((row) => HELD.includes(row.status)) ?? own[0] ?? null;
        });
      },
    );
    return loader.load(entry.course.id);
  }
}
