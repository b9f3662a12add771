import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type BlindApplicationView, RESUME_MAX_BYTES, STAFF_ROLES } from '@shortlist/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, Public, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/id-param';
import { readMultipartForm, Uploads } from '../common/uploads';
import { ApplicationsService } from './applications.service';
import { ApplyDto, BulkDto, MoveDto, PipelineQueryDto } from './dto/application-input.dto';
import {
  ApplicationDto,
  BulkResultDto,
  PipelineDto,
  PipelineOverviewDto,
  PublicApplicationReceiptDto,
  PublicJobPostingDto,
} from './dto/application.dto';
import { PipelineService, toCsv } from './pipeline.service';
import { PublicApplicationsService } from './public-applications.service';
import { AuditRead } from '../audit/read-audit';

const PIPELINE_ROLES = ['recruiter', 'hiring_manager', 'admin'] as const;

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly pipeline: PipelineService,
  ) {}

  @Roles(...PIPELINE_ROLES)
  @Post('jobs/:id/applications')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiConflictResponse({ description: 'ALREADY_APPLIED.' })
  apply(@IdParam() jobId: string, @Body() body: ApplyDto, @CurrentUser() user: AuthUser): Promise<ApplicationDto> {
    return this.applications.apply(jobId, body, user);
  }

  @Roles(...STAFF_ROLES)
  @Get('applications/:id')
  @AuditRead('application.viewed')
  @ApiOkResponse({
    type: ApplicationDto,
    description:
      'For an interviewer who has not submitted their own scorecard, without the stored score (scoreHidden).',
  })
  @ApiNotFoundResponse({ description: 'Also for an interviewer not assigned to it.' })
  get(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<ApplicationDto | BlindApplicationView> {
    return this.applications.get(id, user);
  }

  @Roles(...PIPELINE_ROLES)
  @Post('applications/:id/moves')
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  @ApiConflictResponse({ description: 'STAGE_TRANSITION_NOT_ALLOWED; VERSION_CONFLICT when moved meanwhile.' })
  move(@IdParam() id: string, @Body() body: MoveDto, @CurrentUser() user: AuthUser): Promise<ApplicationDto> {
    return this.applications.move(id, body, user);
  }

  @Roles(...PIPELINE_ROLES)
  @Post('applications/bulk')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultDto, description: 'All or nothing: any refusal names the application.' })
  bulk(@Body() body: BulkDto, @CurrentUser() user: AuthUser): Promise<BulkResultDto> {
    return this.applications.bulk(body, user);
  }

  @Roles(...PIPELINE_ROLES)
  @Get('jobs/:id/pipeline')
  @AuditRead('pipeline.viewed')
  @ApiOkResponse({ type: PipelineDto })
  board(@IdParam() jobId: string, @Query() query: PipelineQueryDto): Promise<PipelineDto> {
    return this.pipeline.board(jobId, query);
  }

  @Roles(...PIPELINE_ROLES)
  @Get('jobs/:id/pipeline.csv')
  @AuditRead('pipeline.exported')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOkResponse({
    schema: { type: 'string' },
    description: 'Every application of the job; formula-like cells are prefixed with an apostrophe.',
  })
  async exportCsv(@IdParam() jobId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const rows = await this.pipeline.exportRows(jobId);
    reply.header('content-disposition', `attachment; filename="pipeline-${jobId}.csv"`);
    return toCsv(rows);
  }

  @Roles(...PIPELINE_ROLES)
  @Get('pipeline/overview')
  @ApiOkResponse({ type: PipelineOverviewDto })
  overview(): Promise<PipelineOverviewDto> {
    return this.pipeline.overview();
  }
}

@ApiTags('public')
@Controller('public/jobs')
export class PublicApplicationsController {
  constructor(private readonly publicApplications: PublicApplicationsService) {}

  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: PublicJobPostingDto })
  @ApiNotFoundResponse({ description: 'Also for a draft or closed job.' })
  posting(@Param('slug') slug: string): Promise<PublicJobPostingDto> {
    return this.publicApplications.posting(slug.slice(0, 100));
  }

  @Public()
  @Post(':slug/applications')
  @Uploads()
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['name', 'email'],
      properties: {
        name: { type: 'string', maxLength: 200 },
        email: { type: 'string', format: 'email', maxLength: 320 },
        knockoutAnswers: { type: 'string', description: 'JSON list of {itemId, met}.' },
        resume: { type: 'string', format: 'binary', description: 'PDF, DOCX or text, at most 5 MiB.' },
      },
    },
  })
  @ApiCreatedResponse({ type: PublicApplicationReceiptDto })
  @ApiConflictResponse({ description: 'ALREADY_APPLIED.' })
  @ApiTooManyRequestsResponse({ description: 'Rate-limited per client address; Retry-After says when.' })
  async apply(@Param('slug') slug: string, @Req() request: FastifyRequest): Promise<PublicApplicationReceiptDto> {
    await this.publicApplications.refuseWhileThrottled(request.ip);
    const form = await readMultipartForm(request, RESUME_MAX_BYTES, ['resume']);
    return this.publicApplications.apply(slug.slice(0, 100), form);
  }
}
