import { createStorage } from './create-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

const s3 = {
  STORAGE_DRIVER: 's3' as const,
  STORAGE_DIR: '',
  S3_BUCKET: 'files',
  S3_REGION: 'eu-central-1',
  S3_ACCESS_KEY_ID: 'id',
  S3_SECRET_ACCESS_KEY: 'secret',
};

describe('createStorage', () => {
  it('makes local disk storage under STORAGE_DIR', () => {
    expect(createStorage({ STORAGE_DRIVER: 'local', STORAGE_DIR: '/var/lib/parity/files' })).toBeInstanceOf(
      LocalDiskStorage,
    );
  });

  it('needs STORAGE_DIR for the local driver', () => {
    expect(() => createStorage({ STORAGE_DRIVER: 'local', STORAGE_DIR: ' ' })).toThrow(
      'STORAGE_DRIVER=local needs STORAGE_DIR, the directory where uploaded files are kept.',
    );
  });

  it('makes S3 storage, with or without an endpoint', () => {
    expect(createStorage(s3)).toBeInstanceOf(S3Storage);
    expect(
      createStorage({ ...s3, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: false }),
    ).toBeInstanceOf(S3Storage);
  });

  it('names every missing S3 setting in one sentence', () => {
    expect(() => createStorage({ ...s3, S3_BUCKET: undefined, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      'STORAGE_DRIVER=s3 needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY; missing: S3_BUCKET, S3_SECRET_ACCESS_KEY.',
    );
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    expect(() => createStorage({ ...s3, S3_ENDPOINT: 'minio:9000' })).toThrow(
      /^S3_ENDPOINT must be an http\(s\) URL/,
    );
  });

  it('refuses an unknown driver', () => {
    expect(() => createStorage({ STORAGE_DRIVER: 'ftp' as never, STORAGE_DIR: 'x' })).toThrow(
      'STORAGE_DRIVER must be "local" or "s3", not "ftp".',
    );
  });
});
