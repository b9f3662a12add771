import { Module } from '@nestjs/common';
import { ScreeningModule } from '../screening/screening.module';
import { CandidatesService } from './candidates.service';

/** Candidates themselves; their routes (and the CSV import, which also applies) live in CandidateRoutesModule. */
@Module({
  imports: [ScreeningModule],
  providers: [CandidatesService],
  exports: [CandidatesService],
})
export class CandidatesModule {}
