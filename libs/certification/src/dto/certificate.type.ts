import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { CertificateStatus } from './certificate-status';

@ObjectType('Certificate', {
  description: 'A certificate, as its holder and the issuing institution’s admins see it.',
})
export class CertificateType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  serialNumber!: string;

  @Field(() => String, { description: 'The code of the public verification (verifyCertificate).' })
  verificationCode!: string;

  @Field(() => ID)
  holderId!: string;

  @Field(() => String)
  holderName!: string;

  @Field(() => ID)
  courseId!: string;

  @Field(() => LocalizedText)
  courseTitle!: LocalizedText;

  @Field(() => ID)
  institutionId!: string;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revocationReason!: string | null;
}
