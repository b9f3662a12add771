import { Body, Controller, Get, HttpCode, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { RESUME_MAX_BYTES } from '@shortlist/contracts';
import type { FastifyRequest } from 'fastify';
import { CurrentUser, Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdParam } from '../common/id-param';
import { readMultipartForm, Uploads } from '../common/uploads';
import { CandidateImportsService } from './candidate-imports.service';
import { CandidatesService } from './candidates.service';
import { CandidateSearchDto, CreateCandidateDto, UpdateCandidateDto } from './dto/candidate-input.dto';
import { CandidateDto, CandidateImportDto, CandidateImportStartedDto, CandidatePageDto } from './dto/candidate.dto';
import { ImportQueryDto, readCsvUpload } from './dto/import-query.dto';
import { AuditRead } from '../audit/read-audit';

const CANDIDATE_ROLES = ['recruiter', 'hiring_manager', 'admin'] as const;
/** 10,000 rows with a paragraph of résumé each is a few MB; 25 MiB leaves room without inviting abuse. */
export const CSV_MAX_BYTES = 25 * 1024 * 1024;

@ApiTags('candidates')
@ApiBearerAuth()
@Controller('candidates')
export class CandidatesController {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly imports: CandidateImportsService,
  ) {}

  @Roles(...CANDIDATE_ROLES)
  @Get()
  @AuditRead('candidates.searched')
  @ApiOkResponse({ type: CandidatePageDto })
  search(@Query() query: CandidateSearchDto): Promise<CandidatePageDto> {
    return this.candidates.search(query);
  }

  @Roles(...CANDIDATE_ROLES)
  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: CandidateDto })
  @ApiConflictResponse({ description: 'CANDIDATE_EMAIL_TAKEN, with existingCandidateId.' })
  create(@Body() body: CreateCandidateDto, @CurrentUser() user: AuthUser): Promise<CandidateDto> {
    return this.candidates.create(body, { actorId: user.id });
  }

  @Roles(...CANDIDATE_ROLES)
  @Post('imports')
  @Uploads({ bodyLimit: CSV_MAX_BYTES })
  @HttpCode(202)
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiBody({
    description:
      'The CSV (columns name, email, phone, source, tags, resume_text) as a text/csv body, or as the file field of a form.',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiAcceptedResponse({ type: CandidateImportStartedDto })
  async startImport(
    @Req() request: FastifyRequest,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CandidateImportStartedDto> {
    const content = await readCsvUpload(request, CSV_MAX_BYTES);
    return this.imports.start(content, { jobId: query.jobId, upsert: query.upsert, actorId: user.id });
  }

  @Roles(...CANDIDATE_ROLES)
  @Get('imports/:id')
  @AuditRead('import.viewed')
  @ApiOkResponse({ type: CandidateImportDto })
  getImport(@IdParam() id: string): Promise<CandidateImportDto> {
    return this.imports.get(id);
  }

  @Roles(...CANDIDATE_ROLES)
  @Get(':id')
  @AuditRead('candidate.viewed')
  @ApiOkResponse({
    type: CandidateDto,
    description: 'With every application of the candidate; an erased one is a tombstone with erasedAt.',
  })
  get(@IdParam() id: string): Promise<CandidateDto> {
    return this.candidates.get(id);
  }

  @Roles(...CANDIDATE_ROLES)
  @Patch(':id')
  @ApiOkResponse({ type: CandidateDto })
  @ApiConflictResponse({ description: 'VERSION_CONFLICT; CANDIDATE_EMAIL_TAKEN; CANDIDATE_ERASED.' })
  update(
    @IdParam() id: string,
    @Body() body: UpdateCandidateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CandidateDto> {
    return this.candidates.update(id, body, user.id);
  }

  @Roles(...CANDIDATE_ROLES)
  @Post(':id/resume')
  @Uploads()
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'A PDF, DOCX or text résumé of at most 5 MiB, as the file (or resume) field.',
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({ type: CandidateDto, description: 'The candidate with the extracted text.' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than 5 MiB.' })
  @ApiUnsupportedMediaTypeResponse({ description: 'UNSUPPORTED_RESUME_TYPE: not a PDF, DOCX or text, by content.' })
  @ApiUnprocessableEntityResponse({ description: 'RESUME_UNREADABLE: damaged, encrypted or empty.' })
  @ApiConflictResponse({ description: 'CANDIDATE_ERASED.' })
  async uploadResume(
    @IdParam() id: string,
    @Req() request: FastifyRequest,
    @CurrentUser() user: AuthUser,
  ): Promise<CandidateDto> {
    const form = await readMultipartForm(request, RESUME_MAX_BYTES, ['file', 'resume']);
    return this.candidates.uploadResume(id, form.file, user.id);
  }
}
