import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { ScorecardsController } from './scorecards.controller';
import { ScorecardsService } from './scorecards.service';
import { ScoringModule } from './scoring.module';

@Module({
  imports: [ApplicationsModule, ScoringModule],
  controllers: [ScorecardsController],
  providers: [ScorecardsService],
})
export class ScorecardsModule {}
