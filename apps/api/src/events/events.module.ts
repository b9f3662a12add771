import { Global, Module } from '@nestjs/common';
import { ChangeFeed } from './change-feed';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';

/** Global: the audit log announces every change to the feed; GET /api/events streams it. */
@Global()
@Module({
  controllers: [EventsController],
  providers: [ChangeFeed, EventsService],
  exports: [ChangeFeed],
})
export class EventsModule {}
