import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@parity/shared/errors';

/**
 * Domain errors are answers, not crashes: they go to the client unlogged, and formatError gives them their
 * `extensions.code` and details (see format-error.ts, which maps every code exhaustively).
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
