import { isUuid } from '@parity/shared/database';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuditService, AuthorizationService, type Actor } from '@parity/identity';
import { Course } from '@parity/curriculum';
import { notFound, parseInput } from '@parity/shared/errors';
import { CertificateTemplate } from './certificate-template.entity';
import { CourseCertification } from './course-certification.entity';
import { courseCertificationSchema } from './template-input.schema';

export interface CourseCertificationView {
  courseId: string;
  templateId: string | null;
  validityMonths: number | null;
  renewalLeadDays: number;
  /** The owning institution's templates, to choose from. */
  templates: CertificateTemplate[];
}

/**
 * A course's certificate settings (its authors and the institution's admins): template and validity. Changing
 * them affects certificates issued from then on; issued ones keep their dates and look.
 */
@Injectable()
export class CourseCertificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor | null, courseId: string): Promise<CourseCertificationView> {
    const course = await this.course(courseId);
    this.authz.assert(actor, 'course.certification', { institutionId: course.ownerInstitution.id });
    const settings = await this.em.findOne(CourseCertification, { course: course.id });
    return this.view(course, settings);
  }

  async set(actorOrNull: Actor | null, raw: unknown): Promise<CourseCertificationView> {
    const input = parseInput(courseCertificationSchema, raw);
    const course = await this.course(input.courseId);
    const institutionId = course.ownerInstitution.id;
    const actor = this.authz.assert(actorOrNull, 'course.certification', { institutionId });
    if (input.templateId) {
      const template = await this.em.findOne(CertificateTemplate, {
        id: input.templateId,
        institution: institutionId,
      });
      if (!template) throw notFound('CertificateTemplate');
    }
    const settings = await this.em.transactional(async (tx) => {
      await tx.execute(
        `insert into course_certification (id, created_at, course_id, template_id, validity_months, renewal_lead_days)
         values (gen_random_uuid(), now(), ?, ?, ?, ?)
         on conflict (course_id) do update set template_id = excluded.template_id,
           validity_months = excluded.validity_months, renewal_lead_days = excluded.renewal_lead_days, updated_at = now()`,
        [course.id, input.templateId ?? null, input.validityMonths ?? null, input.renewalLeadDays ?? 60],
      );
      this.audit.record(tx, {
        actorId: actor.userId,
        action: 'course.certification-updated',
        subjectType: 'Course',
        subjectId: course.id,
        institutionId,
        details: {
          templateId: input.templateId ?? null,
          validityMonths: input.validityMonths ?? null,
          renewalLeadDays: input.renewalLeadDays ?? 60,
        },
      });
      return tx.findOneOrFail(CourseCertification, { course: course.id }, { refresh: true });
    });
    return this.view(course, settings);
  }

  private async course(courseId: string): Promise<Course> {
    if (!isUuid(courseId)) throw notFound('Course');
    const course = await this.em.findOne(Course, courseId);
    if (!course) throw notFound('Course');
    return course;
  }

  private async view(course: Course, settings: CourseCertification | null): Promise<CourseCertificationView> {
    const templates = await this.em.find(
      CertificateTemplate,
      { institution: course.ownerInstitution.id },
      { orderBy: { isDefault: 'desc', name: 'asc' } },
    );
    return {
      courseId: course.id,
      templateId: settings?.template?.id ?? null,
      validityMonths: settings?.validityMonths ?? null,
      renewalLeadDays: settings?.renewalLeadDays ?? 60,
      templates,
    };
  }
}
