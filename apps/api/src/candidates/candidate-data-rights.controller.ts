import { Body, Controller, Delete, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/id-param';
import { CandidateDataRightsService } from './candidate-data-rights.service';
import {
  CandidateExportDto,
  EraseCandidatesDto,
  EraseCandidatesResultDto,
  RetentionPageDto,
  RetentionQueryDto,
} from './dto/data-rights.dto';
import { AuditRead } from '../audit/read-audit';

/** Static paths (retention, erasures) never reach `:id`: Fastify's router matches them first. */
@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidateDataRightsController {
  constructor(private readonly dataRights: CandidateDataRightsService) {}

  @Roles('admin', 'recruiter')
  @Get('retention')
  @AuditRead('candidates.retention_listed')
  @ApiOperation({
    summary: 'Candidates inactive for longer than RETENTION_DAYS, with no active application, oldest first',
  })
  @ApiOkResponse({ type: RetentionPageDto })
  retention(@Query() query: RetentionQueryDto): Promise<RetentionPageDto> {
    return this.dataRights.retention(query);
  }

  @Roles('admin')
  @Post('erasures')
  @HttpCode(200)
  @ApiOperation({ summary: 'Erase several candidates in one transaction: all of them, or none' })
  @ApiOkResponse({ type: EraseCandidatesResultDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND naming the unknown ids; nothing was erased.' })
  @ApiConflictResponse({ description: 'CANDIDATE_ERASED: one was erased already; nothing was erased.' })
  eraseMany(@Body() body: EraseCandidatesDto, @CurrentUser() user: AuthUser): Promise<EraseCandidatesResultDto> {
    return this.dataRights.eraseMany(body.candidateIds, user.id);
  }

  @Roles('recruiter', 'admin')
  @Get(':id/export')
  @ApiOperation({ summary: 'Everything held about the candidate, as one JSON document (a download)' })
  @ApiOkResponse({ type: CandidateExportDto })
  async export(
    @IdParam() id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidateExportDto> {
    const document = await this.dataRights.export(id, user.id);
    reply.header('content-disposition', `attachment; filename="candidate-${id}.json"`);
    return document;
  }

  @Roles('admin')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: "Erase the candidate's personal data; the row stays as a tombstone" })
  @ApiNoContentResponse({ description: 'Erased.' })
  @ApiConflictResponse({ description: 'CANDIDATE_ERASED: erased already.' })
  async erase(@IdParam() id: string, @CurrentUser() user: AuthUser): Promise<void> {
    await this.dataRights.erase(id, user.id);
  }
}
