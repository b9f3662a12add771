import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { BodyLimit } from '../common/body-limit';
import { JobTemplateDto, ParseJobDescriptionDto } from './dto/job-template.dto';
import { JobTemplatesService } from './job-templates.service';

/** 1,000,000 characters of text, JSON-escaped, can take more than the global 1 MiB: 2.5 MiB leaves room. */
export const PARSE_BODY_LIMIT_BYTES = 2.5 * 1024 * 1024;

@ApiTags('job-templates')
@ApiBearerAuth()
@Controller('job-templates')
export class JobTemplatesController {
  constructor(private readonly templates: JobTemplatesService) {}

  @Roles('hiring_manager', 'recruiter', 'admin')
  @Post('parse')
  @HttpCode(200)
  @BodyLimit(PARSE_BODY_LIMIT_BYTES)
  @ApiOkResponse({ type: JobTemplateDto, description: 'Best effort: warnings say what could not be read.' })
  @ApiPayloadTooLargeResponse({ description: 'The body is larger than 2.5 MiB.' })
  parse(@Body() body: ParseJobDescriptionDto): JobTemplateDto {
    return this.templates.parse(body.text);
  }
}
