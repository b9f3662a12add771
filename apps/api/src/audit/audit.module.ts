import { Global, Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every feature that changes data records it here. */
@Global()
@Module({
  // The feed it announces changes to (also for contexts without AppModule, such as the CLI).
  imports: [EventsModule],
  controllers: [AuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
