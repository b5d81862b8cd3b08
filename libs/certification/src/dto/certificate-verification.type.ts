import { Field, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { CertificateKind } from './certificate-kind';
import { CertificateStatus } from './certificate-status';

@ObjectType('CertificateVerification', {
  description:
    'What anyone holding a verification code may see: the certificate, its status, and nothing else about the person.',
})
export class CertificateVerificationType {
  @Field(() => String, { description: 'The holder’s name as it was when the certificate was issued.' })
  holderName!: string;

  @Field(() => CertificateKind)
  kind!: CertificateKind;

  @Field(() => LocalizedText, {
    description: 'The course’s title, or “Certificate of participation — <programme>”.',
  })
  courseTitle!: LocalizedText;

  @Field(() => String)
  institutionName!: string;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;
}
