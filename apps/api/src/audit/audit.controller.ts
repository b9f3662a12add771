import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { AuditService } from './audit.service';
import { AuditPageDto, AuditVerificationDto } from './dto/audit.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto, description: 'Newest first; page with nextBeforeSeq.' })
  @ApiBadRequestResponse({ description: 'A filter that is not valid names itself.' })
  list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list(query);
  }

  @Get('verify')
  @ApiOkResponse({ type: AuditVerificationDto, description: 'Recomputes the whole hash chain.' })
  verify(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
