import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { STAFF_ROLES } from '@shortlist/contracts';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/id-param';
import { CreateJobDto, UpdateJobDto } from './dto/job-input.dto';
import { JobDto, JobPageDto, RubricVersionDto } from './dto/job.dto';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Roles(...STAFF_ROLES)
  @Get()
  @ApiOkResponse({ type: JobPageDto, description: 'Interviewers see the jobs they interview for.' })
  async list(@CurrentUser() user: AuthUser): Promise<JobPageDto> {
    const items = await this.jobs.list(user);
    return { items, total: items.length };
  }

  @Roles(...STAFF_ROLES)
  @Get(':id')
  @ApiOkResponse({ type: JobDto })
  @ApiNotFoundResponse({ description: 'Also for an interviewer not on any of its stages.' })
  get(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<JobDto> {
    return this.jobs.get(id, user);
  }

  @Roles('hiring_manager', 'admin')
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: JobDto })
  create(@Body() body: CreateJobDto, @CurrentUser() user: AuthUser): Promise<JobDto> {
    return this.jobs.create(body, user);
  }

  @Roles('hiring_manager', 'admin')
  @Patch(':id')
  @ApiOkResponse({ type: JobDto })
  @ApiConflictResponse({ description: 'VERSION_CONFLICT for a stale version; INVALID_STATUS_TRANSITION.' })
  update(@IdParam() id: string, @Body() body: UpdateJobDto, @CurrentUser() user: AuthUser): Promise<JobDto> {
    return this.jobs.update(id, body, user);
  }

  @Roles(...STAFF_ROLES)
  @Get(':id/rubric-versions')
  @ApiOkResponse({ type: [RubricVersionDto], description: 'Newest first.' })
  rubricVersions(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<RubricVersionDto[]> {
    return this.jobs.rubricVersions(id, user);
  }
}
