import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GqlContext } from '@parity/identity';
import { callerLocale } from '@parity/learning';
import { CertificateConnectionType } from '../dto/certificate-connection.type';
import { CertificateType } from '../dto/certificate.type';
import { CertificateQueryService } from './certificate-query.service';
import { CertificateRevocation } from './certificate-revocation.service';
import { certificateView } from './certificate-view';

@Resolver(() => CertificateType)
export class CertificateResolver {
  constructor(
    private readonly query: CertificateQueryService,
    private readonly revocation: CertificateRevocation,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [CertificateType], { description: 'The caller’s own certificates, newest first.' })
  async myCertificates(@Context() ctx: GqlContext): Promise<CertificateType[]> {
    const certificates = await this.query.mine(ctx.actor);
    const locale = await callerLocale(ctx, this.em);
    return certificates.map((certificate) => certificateView(certificate, locale));
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
    const locale = await callerLocale(ctx, this.em);
    return {
      nodes: page.nodes.map((certificate) => certificateView(certificate, locale)),
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
    return certificateView(certificate, await callerLocale(ctx, this.em));
  }
}
