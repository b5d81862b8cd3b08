import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SignatoryType } from './signatory.type';

@ObjectType('CertificateTemplate', {
  description: 'How an institution’s certificates look: colours, logo, signatories; one is the default.',
})
export class CertificateTemplateType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Hex colour of the border and heading, e.g. #1d4e89.' })
  primaryColor!: string;

  @Field(() => String, { description: 'Hex colour of the inner border and rules.' })
  accentColor!: string;

  @Field(() => Boolean)
  hasLogo!: boolean;

  @Field(() => [SignatoryType])
  signatories!: SignatoryType[];

  @Field(() => Boolean)
  isDefault!: boolean;
}
