import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@parity/identity';
import { CertificateType } from './certificate.type';

@ObjectType('CertificateConnection')
export class CertificateConnectionType {
  @Field(() => [CertificateType])
  nodes!: CertificateType[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
