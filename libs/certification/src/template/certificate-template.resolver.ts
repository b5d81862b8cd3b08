import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '@parity/identity';
import { CertificateTemplateInput } from '../dto/certificate-template.input';
import { CertificateTemplateType } from '../dto/certificate-template.type';
import { CourseCertificationInput } from '../dto/course-certification.input';
import { CourseCertificationType } from '../dto/course-certification.type';
import { CertificateTemplateService } from './certificate-template.service';
import { CourseCertificationService, type CourseCertificationView } from './course-certification.service';
import { templateView } from './template-view';

const courseView = (view: CourseCertificationView): CourseCertificationType => ({
  ...view,
  templates: view.templates.map(templateView),
});

@Resolver(() => CertificateTemplateType)
export class CertificateTemplateResolver {
  constructor(
    private readonly templates: CertificateTemplateService,
    private readonly courses: CourseCertificationService,
  ) {}

  @Query(() => [CertificateTemplateType], {
    description: 'An institution’s certificate templates (its admins).',
  })
  async certificateTemplates(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Context() ctx: GqlContext,
  ): Promise<CertificateTemplateType[]> {
    return (await this.templates.list(ctx.actor, institutionId)).map(templateView);
  }

  @Mutation(() => CertificateTemplateType, {
    description: 'Creates or changes a certificate template (audited).',
  })
  async saveCertificateTemplate(
    @Args('input', { type: () => CertificateTemplateInput }) input: CertificateTemplateInput,
    @Context() ctx: GqlContext,
  ): Promise<CertificateTemplateType> {
    return templateView(await this.templates.save(ctx.actor, input));
  }

  @ResolveField(() => String, { nullable: true, description: 'The logo as a data URL, for a preview.' })
  async logoDataUrl(@Parent() parent: CertificateTemplateType): Promise<string | null> {
    if (!parent.hasLogo) return null;
    return this.templates.logoDataUrlOf(parent.id);
  }

  @Query(() => CourseCertificationType, { description: 'A course’s certificate template and validity.' })
  async courseCertification(
    @Args('courseId', { type: () => ID }) courseId: string,
    @Context() ctx: GqlContext,
  ): Promise<CourseCertificationType> {
    return courseView(await this.courses.get(ctx.actor, courseId));
  }

  @Mutation(() => CourseCertificationType, {
    description:
      'Sets a course’s certificate template and validity (audited); issued certificates keep theirs.',
  })
  async setCourseCertification(
    @Args('input', { type: () => CourseCertificationInput }) input: CourseCertificationInput,
    @Context() ctx: GqlContext,
  ): Promise<CourseCertificationType> {
    return courseView(await this.courses.set(ctx.actor, input));
  }
}
