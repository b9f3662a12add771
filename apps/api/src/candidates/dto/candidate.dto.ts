import { ApiProperty } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  CANDIDATE_IMPORT_STATUSES,
  CANDIDATE_SOURCES,
  type CandidateApplicationSummary,
  type CandidateImportStatus,
  type CandidateImportView,
  type CandidateListItem,
  type CandidatePage,
  type CandidateSource,
  type CandidateView,
  type CsvImportResult,
  type CsvImportRowError,
  RESUME_MIME_TYPES,
  type ResumeFileView,
  type ResumeMimeType,
} from '@shortlist/contracts';
import { CandidateLinkDto } from './candidate-input.dto';

export class ResumeFileDto implements ResumeFileView {
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: RESUME_MIME_TYPES, description: 'Read from the content, not the name.' })
  mimeType!: ResumeMimeType;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class CandidateApplicationSummaryDto implements CandidateApplicationSummary {
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ format: 'uuid' }) jobId!: string;
  @ApiProperty() jobTitle!: string;
  @ApiProperty() stageName!: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: ApplicationStatus;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
}

export class CandidateDto implements CandidateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ enum: CANDIDATE_SOURCES }) source!: CandidateSource;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ type: [CandidateLinkDto] }) links!: CandidateLinkDto[];
  @ApiProperty({ type: String, nullable: true }) resumeText!: string | null;
  @ApiProperty({ type: ResumeFileDto, nullable: true }) resumeFile!: ResumeFileDto | null;
  @ApiProperty({ type: [CandidateApplicationSummaryDto] }) applications!: CandidateApplicationSummaryDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ description: 'Send it back with every PATCH; a stale one answers 409.' }) version!: number;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set once the personal data was erased: the candidate is then a tombstone (409 on any change).',
  })
  erasedAt!: string | null;
}

export class CandidateListItemDto implements CandidateListItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: CANDIDATE_SOURCES }) source!: CandidateSource;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty() applicationCount!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CandidatePageDto implements CandidatePage {
  @ApiProperty({ type: [CandidateListItemDto] }) items!: CandidateListItemDto[];
  @ApiProperty({ description: 'Matches in all, beyond this page.' }) total!: number;
}

export class CsvImportRowErrorDto implements CsvImportRowError {
  @ApiProperty({ description: 'Line of the file, the header being line 1.' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class CsvImportResultDto implements CsvImportResult {
  @ApiProperty() imported!: number;
  @ApiProperty() applied!: number;
  @ApiProperty({ type: [CsvImportRowErrorDto] }) errors!: CsvImportRowErrorDto[];
}

export class CandidateImportDto implements CandidateImportView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CANDIDATE_IMPORT_STATUSES }) status!: CandidateImportStatus;
  @ApiProperty({ description: 'Data rows (the header excluded).' }) total!: number;
  @ApiProperty({ description: 'Validation plus insertion steps done, out of 2 × total.' }) processed!: number;
  @ApiProperty({ type: [CsvImportRowErrorDto] }) errors!: CsvImportRowErrorDto[];
  @ApiProperty({ type: CsvImportResultDto, nullable: true }) result!: CsvImportResultDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) jobId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CandidateImportStartedDto {
  @ApiProperty({ format: 'uuid', description: 'Poll GET /candidates/imports/:id.' }) id!: string;
}
