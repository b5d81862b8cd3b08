import { Field, ID, InputType } from '@nestjs/graphql';
import { SignatoryInput } from './signatory.input';

@InputType('CertificateTemplateInput', { description: 'A new template (no id) or changes to one.' })
export class CertificateTemplateInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  primaryColor!: string;

  @Field(() => String)
  accentColor!: string;

  @Field(() => [SignatoryInput], { description: 'At most three.' })
  signatories!: SignatoryInput[];

  @Field(() => Boolean)
  isDefault!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A new logo as a data URL (PNG or JPEG, at most 300 KB); null keeps the current one.',
  })
  logo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Remove the current logo.' })
  removeLogo?: boolean | null;
}
