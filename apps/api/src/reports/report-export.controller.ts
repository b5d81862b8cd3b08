import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SessionService } from '@parity/identity';
import { ReportCsvService, type ReportFormatName } from '@parity/reporting';
import { requestedLocale } from '../graphql/requested-locale';
import { sendFile } from '../http/send-file';
import { withActor } from '../http/with-actor';
import { reportInputFromQuery } from './report-query';

type Query = Record<string, string | string[] | undefined>;

/**
 * Report downloads, the report input flattened into the query string (`?measure=…&dimensions=sex,institution&…`):
 * `export.csv`, `export.xlsx` and the printable `summary.pdf`. Same input, authorisation (report.export),
 * suppression and audit (report.exported) as the GraphQL `report` query; labels in `?locale=`, else
 * Accept-Language, else the profile.
 */
@Controller('reports')
export class ReportExportController {
  constructor(
    private readonly sessions: SessionService,
    private readonly exports: ReportCsvService,
  ) {}

  @Get('export.csv')
  csv(@Query() query: Query, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.download('csv', query, request, reply);
  }

  @Get('export.xlsx')
  xlsx(@Query() query: Query, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.download('xlsx', query, request, reply);
  }

  @Get('summary.pdf')
  pdf(@Query() query: Query, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.download('pdf', query, request, reply);
  }

  private download(
    format: ReportFormatName,
    query: Query,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    return withActor(this.sessions, request, reply, async (actor) => {
      const input = reportInputFromQuery(query);
      const locale = input.locale ?? requestedLocale(request.headers['accept-language']);
      await sendFile(reply, await this.exports.export(actor, { ...input, locale }, format));
    });
  }
}
