import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CANDIDATE_SOURCES,
  type CandidateLink,
  type CandidateSearch,
  type CandidateSource,
  type CreateCandidateRequest,
  type UpdateCandidateRequest,
} from '@shortlist/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsString, IsUrl, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';
import { IsStringList, NestedList, Nullable, Optional } from '../../common/validators';
import { MAX_RESUME_TEXT_CHARS } from '../resume-text';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CandidateLinkDto implements CandidateLink {
  @ApiProperty({ maxLength: 100 }) @MaxLength(100) @IsString() label!: string;

  @ApiProperty({ maxLength: 2000, example: 'https://github.com/someone' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(2000)
  @IsString()
  url!: string;
}

export class CandidateFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @MaxLength(50)
  @IsString()
  @Nullable()
  phone?: string | null;

  @ApiPropertyOptional({ enum: CANDIDATE_SOURCES, default: 'sourced' })
  @IsIn(CANDIDATE_SOURCES, { message: `must be one of ${CANDIDATE_SOURCES.join(', ')}` })
  @Optional()
  source?: CandidateSource;

  @ApiPropertyOptional({ type: [String], maxItems: 50 }) @IsStringList(50, 50) @Optional() tags?: string[];

  @ApiPropertyOptional({ type: [CandidateLinkDto], maxItems: 20 })
  @NestedList(() => CandidateLinkDto, 20)
  @Optional()
  links?: CandidateLinkDto[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pasted résumé text.' })
  @MaxLength(MAX_RESUME_TEXT_CHARS)
  @IsString()
  @Nullable()
  resumeText?: string | null;
}

export class CreateCandidateDto extends CandidateFieldsDto implements CreateCandidateRequest {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  name!: string;

  @ApiProperty({ maxLength: 320, description: 'Unique among candidates (case-insensitive).' })
  @Transform(trim)
  @MaxLength(320)
  @IsEmail({}, { message: 'must be an email address' })
  email!: string;
}

export class UpdateCandidateDto extends CandidateFieldsDto implements UpdateCandidateRequest {
  @ApiPropertyOptional({ maxLength: 200 })
  @Transform(trim)
  @MaxLength(200)
  @MinLength(1, { message: 'must not be empty' })
  @IsString()
  @Optional()
  name?: string;

  @ApiPropertyOptional({ maxLength: 320 })
  @Transform(trim)
  @MaxLength(320)
  @IsEmail({}, { message: 'must be an email address' })
  @Optional()
  email?: string;

  @ApiProperty({ minimum: 1, description: 'The version the edit is based on; a stale one answers 409.' })
  @Min(1)
  @IsInt()
  version!: number;
}

export class CandidateSearchDto extends PageQueryDto implements CandidateSearch {
  @ApiPropertyOptional({
    description:
      'Case aside. 3+ characters: part of the name or email, or words of the résumé in a row (the last one may be the start of a word). ' +
      '1–2 characters: the start of the name or email, or a whole word of the résumé.',
  })
  @MaxLength(200)
  @IsString()
  @Optional()
  q?: string;

  @ApiPropertyOptional({ description: "One of the candidate's tags, whole (case aside)." })
  @MaxLength(50)
  @IsString()
  @Optional()
  tag?: string;

  @ApiPropertyOptional({
    description: 'A keyword the résumé mentions, with the screening synonyms ("SQL" finds "Postgres").',
  })
  @MaxLength(100)
  @IsString()
  @Optional()
  skill?: string;
}
