import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EngagementExport } from '@parity/coaching';
import { SessionService } from '@parity/identity';
import { contentDisposition } from '@parity/shared/storage';
import { sendDomainError } from '../http/send-domain-error';
import { SESSION_COOKIE } from '../http/session-cookie';

/**
 * `GET /coaching/engagements/:id/export.pdf`: the coachee's own record of an engagement (sessions, shared notes,
 * action plan), built for this request and sent; never stored, never cached.
 */
@Controller('coaching/engagements')
export class EngagementExportController {
  constructor(
    private readonly sessions: SessionService,
    private readonly exports: EngagementExport,
  ) {}

  @Get(':id/export.pdf')
  async pdf(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const actor = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? null);
      const { fileName, pdf } = await this.exports.pdf(actor, id);
      await reply
        .header('Content-Type', 'application/pdf')
        .header('Content-Length', String(pdf.byteLength))
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Cache-Control', 'no-store')
        .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }
}
