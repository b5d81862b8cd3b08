import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@parity/curriculum';
import type { GqlContext } from '@parity/identity';
import { callerLocale } from '@parity/learning';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { CertificateConnectionType } from '../dto/certificate-connection.type';
import { CertificateType } from '../dto/certificate.type';
import { CertificateNotice } from './certificate-notice.service';
import { CertificateQueryService } from './certificate-query.service';
import { CertificateReissue } from './certificate-reissue.service';
import { CertificateRevocation } from './certificate-revocation.service';
import type { Certificate } from './certificate.entity';
import { certificateView } from './certificate-view';

@Resolver(() => CertificateType)
export class CertificateResolver {
  constructor(
    private readonly query: CertificateQueryService,
    private readonly revocation: CertificateRevocation,
    private readonly reissuing: CertificateReissue,
    private readonly notice: CertificateNotice,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => [CertificateType], { description: 'The caller’s own certificates, newest first.' })
  async myCertificates(@Context() ctx: GqlContext): Promise<CertificateType[]> {
    const certificates = await this.query.mine(ctx.actor);
    return this.views(certificates, await callerLocale(ctx, this.em));
  }

  @Query(() => CertificateConnectionType, {
    description:
      'The certificates an institution issued (its admins); search by holder, serial or course title.',
  })
  async certificates(
    @Args('institutionId', { type: () => ID }) institutionId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() ctx: GqlContext,
  ): Promise<CertificateConnectionType> {
    const page = await this.query.list(ctx.actor, { institutionId, search, first, after });
    return {
      nodes: await this.views(page.nodes, await callerLocale(ctx, this.em)),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => CertificateType, {
    description:
      'Revokes a certificate with a reason of 3 to 500 characters (audited); verification then says so.',
  })
  async revokeCertificate(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() ctx: GqlContext,
  ): Promise<CertificateType> {
    const certificate = await this.revocation.revoke(ctx.actor, id, reason);
    return (await this.views([certificate], await callerLocale(ctx, this.em)))[0] as CertificateType;
  }

  @Mutation(() => CertificateType, {
    description:
      'Replaces a revoked certificate with a new one (new serial and code, the holder’s current name, the current template; audited); once per revoked certificate.',
  })
  async reissueCertificate(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CertificateType> {
    const certificate = await this.reissuing.reissue(ctx.actor, id);
    return (await this.views([certificate], await callerLocale(ctx, this.em)))[0] as CertificateType;
  }

  @Mutation(() => CertificateType, {
    description: 'The holder dismisses the in-app notice of a new certificate.',
  })
  async dismissCertificateNotice(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GqlContext,
  ): Promise<CertificateType> {
    const certificate = await this.notice.dismiss(ctx.actor, id);
    return (await this.views([certificate], await callerLocale(ctx, this.em)))[0] as CertificateType;
  }

  private async views(certificates: Certificate[], locale: Locale): Promise<CertificateType[]> {
    const replacements = await this.query.replacements(certificates);
    const context = { publicUrl: this.config.PUBLIC_URL, replacements };
    return certificates.map((certificate) => certificateView(certificate, locale, context));
  }
}
