import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../common/app-error';
import { readMultipartForm } from '../../common/uploads';
import { Optional } from '../../common/validators';

export class ImportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Apply every imported candidate to this job.' })
  @IsUUID('all')
  @Optional()
  jobId?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Update candidates whose email exists instead of reporting them.',
  })
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  @Optional()
  upsert?: boolean;
}

/** The CSV as a text/csv body or as the one file of a multipart form. */
export async function readCsvUpload(request: FastifyRequest, maxBytes: number): Promise<string> {
  if (typeof request.body === 'string') return request.body;
  if (request.isMultipart()) {
    const form = await readMultipartForm(request, maxBytes, ['file']);
    if (form.file) return form.file.bytes.toString('utf8');
  }
  throw new AppError('VALIDATION_FAILED', 'Send the CSV as a text/csv body or as the file field of a form', [
    { field: 'file', message: 'is required' },
  ]);
}
