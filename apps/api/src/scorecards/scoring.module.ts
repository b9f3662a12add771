import { Module } from '@nestjs/common';
import { ScoringService } from './scoring.service';

/** Its own module so the jobs module can recompute scores without depending on scorecards. */
@Module({ providers: [ScoringService], exports: [ScoringService] })
export class ScoringModule {}
