import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalRequest, sha256Hex, signString, stringToSign, UNSIGNED_PAYLOAD } from '../lib/sigv4';

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/\s]+)\/(\d{8})\/([a-z0-9-]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/;

interface StoredObject {
  body: Buffer;
  contentType: string;
}

/**
 * An in-memory S3 for tests: PutObject, GetObject, HeadObject, DeleteObject on path-style URLs, one bucket.
 * Requests must carry a well-formed SigV4 Authorization header, x-amz-date and x-amz-content-sha256; the signature
 * is recomputed from the request as received (so what fetch put on the wire is what was signed) and a hashed
 * payload must match the body.
 */
export class FakeS3Server {
  readonly objects = new Map<string, StoredObject>();
  readonly requests: { method: string; path: string; headers: IncomingMessage['headers'] }[] = [];
  private readonly server: Server;

  constructor(
    readonly bucket: string,
    private readonly credentials: { accessKeyId: string; secretAccessKey: string },
  ) {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch(() => reply(res, 500, 'InternalError'));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    this.requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers });

    const problem = this.authenticate(req, url, body);
    if (problem) return reply(res, problem === 'InvalidAccessKeyId' ? 403 : 400, problem);

    const [, bucket, ...rest] = url.pathname.split('/');
    if (bucket !== this.bucket) return reply(res, 404, 'NoSuchBucket');
    const key = rest.map(decodeURIComponent).join('/');
    const stored = this.objects.get(key);

    switch (req.method) {
      case 'PUT':
        if (req.headers['content-length'] === undefined) return reply(res, 411, 'MissingContentLength');
        this.objects.set(key, { body, contentType: req.headers['content-type'] ?? 'binary/octet-stream' });
        res.writeHead(200, { etag: `"${sha256Hex(body).slice(0, 32)}"` }).end();
        return;
      case 'GET':
      case 'HEAD':
        if (!stored) return reply(res, 404, 'NoSuchKey');
        res.writeHead(200, { 'content-type': stored.contentType, 'content-length': stored.body.length });
        res.end(req.method === 'GET' ? stored.body : undefined);
        return;
      case 'DELETE':
        this.objects.delete(key);
        res.writeHead(204).end();
        return;
      default:
        reply(res, 405, 'MethodNotAllowed');
    }
  }

  /** The S3 error code to answer with, or null when the request is properly signed. */
  private authenticate(req: IncomingMessage, url: URL, body: Buffer): string | null {
    const match = AUTHORIZATION.exec(req.headers.authorization ?? '');
    const payloadHash = header(req, 'x-amz-content-sha256');
    const amzDate = header(req, 'x-amz-date');
    if (!match || !payloadHash || !amzDate) return 'AccessDenied';
    const [, accessKeyId, date, region, signedHeaders, signature] = match;
    if (accessKeyId !== this.credentials.accessKeyId) return 'InvalidAccessKeyId';
    if (!amzDate.startsWith(date ?? '-')) return 'AuthorizationHeaderMalformed';
    const names = (signedHeaders ?? '').split(';');
    if (!names.includes('host') || !names.includes('x-amz-content-sha256') || !names.includes('x-amz-date')) {
      return 'AccessDenied';
    }
    if (payloadHash !== UNSIGNED_PAYLOAD && payloadHash !== sha256Hex(body))
      return 'XAmzContentSHA256Mismatch';
    const headers: Record<string, string> = {};
    for (const name of names) headers[name] = header(req, name) ?? '';
    const canonical = canonicalRequest({
      method: req.method ?? '',
      path: url.pathname,
      query: url.search.slice(1),
      headers,
      payloadHash,
    });
    const scope = `${date}/${region}/s3/aws4_request`;
    const expected = signString(
      this.credentials.secretAccessKey,
      scope,
      stringToSign(amzDate, scope, canonical),
    );
    return expected === signature ? null : 'SignatureDoesNotMatch';
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function reply(res: ServerResponse, status: number, code: string): void {
  if (res.headersSent) return;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml' }).end(xml);
}
