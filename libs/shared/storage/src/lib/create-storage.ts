import type { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk.storage';
import { S3Storage } from './s3.storage';

export interface StorageConfig {
  STORAGE_DRIVER: 'local' | 's3';
  /** Root directory of the local driver. */
  STORAGE_DIR: string;
  /** Defaults to AWS's endpoint for S3_REGION. */
  S3_ENDPOINT?: string;
  S3_BUCKET?: string;
  S3_REGION?: string;
  S3_ACCESS_KEY_ID?: string;
  S3_SECRET_ACCESS_KEY?: string;
  /** Path-style URLs (`endpoint/bucket/key`); default true, as MinIO and Ceph expect. */
  S3_FORCE_PATH_STYLE?: boolean;
}

/** The configured storage driver; a configuration it cannot work with fails at boot with one sentence. */
export function createStorage(config: StorageConfig): FileStorage {
  switch (config.STORAGE_DRIVER) {
    case 'local':
      if (!config.STORAGE_DIR?.trim()) {
        throw new Error(
          'STORAGE_DRIVER=local needs STORAGE_DIR, the directory where uploaded files are kept.',
        );
      }
      return new LocalDiskStorage(config.STORAGE_DIR);
    case 's3': {
      const required = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
      const missing = required.filter((name) => !config[name]?.trim());
      if (missing.length > 0) {
        throw new Error(`STORAGE_DRIVER=s3 needs ${required.join(', ')}; missing: ${missing.join(', ')}.`);
      }
      if (config.S3_ENDPOINT !== undefined && !isHttpUrl(config.S3_ENDPOINT)) {
        throw new Error(
          `S3_ENDPOINT must be an http(s) URL such as http://minio:9000, not "${config.S3_ENDPOINT}".`,
        );
      }
      return new S3Storage({
        ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
        bucket: String(config.S3_BUCKET),
        region: String(config.S3_REGION),
        accessKeyId: String(config.S3_ACCESS_KEY_ID),
        secretAccessKey: String(config.S3_SECRET_ACCESS_KEY),
        forcePathStyle: config.S3_FORCE_PATH_STYLE ?? true,
      });
    }
    default: {
      const driver: never = config.STORAGE_DRIVER;
      throw new Error(`STORAGE_DRIVER must be "local" or "s3", not "${String(driver)}".`);
    }
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}
