import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionService } from '@parity/identity';
import { ReportCsvService } from '@parity/reporting';
import { contentDisposition } from '@parity/shared/storage';
import { requestedLocale } from '../graphql/requested-locale';
import { sendDomainError } from '../http/send-domain-error';
import { SESSION_COOKIE } from '../http/session-cookie';
import { reportInputFromQuery } from './report-query';

/**
 * `GET /reports/export.csv?measure=…&dimensions=sex,institution&…`: the report as CSV (same input, authorisation,
 * suppression and audit as the GraphQL `report` query; labels in `?locale=`, else Accept-Language, else the profile).
 */
@Controller('reports')
export class ReportExportController {
  constructor(
    private readonly sessions: SessionService,
    private readonly exports: ReportCsvService,
  ) {}

  @Get('export.csv')
  async csv(
    @Query() query: Record<string, string | string[] | undefined>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    try {
      const actor = await this.sessions.resolve(request.cookies[SESSION_COOKIE] ?? null);
      const input = reportInputFromQuery(query);
      const file = await this.exports.export(actor, {
        ...input,
        locale: input.locale ?? requestedLocale(request.headers['accept-language']),
      });
      await reply
        .header('Content-Type', file.contentType)
        .header('Content-Disposition', contentDisposition(file.fileName))
        .header('Cache-Control', 'private, no-store')
        .send(file.body);
    } catch (error) {
      await sendDomainError(reply, error);
    }
  }
}
