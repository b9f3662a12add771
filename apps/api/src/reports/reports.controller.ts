import { applyDecorators, Controller, Get, Header, Query, Res, type Type } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { ReportKind, ReportQuery } from '@shortlist/contracts';
import type { FastifyReply } from 'fastify';
import { Roles } from '../auth/access.decorators';
import { ReportQueryDto } from './dto/report-query.dto';
import {
  CalibrationReportDto,
  FunnelReportDto,
  ItemReliabilityReportDto,
  RedFlagsReportDto,
  SourcesReportDto,
  TimeInStageReportDto,
} from './dto/report.dto';
import { REPORT_CSV } from './reports-csv';
import { ReportsService } from './reports.service';
import { AuditRead } from '../audit/read-audit';

const SCOPE =
  'Over the applications of the job (`jobId`, else every job) applied in [from, to). Rates are percentages with one decimal, null when there is nothing to divide by.';

/** What each report counts: the OpenAPI descriptions and docs/ARCHITECTURE.md ("Reports") say the same. */
const DEFINITIONS: Record<ReportKind, string> = {
  funnel:
    'Funnel and pass-through per stage in plan order. entered = applications that were ever in the stage; reached = applications whose furthest stage in plan order (ever) is this stage or a later one, so a skipped stage is reached but not entered; rejected / withdrawn = applications rejected / withdrawn while in the stage (status now, so an undone rejection does not count); inStage = active there now; conversion = reached(next stage) / reached(this stage). Without a job, stages of the same name are added up across jobs.',
  'time-in-stage':
    'Time in stage: a visit starts when the application enters the stage as active (applied, moved in, rejection undone) and ends at its next move out while active (on, back, rejected, withdrawn, hired). median and p90 (linear interpolation between closest ranks, as PostgreSQL percentile_cont) are over completed visits, in days; waiting = active applications in the stage now; waitingLongest = the 10 active applications longest in their current stage.',
  'red-flags':
    'Red flags raised on submitted scorecards, by type (label) and by the stage of the scorecard. corroborated = applications where two or more different interviewers raised the type; rejected = flagged applications whose status is rejected. flaggedApplications counts applications with a stored red-flag count above 0; unflaggedRejectionRate is the rejection rate of the others, for comparison.',
  calibration:
    'Per interviewer: assigned = (application, interview stage) pairs they are assigned to, explicitly or as the stage panel once the application entered the stage; overdue = assigned pairs with no submitted scorecard although the application entered the stage and now stands on a later one; ratings = their submitted 1–4 ratings; offset = mean of (their rating − mean of the other interviewers’ ratings) on the same application and item (DESIGN.md); focusAssessedRate = focus items of their stages they rated / focus items, over their submitted scorecards; revisionsAfterSeeingOthers = edits of a submitted scorecard made after another interviewer had submitted on the application.',
  'item-reliability':
    'Per checklist item: notAssessed = submitted scorecards of a stage that focuses on the item which left it not assessed; compared = applications with two or more submitted ratings of it; disagreements = those whose ratings span 2 or more (prerequisites: both met and not met). An item is named a rubric problem when not assessed on ≥ 50% of ≥ 2 focus scorecards (often_not_assessed) or disputed on ≥ 25% of ≥ 2 compared applications (often_disputed).',
  sources: 'Applications and hires by the candidate’s source; hireRate = hired / applications.',
};

const REPORT_ROLES = ['recruiter', 'hiring_manager', 'admin'] as const;

const SUMMARIES: Record<ReportKind, string> = {
  funnel: 'Funnel and pass-through per stage',
  'time-in-stage': 'Time in stage (median, 90th percentile) and the applications waiting longest',
  'red-flags': 'Red flags by type and stage, corroboration and rejection',
  calibration: 'Interviewer calibration',
  'item-reliability': 'Checklist item reliability and rubric problems',
  sources: 'Applications and hires by source',
};

