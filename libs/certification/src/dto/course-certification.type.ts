import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CertificateTemplateType } from './certificate-template.type';

@ObjectType('CourseCertification', {
  description: 'A course’s certificate settings: template (else the institution’s default) and validity.',
})
export class CourseCertificationType {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID, { nullable: true })
  templateId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Months a certificate stays valid; null: no expiry.' })
  validityMonths!: number | null;

  @Field(() => Int, { description: 'Days before expiry that a renewal enrolment opens.' })
  renewalLeadDays!: number;

  @Field(() => [CertificateTemplateType], { description: 'The owning institution’s templates.' })
  templates!: CertificateTemplateType[];
}
