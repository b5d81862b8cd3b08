import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@parity/shared/config';
import { QueueModule } from '@parity/shared/queue';
import { StorageModule } from '@parity/shared/storage';
import { IdentityModule, SessionService } from '@parity/identity';
import { PlatformDatabaseModule } from '@parity/platform';
import { CurriculumModule } from '@parity/curriculum';
import { LearningModule } from '@parity/learning';
import { AssessmentModule } from '@parity/assessment';
import { CertificationModule } from '@parity/certification';
import { NotificationsModule } from '@parity/notifications';
import { CoachingModule } from '@parity/coaching';
import { ReportingModule } from '@parity/reporting';
import { graphqlOptions } from './graphql/graphql-options.factory';
import { HealthController } from './health/health.controller';
import { FilesController } from './files/files.controller';
import { PackagesController } from './packages/packages.controller';
import { CertificatePdfController } from './certificates/certificate-pdf.controller';
import { VerifyPageController } from './verify/verify-page.controller';
import { ReportExportController } from './reports/report-export.controller';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { PlatformInfoModule } from './platform-info/platform-info.module';
import { CredentialsModule } from './credentials/credentials.module';
import { CoachingExportModule } from './coaching/coaching-export.module';

@Module({
  imports: [
    ConfigModule,
    PlatformDatabaseModule,
    QueueModule,
    StorageModule,
    IdentityModule,
    CurriculumModule,
    LearningModule,
    AssessmentModule,
    CertificationModule,
    NotificationsModule,
    CoachingModule,
    ReportingModule,
    PlatformInfoModule,
    CredentialsModule,
    CoachingExportModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [APP_CONFIG, SessionService],
      useFactory: (config: AppConfig, sessions: SessionService) => graphqlOptions(config, sessions),
    }),
  ],
  controllers: [
    HealthController,
    FilesController,
    PackagesController,
    CertificatePdfController,
    VerifyPageController,
    ReportExportController,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class AppModule {}
