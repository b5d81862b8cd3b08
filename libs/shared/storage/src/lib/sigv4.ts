import { createHash, createHmac } from 'node:crypto';

/** AWS Signature Version 4 (header form), as S3 and its compatibles (MinIO, Ceph RGW) verify it. */

export const EMPTY_PAYLOAD_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Payload hash for a streamed body whose bytes are not hashed up front (integrity then rests on TLS). */
export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const ALGORITHM = 'AWS4-HMAC-SHA256';

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SigV4Request {
  method: string;
  /** Path segments already percent-encoded as they go on the wire (see `uriEncode`). */
  url: URL;
  /** Headers to send and sign besides host, x-amz-date and x-amz-content-sha256. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body, or `UNSIGNED_PAYLOAD`. */
  payloadHash: string;
}

export interface SigV4Scope {
  credentials: SigV4Credentials;
  region: string;
  service: string;
  date: Date;
}

/** The headers to send: the request's own (names lowercased) plus x-amz-date, x-amz-content-sha256, authorization. */
export function signRequest(request: SigV4Request, scope: SigV4Scope): Record<string, string> {
  const amzDate = toAmzDate(scope.date);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  headers['x-amz-date'] = amzDate;
  headers['x-amz-content-sha256'] = request.payloadHash;
  const signed = { ...headers, host: request.url.host };
  const canonical = canonicalRequest({
    method: request.method,
    path: canonicalPath(request.url.pathname),
    query: canonicalQuery(request.url.search),
    headers: signed,
    payloadHash: request.payloadHash,
  });
  const credentialScope = `${amzDate.slice(0, 8)}/${scope.region}/${scope.service}/aws4_request`;
  const signature = signString(
    scope.credentials.secretAccessKey,
    credentialScope,
    stringToSign(amzDate, credentialScope, canonical),
  );
  headers['authorization'] =
    `${ALGORITHM} Credential=${scope.credentials.accessKeyId}/${credentialScope}, ` +
    `SignedHeaders=${signedHeaderNames(signed)}, Signature=${signature}`;
  return headers;
}

export interface CanonicalRequestParts {
  method: string;
  /** Canonical (encoded) path. */
  path: string;
  /** Canonical query string (see `canonicalQuery`). */
  query: string;
  /** The signed headers, any name case. */
  headers: Record<string, string>;
  payloadHash: string;
}

export function canonicalRequest(parts: CanonicalRequestParts): string {
  const entries = Object.entries(parts.headers)
    .map(([name, value]) => [name.toLowerCase(), value.trim().replace(/\s+/g, ' ')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    parts.method.toUpperCase(),
    parts.path,
    parts.query,
    ...entries.map(([name, value]) => `${name}:${value}`),
    '',
    entries.map(([name]) => name).join(';'),
    parts.payloadHash,
  ].join('\n');
}

export function stringToSign(amzDate: string, credentialScope: string, canonical: string): string {
  return [ALGORITHM, amzDate, credentialScope, sha256Hex(canonical)].join('\n');
}

/** HMAC chain: secret → date → region → service → "aws4_request", then the string to sign. */
export function signString(secretAccessKey: string, credentialScope: string, toSign: string): string {
  const [date, region, service, terminal] = credentialScope.split('/');
  let key = hmac(`AWS4${secretAccessKey}`, date ?? '');
  for (const part of [region, service, terminal]) key = hmac(key, part ?? '');
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
}

/** Each segment of an (already encoded) path decoded and re-encoded the way S3 canonicalises it. */
export function canonicalPath(pathname: string): string {
  if (pathname === '') return '/';
  return pathname
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
}

/** Query parameters encoded and sorted by name, then value. */
export function canonicalQuery(search: string): string {
  const pairs = [...new URLSearchParams(search)].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** RFC 3986 encoding: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded (upper-case hex). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `20130524T000000Z` */
export function toAmzDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function signedHeaderNames(headers: Record<string, string>): string {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .sort()
    .join(';');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}
