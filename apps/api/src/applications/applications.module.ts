import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { ScreeningModule } from '../screening/screening.module';
import { ApplicationsController, PublicApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { PipelineService } from './pipeline.service';
import { PublicApplicationsService } from './public-applications.service';

@Module({
  imports: [ScreeningModule, CandidatesModule],
  controllers: [ApplicationsController, PublicApplicationsController],
  providers: [ApplicationsService, PipelineService, PublicApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
