import { Global, Module } from '@nestjs/common';
import { isAbsolute, resolve } from 'node:path';
import { APP_CONFIG, type AppConfig } from '@parity/shared/config';
import { createStorage } from './create-storage';

/** Injection token of the configured FileStorage. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

@Global()
@Module({
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        createStorage({
          ...config,
          STORAGE_DIR: isAbsolute(config.STORAGE_DIR)
            ? config.STORAGE_DIR
            : resolve(process.cwd(), config.STORAGE_DIR),
        }),
    },
  ],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
