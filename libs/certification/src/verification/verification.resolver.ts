import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import { isLocale } from '@parity/curriculum';
import type { GqlContext } from '@parity/identity';
import { callerLocale } from '@parity/learning';
import { CertificateVerificationType } from '../dto/certificate-verification.type';
import { CertificateVerification } from './certificate-verification.service';

@Resolver(() => CertificateVerificationType)
export class VerificationResolver {
  constructor(
    private readonly verification: CertificateVerification,
    private readonly em: EntityManager,
  ) {}

  @Query(() => CertificateVerificationType, {
    description:
      'Public: a certificate by its verification code (holder, course, institution, dates, status). Rate-limited per IP; an unknown code is NOT_FOUND.',
  })
  async verifyCertificate(
    @Args('code', { type: () => String }) code: string,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description: 'The reader’s language; default: the signed-in caller’s, else English.',
    })
    locale: string | null,
    @Context() ctx: GqlContext,
  ): Promise<CertificateVerificationType> {
    const reader = locale && isLocale(locale) ? locale : await callerLocale(ctx, this.em);
    return this.verification.verify(code, ctx.ip, reader);
  }
}
