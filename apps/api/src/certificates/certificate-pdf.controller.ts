import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertificateDownload } from '@parity/certification';
import { SessionService } from '@parity/identity';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';

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
    await withActor(this.sessions, request, reply, async (actor) => {
      const { certificate, body, size } = await this.download.pdf(actor, id);
      await sendFile(reply, {
        body,
        size,
        contentType: 'application/pdf',
        fileName: `parity-certificate-${certificate.serialNumber}.pdf`,
      });
    });
  }
}
