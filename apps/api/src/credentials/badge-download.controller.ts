import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionService } from '@parity/identity';
import { OpenBadgeService, type SignedBadge } from '@parity/certification';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';

/**
 * A certificate's Open Badge for its holder (or the issuing institution's admins), with the session cookie:
 * `badge.jwt` is the Open Badges 3.0 VC-JWT itself (what the 1EdTech validator and wallets take); `badge.json`
 * wraps the same JWT in the VCDM 2.0 `EnvelopedVerifiableCredential` JSON. Anyone else gets NOT_FOUND.
 */
@Controller('certificates')
export class BadgeDownloadController {
  constructor(
    private readonly sessions: SessionService,
    private readonly badges: OpenBadgeService,
  ) {}

  @Get(':id/badge.json')
  async json(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.download(id, request, reply, 'json', (badge) =>
      JSON.stringify({
        '@context': 'https://www.w3.org/ns/credentials/v2',
        id: `data:application/vc+jwt,${badge.jwt}`,
        type: 'EnvelopedVerifiableCredential',
      }),
    );
  }

  @Get(':id/badge.jwt')
  async jwt(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.download(id, request, reply, 'jwt', (badge) => badge.jwt);
  }

  private async download(
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    extension: 'json' | 'jwt',
    body: (badge: SignedBadge) => string,
  ): Promise<void> {
    await withActor(this.sessions, request, reply, async (actor) => {
      const badge = await this.badges.badgeFor(actor, id);
      await sendFile(reply, {
        body: body(badge),
        contentType: extension === 'json' ? 'application/json; charset=utf-8' : 'application/jwt',
        fileName: `parity-badge-${badge.serialNumber}.${extension}`,
      });
    });
  }
}
