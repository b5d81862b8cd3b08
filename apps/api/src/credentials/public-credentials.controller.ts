import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { notFound } from '@parity/shared/errors';
import { CredentialSigner, IssuerProfileService, StatusListService } from '@parity/certification';
import { sendDomainError } from '../http/send-domain-error';

/** Verifiers fetch these from anywhere (browsers too), with no session: every answer is public. */
const PUBLIC = 'public, max-age=3600';
/** Short: a revocation must reach verifiers within a minute. */
const STATUS_LIST_CACHE = 'public, max-age=60';

/**
 * What any verifier needs to check a Parity badge offline: the key set (`/.well-known/jwks.json`), the key a JWT's
 * `kid` names (`/credentials/keys/:thumbprint`), the issuer Profile a badge's `issuer.id` names, and the signed
 * revocation lists (`/credentials/status/:list`, W3C Bitstring Status List, as a VC-JWT).
 */
@Controller()
export class PublicCredentialsController {
  constructor(
    private readonly signer: CredentialSigner,
    private readonly profiles: IssuerProfileService,
    private readonly statusLists: StatusListService,
  ) {}

  @Get('.well-known/jwks.json')
  async jwks(@Res() reply: FastifyReply): Promise<void> {
    await this.publicJson(reply, PUBLIC, 'application/jwk-set+json').send({
      keys: [this.signer.publicJwk()],
    });
  }

  @Get('credentials/keys/:thumbprint')
  async key(@Param('thumbprint') thumbprint: string, @Res() reply: FastifyReply): Promise<void> {
    try {
      if (thumbprint !== this.signer.key.thumbprint) throw notFound('Key');
      await this.publicJson(reply, PUBLIC, 'application/jwk+json').send(this.signer.publicJwk());
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }

  @Get('credentials/issuers/:institutionId')
  async issuer(@Param('institutionId') institutionId: string, @Res() reply: FastifyReply): Promise<void> {
    try {
      const profile = await this.profiles.profile(institutionId);
      await this.publicJson(reply, PUBLIC, 'application/ld+json').send(profile);
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }

  @Get('credentials/status/:list')
  async statusList(@Param('list') list: string, @Res() reply: FastifyReply): Promise<void> {
    try {
      if (!/^[1-9][0-9]{0,8}$/.test(list)) throw notFound('Status list');
      const jwt = await this.statusLists.signedList(Number(list));
      await this.publicJson(reply, STATUS_LIST_CACHE, 'application/vc+jwt').send(jwt);
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }

  private publicJson(reply: FastifyReply, cacheControl: string, contentType: string): FastifyReply {
    return reply
      .header('Content-Type', contentType)
      .header('Cache-Control', cacheControl)
      .header('Access-Control-Allow-Origin', '*');
  }
}
