import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  type AssessmentView,
  type DecisionView,
  type InterviewerAssignment,
  type MyInterview,
  type NoteView,
  type ScorecardVersion,
  type ScorecardView,
  STAFF_ROLES,
} from '@shortlist/contracts';
import { CurrentUser, Roles, SignedIn } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/id-param';
import {
  AssignInterviewerDto,
  CreateNoteDto,
  DecisionDto,
  SaveScorecardDto,
  StartScorecardDto,
  SubmitScorecardDto,
} from './dto/scorecard-input.dto';
import {
  AssessmentDto,
  DecisionViewDto,
  InterviewerAssignmentDto,
  MyInterviewDto,
  NoteDto,
  ScorecardDto,
  ScorecardVersionDto,
} from './dto/scorecard.dto';
import { ScorecardsService } from './scorecards.service';
import { AuditRead } from '../audit/read-audit';

const PIPELINE_ROLES = ['recruiter', 'hiring_manager', 'admin'] as const;

@ApiTags('scorecards')
@ApiBearerAuth()
@Controller()
export class ScorecardsController {
  constructor(private readonly scorecards: ScorecardsService) {}

  @Roles(...PIPELINE_ROLES)
  @Post('applications/:id/interviewers')
  @HttpCode(201)
  @ApiCreatedResponse({ type: InterviewerAssignmentDto })
  @ApiBadRequestResponse({
    description: 'stageId not an interview stage of the job; userId not an active panel member.',
  })
  assign(
    @IdParam() id: string,
    @Body() body: AssignInterviewerDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InterviewerAssignment> {
    return this.scorecards.assign(id, body, user);
  }

  @SignedIn()
  @Get('me/interviews')
  @AuditRead('interviews.viewed')
  @ApiOkResponse({
    type: [MyInterviewDto],
    description: 'Assigned applications with their stage and whether the scorecard is due, draft or submitted.',
  })
  myInterviews(@CurrentUser() user: AuthUser): Promise<MyInterview[]> {
    return this.scorecards.myInterviews(user);
  }

  @Roles(...STAFF_ROLES)
  @Post('applications/:id/scorecards')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ScorecardVersionDto, description: 'The draft (the existing one when already started).' })
  @ApiForbiddenResponse({ description: 'Not assigned to interview this application at that stage.' })
  start(
    @IdParam() id: string,
    @Body() body: StartScorecardDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardVersion> {
    return this.scorecards.start(id, body.stageId, user);
  }

  @Roles(...STAFF_ROLES)
  @Get('applications/:id/scorecards')
  @AuditRead('scorecards.viewed')
  @ApiOkResponse({
    type: [ScorecardDto],
    description: 'Blind rule: an interviewer who has not submitted sees only their own.',
  })
  list(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<ScorecardView[]> {
    return this.scorecards.listFor(id, user);
  }

  @Roles(...STAFF_ROLES)
  @Put('scorecards/:id')
  @ApiOkResponse({ type: ScorecardVersionDto })
  @ApiNotFoundResponse({ description: 'Also for someone else’s scorecard.' })
  @ApiConflictResponse({ description: 'VERSION_CONFLICT: saved meanwhile.' })
  save(
    @IdParam() id: string,
    @Body() body: SaveScorecardDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardVersion> {
    return this.scorecards.save(id, body, user);
  }

  @Roles(...STAFF_ROLES)
  @Post('scorecards/:id/submit')
  @HttpCode(200)
  @ApiOkResponse({ type: ScorecardVersionDto })
  @ApiConflictResponse({ description: 'VERSION_CONFLICT; SCORECARD_SUBMITTED.' })
  submit(
    @IdParam() id: string,
    @Body() body: SubmitScorecardDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ScorecardVersion> {
    return this.scorecards.submit(id, body.version, user);
  }

  @Roles(...STAFF_ROLES)
  @Get('applications/:id/assessment')
  @AuditRead('assessment.viewed')
  @ApiOkResponse({ type: AssessmentDto })
  @ApiForbiddenResponse({ description: 'An interviewer who has not submitted their own scorecard.' })
  assessment(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<AssessmentView> {
    return this.scorecards.assessment(id, user);
  }

  @Roles('hiring_manager', 'admin')
  @Post('applications/:id/decision')
  @HttpCode(201)
  @ApiCreatedResponse({ type: DecisionViewDto })
  @ApiForbiddenResponse({ description: 'Not the hiring manager of this job.' })
  @ApiConflictResponse({ description: 'GATE_UNVERIFIED without override; STAGE_TRANSITION_NOT_ALLOWED.' })
  decide(@IdParam() id: string, @Body() body: DecisionDto, @CurrentUser() user: AuthUser): Promise<DecisionView> {
    return this.scorecards.decide(id, body, user);
  }

  @Roles(...STAFF_ROLES)
  @Post('applications/:id/notes')
  @HttpCode(201)
  @ApiCreatedResponse({ type: NoteDto })
  addNote(@IdParam() id: string, @Body() body: CreateNoteDto, @CurrentUser() user: AuthUser): Promise<NoteView> {
    return this.scorecards.addNote(id, body, user);
  }

  @Roles(...STAFF_ROLES)
  @Get('applications/:id/notes')
  @AuditRead('notes.viewed')
  @ApiOkResponse({ type: [NoteDto] })
  notes(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<NoteView[]> {
    return this.scorecards.notes(id, user);
  }
}
