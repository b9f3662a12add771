import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from '../events/change-feed';
import { AuditService } from './audit.service';

/** Global: every feature that changes data records it here. */
@Global()
@Module({
  providers: [AuditService, ChangeFeed],
  exports: [AuditService, ChangeFeed],
})
export class AuditModule {}
