import { Query, Resolver } from '@nestjs/graphql';
import { ProblemCode } from '@parity/shared/errors';
import { PASSWORD_MIN_LENGTH, SUPPORTED_LOCALES } from '@parity/identity';
import { CLIENT_ERROR_CODES } from '../graphql/error-codes';
import { PlatformInfoType } from './platform-info.type';

@Resolver()
export class PlatformInfoResolver {
  @Query(() => PlatformInfoType, {
    description: 'Public: languages, password rule, and the error and problem codes.',
  })
  platformInfo(): PlatformInfoType {
    return {
      locales: [...SUPPORTED_LOCALES],
      passwordMinLength: PASSWORD_MIN_LENGTH,
      errorCodes: [...CLIENT_ERROR_CODES],
      problemCodes: Object.values(ProblemCode),
    };
  }
}
