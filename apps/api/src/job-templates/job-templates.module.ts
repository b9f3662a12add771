import { Module } from '@nestjs/common';
import { JobTemplatesController } from './job-templates.controller';
import { JobTemplatesService } from './job-templates.service';

@Module({
  controllers: [JobTemplatesController],
  providers: [JobTemplatesService],
  exports: [JobTemplatesService],
})
export class JobTemplatesModule {}
