import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EngagementExport } from '@parity/coaching';
import { SessionService } from '@parity/identity';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';

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
    await withActor(this.sessions, request, reply, async (actor) => {
      const { fileName, pdf } = await this.exports.pdf(actor, id);
      const body = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      await sendFile(reply, { body, contentType: 'application/pdf', fileName, cacheControl: 'no-store' });
    });
  }
}
