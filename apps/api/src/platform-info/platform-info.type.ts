import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProblemCode } from '@parity/shared/errors';
import { CLIENT_ERROR_CODES } from '../graphql/error-codes';

/** Every `extensions.code` a client can receive, as an enum the web app's types are generated from. */
export const ErrorCode = Object.fromEntries(CLIENT_ERROR_CODES.map((code) => [code, code])) as Record<
  string,
  string
>;
registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Every extensions.code a client can receive' });

@ObjectType('PlatformInfo', {
  description: 'What a client needs to know about this installation before signing in.',
})
export class PlatformInfoType {
  @Field(() => [String], { description: 'Interface and content languages (BCP 47)' })
  locales!: string[];

  @Field(() => Int)
  passwordMinLength!: number;

  @Field(() => [ErrorCode])
  errorCodes!: string[];

  @Field(() => [ProblemCode])
  problemCodes!: ProblemCode[];
}
