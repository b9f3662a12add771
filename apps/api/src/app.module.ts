import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ApplicationsModule } from './applications/applications.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CandidateRoutesModule } from './candidates/candidate-routes.module';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { AppValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { JobTemplatesModule } from './job-templates/job-templates.module';
import { JobsModule } from './jobs/jobs.module';
import { loggerOptions } from './logger';
import { ReportsModule } from './reports/reports.module';
import { ScorecardsModule } from './scorecards/scorecards.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule,
        EventsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        JobTemplatesModule,
        JobsModule,
        CandidateRoutesModule,
        ApplicationsModule,
        ScorecardsModule,
        ReportsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: AppValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
