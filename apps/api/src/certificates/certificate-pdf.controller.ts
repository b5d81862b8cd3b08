import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificateDownload } from '@parity/certification';
import { SessionService } from '@parity/identity';
import { contentDisposition } from '@parity/shared/storage';
import { sendDomainError } from '../http/send-domain-error';
import { SESSION_COOKIE } from '../http/session-cookie';

/**
 * `GET /certificates/:id/pdf`: the certificate's PDF for its holder and the issuing institution's admins (session
 * cookie); anyone else gets 404 as if it did not exist.
 */
@Controller('certificates')
export class CertificatePdfController {
  constructor(
    private readonly sessions: SessionService,
    private readonly download: CertificateDownload,
  ) {}

  @Get(':id/pdf')
  async pdf(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const actor = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? null);
      const { certificate, body, size } = await this.download.pdf(actor, id);
      await reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Length', String(size))
        .header(
          'Content-Disposition',
          contentDisposition(`parity-certificate-${certificate.serialNumber}.pdf`),
        )
        .header('Cache-Control', 'private, no-store')
        .send(body);
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }
}
