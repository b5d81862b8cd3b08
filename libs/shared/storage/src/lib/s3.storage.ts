import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { FileStorage, PutOptions, StoredFileInfo } from './file-storage';
import { readBody, sizeMismatch } from './read-body';
import { S3RequestError } from './s3-request.error';
import { EMPTY_PAYLOAD_SHA256, sha256Hex, signRequest, UNSIGNED_PAYLOAD, uriEncode } from './sigv4';
import { assertValidStorageKey } from './storage-key';
import { StoredFileNotFoundError } from './stored-file-not-found.error';

export interface S3StorageOptions {
  /** `https://s3.eu-central-1.amazonaws.com`, `http://minio:9000`, … Defaults to AWS's endpoint for the region. */
  endpoint?: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` (default; what MinIO and Ceph expect) rather than `bucket.endpoint/key`. */
  forcePathStyle?: boolean;
}

/**
 * An S3-compatible bucket over plain fetch and Signature V4. A Buffer body is hashed and signed; a stream with a
 * known size is sent as it comes (UNSIGNED-PAYLOAD, use HTTPS); a stream of unknown size is read into memory
 * first, since a single PutObject needs the length up front.
 */
export class S3Storage implements FileStorage {
  private readonly endpoint: URL;
  private readonly pathStyle: boolean;

  constructor(private readonly options: S3StorageOptions) {
    this.endpoint = new URL(options.endpoint ?? `https://s3.${options.region}.amazonaws.com`);
    this.pathStyle = options.forcePathStyle ?? true;
  }

  async put(key: string, body: Buffer | Readable, options: PutOptions): Promise<void> {
    assertValidStorageKey(key);
    let payload: Buffer | Readable = body;
    let payloadHash = UNSIGNED_PAYLOAD;
    if (!Buffer.isBuffer(payload) && options.size === undefined) payload = await readBody(payload);
    if (Buffer.isBuffer(payload)) {
      if (options.size !== undefined && payload.length !== options.size) {
        throw sizeMismatch(key, options.size, payload.length);
      }
      payloadHash = sha256Hex(payload);
    }
    const length = Buffer.isBuffer(payload) ? payload.length : (options.size ?? 0);
    const response = await this.send('PUT', key, payloadHash, payload, {
      'content-type': options.contentType,
      'content-length': String(length),
    });
    await this.expectOk(response, 'PutObject', key);
    await response.body?.cancel();
  }

  async get(key: string): Promise<Readable> {
    assertValidStorageKey(key);
    const response = await this.send('GET', key, EMPTY_PAYLOAD_SHA256);
    if (response.status === 404 && (await this.isMissingKey(response)))
      throw new StoredFileNotFoundError(key);
    await this.expectOk(response, 'GetObject', key);
    if (!response.body) return Readable.from([]);
    return Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  }

  async head(key: string): Promise<StoredFileInfo | null> {
    assertValidStorageKey(key);
    const response = await this.send('HEAD', key, EMPTY_PAYLOAD_SHA256);
    if (response.status === 404) return null; // a HEAD answer has no body to tell NoSuchKey from NoSuchBucket
    await this.expectOk(response, 'HeadObject', key);
    return {
      size: Number(response.headers.get('content-length') ?? 0),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    };
  }

  async delete(key: string): Promise<void> {
    assertValidStorageKey(key);
    const response = await this.send('DELETE', key, EMPTY_PAYLOAD_SHA256);
    if (response.status === 404 && (await this.isMissingKey(response))) return;
    await this.expectOk(response, 'DeleteObject', key);
    await response.body?.cancel();
  }

  private async send(
    method: string,
    key: string,
    payloadHash: string,
    body?: Buffer | Readable,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const url = this.urlFor(key);
    const signed = signRequest(
      { method, url, headers, payloadHash },
      {
        credentials: { accessKeyId: this.options.accessKeyId, secretAccessKey: this.options.secretAccessKey },
        region: this.options.region,
        service: 's3',
        date: new Date(),
      },
    );
    if (body === undefined) return fetch(url, { method, headers: signed });
    return fetch(url, { method, headers: signed, body, duplex: 'half' });
  }

  private urlFor(key: string): URL {
    const url = new URL(this.endpoint.href);
    const base = url.pathname.replace(/\/+$/, '');
    const encodedKey = key.split('/').map(uriEncode).join('/');
    if (this.pathStyle) {
      url.pathname = `${base}/${uriEncode(this.options.bucket)}/${encodedKey}`;
    } else {
      url.hostname = `${this.options.bucket}.${url.hostname}`;
      url.pathname = `${base}/${encodedKey}`;
    }
    return url;
  }

  /** 404 with NoSuchKey means "not stored"; NoSuchBucket is a configuration error and must not look like that. */
  private async isMissingKey(response: Response): Promise<boolean> {
    const code = s3ErrorCode(await response.clone().text());
    return code !== 'NoSuchBucket';
  }

  private async expectOk(response: Response, operation: string, key: string): Promise<void> {
    if (response.ok) return;
    const text = response.bodyUsed ? '' : await response.text().catch(() => '');
    throw new S3RequestError(operation, key, response.status, s3ErrorCode(text));
  }
}

function s3ErrorCode(xml: string): string | null {
  return /<Code>([^<]{1,100})<\/Code>/.exec(xml)?.[1] ?? null;
}
