import { Readable } from 'node:stream';
import { FakeS3Server } from '../testing/fake-s3.server';
import { readBody } from './read-body';
import { S3RequestError } from './s3-request.error';
import { S3Storage } from './s3.storage';
import { StoredFileNotFoundError } from './stored-file-not-found.error';
import { InvalidStorageKeyError } from './invalid-storage-key.error';

const credentials = { accessKeyId: 'parity-test', secretAccessKey: 'parity-test-secret/+key' };

describe('S3Storage against a fake S3', () => {
  const s3 = new FakeS3Server('lesson-files', credentials);
  let storage: S3Storage;
  let endpoint: string;

  beforeAll(async () => {
    endpoint = await s3.start();
    storage = new S3Storage({ endpoint, bucket: 'lesson-files', region: 'eu-central-1', ...credentials });
  });

  afterAll(() => s3.stop());

  beforeEach(() => {
    s3.objects.clear();
    s3.requests.length = 0;
  });

  it('stores a buffer (signed payload) and reads it back as a stream', async () => {
    await storage.put('lessons/2024/05/abc', Buffer.from('%PDF-1.7 hello'), {
      contentType: 'application/pdf',
    });

    expect(s3.requests[0]).toMatchObject({ method: 'PUT', path: '/lesson-files/lessons/2024/05/abc' });
    expect(s3.requests[0]?.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(s3.objects.get('lessons/2024/05/abc')?.contentType).toBe('application/pdf');
    const stream = await storage.get('lessons/2024/05/abc');
    expect(stream).toBeInstanceOf(Readable);
    expect((await readBody(stream)).toString()).toBe('%PDF-1.7 hello');
  });

  it('streams a body of known size without buffering it (unsigned payload, explicit length)', async () => {
    const parts = [Buffer.alloc(70_000, 1), Buffer.alloc(30_000, 2)];

    await storage.put('big/file', Readable.from(parts), { contentType: 'video/mp4', size: 100_000 });

    expect(s3.requests[0]?.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(s3.requests[0]?.headers['content-length']).toBe('100000');
    expect(s3.objects.get('big/file')?.body.equals(Buffer.concat(parts))).toBe(true);
  });

  it('reads a stream of unknown size into memory so the length can be sent', async () => {
    await storage.put('small/file', Readable.from([Buffer.from('a,b\n'), Buffer.from('1,2\n')]), {
      contentType: 'text/csv',
    });

    expect(s3.requests[0]?.headers['content-length']).toBe('8');
    expect(s3.objects.get('small/file')?.body.toString()).toBe('a,b\n1,2\n');
  });

  it('refuses a buffer whose length is not the declared size, before sending anything', async () => {
    await expect(
      storage.put('k', Buffer.from('abc'), { contentType: 'text/plain', size: 4 }),
    ).rejects.toThrow(/Expected 4 bytes/);
    expect(s3.requests).toHaveLength(0);
  });

  it('reports size and content type, and null for a missing object', async () => {
    await storage.put('certificates/sha256/ab', Buffer.from('0123456789'), {
      contentType: 'application/pdf',
    });

    await expect(storage.head('certificates/sha256/ab')).resolves.toEqual({
      size: 10,
      contentType: 'application/pdf',
    });
    await expect(storage.head('certificates/sha256/none')).resolves.toBeNull();
  });

  it('maps a missing key to StoredFileNotFoundError', async () => {
    await expect(storage.get('nothing/here')).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('deletes, and deleting again is not an error', async () => {
    await storage.put('to/delete', Buffer.from('x'), { contentType: 'text/plain' });

    await storage.delete('to/delete');
    await storage.delete('to/delete');

    expect(s3.objects.has('to/delete')).toBe(false);
  });

  it('does not mistake a wrong bucket for a missing file', async () => {
    const wrong = new S3Storage({ endpoint, bucket: 'other', region: 'eu-central-1', ...credentials });

    await expect(wrong.get('a')).rejects.toMatchObject({ status: 404, s3Code: 'NoSuchBucket' });
    await expect(wrong.delete('a')).rejects.toBeInstanceOf(S3RequestError);
  });

  it('surfaces a rejected signature as an S3RequestError', async () => {
    const forged = new S3Storage({
      endpoint,
      bucket: 'lesson-files',
      region: 'eu-central-1',
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: 'not-the-secret',
    });

    await expect(forged.put('k', Buffer.from('x'), { contentType: 'text/plain' })).rejects.toMatchObject({
      name: 'S3RequestError',
      s3Code: 'SignatureDoesNotMatch',
    });
    expect(s3.objects.size).toBe(0);
  });

  it('is refused by the fake without a SigV4 Authorization header', async () => {
    const response = await fetch(`${endpoint}/lesson-files/k`, {
      method: 'PUT',
      body: 'x',
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('<Code>AccessDenied</Code>');
  });

  it('validates keys before any request', async () => {
    await expect(storage.get('../etc/passwd')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    expect(s3.requests).toHaveLength(0);
  });

  it('puts the bucket in the host name when path style is off', async () => {
    const virtualHosted = new S3Storage({
      endpoint: 'https://s3.example.test',
      bucket: 'lesson-files',
      region: 'eu-central-1',
      forcePathStyle: false,
      ...credentials,
    });
    const fetchSpy = jest.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(null, { status: 204 }));
    try {
      await virtualHosted.delete('a/b');
      expect(String(fetchSpy.mock.calls[0]?.[0])).toBe('https://lesson-files.s3.example.test/a/b');
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
