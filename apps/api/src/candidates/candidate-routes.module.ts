import { Module } from '@nestjs/common';
import { ScreeningModule } from '../screening/screening.module';
import { CandidateDataRightsController } from './candidate-data-rights.controller';
import { CandidateDataRightsService } from './candidate-data-rights.service';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesModule } from './candidates.module';

@Module({
  imports: [CandidatesModule, ScreeningModule],
  controllers: [CandidatesController, CandidateDataRightsController],
  providers: [CandidateImportsService, CandidateDataRightsService],
  exports: [CandidateImportsService],
})
export class CandidateRoutesModule {}