const Report = (kind: ReportKind, type: Type<unknown>) =>
  applyDecorators(
    ApiOperation({ summary: SUMMARIES[kind], description: `${DEFINITIONS[kind]} ${SCOPE}` }),
    ApiOkResponse({ type }),
  );

const CsvReport = (kind: ReportKind) =>
  applyDecorators(
    ApiOperation({
      summary: `The ${kind} report as CSV`,
      description: `The same numbers as GET /reports/${kind}. Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.`,
    }),
    ApiProduces('text/csv'),
    Header('content-type', 'text/csv; charset=utf-8'),
    ApiOkResponse({ schema: { type: 'string' }, description: 'text/csv' }),
  );

function csv(reply: FastifyReply, kind: ReportKind, query: ReportQuery, body: string): string {
  reply.header('content-disposition', `attachment; filename="${kind}${query.jobId ? `-${query.jobId}` : ''}.csv"`);
  return body;
}

@ApiTags('reports')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the query parameter (jobId, from, to).' })
@ApiNotFoundResponse({ description: 'The job named by jobId does not exist.' })
@Roles(...REPORT_ROLES)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('funnel')
  @Report('funnel', FunnelReportDto)
  funnel(@Query() query: ReportQueryDto): Promise<FunnelReportDto> {
    return this.reports.funnel(query);
  }

  @Get('funnel.csv')
  @CsvReport('funnel')
  async funnelCsv(@Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return csv(reply, 'funnel', query, REPORT_CSV.funnel(await this.reports.funnel(query)));
  }

  @Get('time-in-stage')
  @AuditRead('report.viewed')
  @Report('time-in-stage', TimeInStageReportDto)
  timeInStage(@Query() query: ReportQueryDto): Promise<TimeInStageReportDto> {
    return this.reports.timeInStage(query);
  }

  @Get('time-in-stage.csv')
  @AuditRead('report.viewed')
  @CsvReport('time-in-stage')
  async timeInStageCsv(
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return csv(reply, 'time-in-stage', query, REPORT_CSV['time-in-stage'](await this.reports.timeInStage(query)));
  }

  @Get('red-flags')
  @Report('red-flags', RedFlagsReportDto)
  redFlags(@Query() query: ReportQueryDto): Promise<RedFlagsReportDto> {
    return this.reports.redFlags(query);
  }

  @Get('red-flags.csv')
  @CsvReport('red-flags')
  async redFlagsCsv(@Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return csv(reply, 'red-flags', query, REPORT_CSV['red-flags'](await this.reports.redFlags(query)));
  }

  @Get('calibration')
  @Report('calibration', CalibrationReportDto)
  calibration(@Query() query: ReportQueryDto): Promise<CalibrationReportDto> {
    return this.reports.calibration(query);
  }

  @Get('calibration.csv')
  @CsvReport('calibration')
  async calibrationCsv(
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return csv(reply, 'calibration', query, REPORT_CSV.calibration(await this.reports.calibration(query)));
  }

  @Get('item-reliability')
  @Report('item-reliability', ItemReliabilityReportDto)
  itemReliability(@Query() query: ReportQueryDto): Promise<ItemReliabilityReportDto> {
    return this.reports.itemReliability(query);
  }

  @Get('item-reliability.csv')
  @CsvReport('item-reliability')
  async itemReliabilityCsv(
    @Query() query: ReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return csv(
      reply,
      'item-reliability',
      query,
      REPORT_CSV['item-reliability'](await this.reports.itemReliability(query)),
    );
  }

  @Get('sources')
  @Report('sources', SourcesReportDto)
  sources(@Query() query: ReportQueryDto): Promise<SourcesReportDto> {
    return this.reports.sources(query);
  }

  @Get('sources.csv')
  @CsvReport('sources')
  async sourcesCsv(@Query() query: ReportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return csv(reply, 'sources', query, REPORT_CSV.sources(await this.reports.sources(query)));
  }
}
