import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalizedText } from '@parity/learning';
import { CertificateKind } from './certificate-kind';
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

  @Field(() => CertificateKind, {
    description: 'A completed course, or participation in a coaching programme.',
  })
  kind!: CertificateKind;

  @Field(() => ID, { nullable: true, description: 'The course (null on a certificate of participation).' })
  courseId!: string | null;

  @Field(() => LocalizedText, {
    description: 'The title as issued: the course’s, or “Certificate of participation — <programme>”.',
  })
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

  @Field(() => String, { description: 'The language the certificate was issued in.' })
  locale!: string;

  @Field(() => String, { description: 'The public verification page (also in the PDF’s QR code).' })
  verificationUrl!: string;

  @Field(() => String, { description: 'Download of the PDF (holder and the institution’s admins).' })
  pdfUrl!: string;

  @Field(() => String, { description: 'Download of the signed Open Badges 3.0 credential, as JSON.' })
  badgeUrl!: string;

  @Field(() => Boolean, { description: 'The holder has dismissed the in-app notice of this certificate.' })
  noticeSeen!: boolean;

  @Field(() => ID, { nullable: true, description: 'The revoked certificate this one replaces.' })
  reissueOfId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The certificate that replaced this revoked one.' })
  replacedById!: string | null;
}
