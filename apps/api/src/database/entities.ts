import { LoginFailure } from '../auth/login-failure.entity';
import { Session } from '../auth/session.entity';
import { ChecklistItem } from '../jobs/checklist-item.entity';
import { Job } from '../jobs/job.entity';
import { JobStageRow } from '../jobs/job-stage.entity';
import { RedFlagTypeRow } from '../jobs/red-flag-type.entity';
import { RubricVersion } from '../jobs/rubric-version.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [User, Session, LoginFailure, Job, ChecklistItem, JobStageRow, RedFlagTypeRow, RubricVersion];
