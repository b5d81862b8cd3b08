import { Module } from '@nestjs/common';
import { PlatformInfoResolver } from './platform-info.resolver';

@Module({ providers: [PlatformInfoResolver] })
export class PlatformInfoModule {}
