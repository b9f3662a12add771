import { Module } from '@nestjs/common';
import { ScreeningModule } from '../screening/screening.module';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidatesController } from './candidates.controller';
import { CandidatesModule } from './candidates.module';

@Module({
  imports: [CandidatesModule, ScreeningModule],
  controllers: [CandidatesController],
  providers: [CandidateImportsService],
  exports: [CandidateImportsService],
})
export class CandidateRoutesModule {}
