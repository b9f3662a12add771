import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EventsModule } from '../events/events.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { ReadAuditInterceptor } from './read-audit';

/** Global: every feature that changes data records it here. */
@Global()
@Module({
  // The feed it announces changes to (also for contexts without AppModule, such as the CLI).
  imports: [EventsModule],
  controllers: [AuditController],
  providers: [AuditService, { provide: APP_INTERCEPTOR, useClass: ReadAuditInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}
