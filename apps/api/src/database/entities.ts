import { Application } from '../applications/application.entity';
import { PipelineCount } from '../applications/pipeline-count.entity';
import { ApplicationInterviewer } from '../applications/application-interviewer.entity';
import { AuditEventRow } from '../audit/audit-event.entity';
import { PublicApplicationAttempt } from '../applications/public-application-attempt.entity';
import { StageMoveRow } from '../applications/stage-move.entity';
import { CandidateImport } from '../candidates/candidate-import.entity';
import { Candidate } from '../candidates/candidate.entity';
import { ResumeFile } from '../candidates/resume-file.entity';
import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { RedFlagTypeRow } from '../jobs/red-flag-type.entity';
import { RubricVersion } from '../jobs/rubric-version.entity';
import { DecisionRow } from '../scorecards/decision.entity';
import { NoteRow } from '../scorecards/note.entity';
import { Scorecard, ScorecardRating, ScorecardRedFlag, ScorecardRevision } from '../scorecards/scorecard.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  User,
  Session,
  LoginFailure,
  Job,
  ChecklistItem,
  JobStageRow,
  RedFlagTypeRow,
  RubricVersion,
  Candidate,
  ResumeFile,
  CandidateImport,
  Application,
  PipelineCount,
  StageMoveRow,
  PublicApplicationAttempt,
  ApplicationInterviewer,
  Scorecard,
  ScorecardRating,
  ScorecardRedFlag,
  ScorecardRevision,
  DecisionRow,
  NoteRow,
  AuditEventRow,
];
