import { BarChart } from '@mantine/charts';
import { Anchor, Table, Title } from '@mantine/core';
import type { ReportQuery } from '@shortlist/contracts';
import { Link } from 'react-router-dom';
import { candidateHref } from '@/config/paths';
import { useTimeInStageReport } from '../api/get-time-in-stage-report';
import { formatDays } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

export function TimeInStageReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useTimeInStageReport(query, enabled);
  return (
    <ReportSection
      kind="time-in-stage"
      title="Time in stage"
      description="Over completed visits: from entering a stage to leaving it (on, back, rejected, withdrawn or hired). The 90th percentile is the time nine in ten visits stay within."
      query={query}
      result={result}
      isEmpty={(report) => report.stages.every((s) => s.visits === 0) && report.waitingLongest.length === 0}
      empty={{
        title: 'Nothing has moved yet',
        description: 'Times appear once applications in this range move from one stage to another.',
      }}
    >
      {(report) => (
        <>
          <ChartFrame label="Bar chart of the median and 90th percentile days per stage; the table below has the numbers.">
            <BarChart
              h={260}
              data={report.stages.map((s) => ({ ...s, medianDays: s.medianDays ?? 0, p90Days: s.p90Days ?? 0 }))}
              dataKey="stageName"
              unit=" d"
              series={[
                { name: 'medianDays', label: 'Median', color: 'blue.6' },
                { name: 'p90Days', label: '90th percentile', color: 'blue.3' },
              ]}
              withLegend
            />
          </ChartFrame>
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-label="Time in stage">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Completed visits</Table.Th>
                  <Table.Th>Median</Table.Th>
                  <Table.Th>90th percentile</Table.Th>
                  <Table.Th>Waiting now</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.stages.map((stage) => (
                  <Table.Tr key={stage.stageName}>
                    <Table.Th scope="row">{stage.stageName}</Table.Th>
                    <Table.Td>{stage.visits}</Table.Td>
                    <Table.Td>{formatDays(stage.medianDays)}</Table.Td>
                    <Table.Td>{formatDays(stage.p90Days)}</Table.Td>
                    <Table.Td>{stage.waiting}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.waitingLongest.length > 0 && (
            <div>
              <Title order={3} size="h4" mb="xs">
                Waiting longest
              </Title>
              <Table.ScrollContainer minWidth={520}>
                <Table striped aria-label="Waiting longest">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Candidate</Table.Th>
                      <Table.Th>Job</Table.Th>
                      <Table.Th>Stage</Table.Th>
                      <Table.Th>Days in stage</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {report.waitingLongest.map((waiting) => (
                      <Table.Tr key={waiting.applicationId}>
                        <Table.Td>
                          <Anchor component={Link} to={candidateHref(waiting.candidateId)} size="sm">
                            {waiting.candidateName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{waiting.jobTitle}</Table.Td>
                        <Table.Td>{waiting.stageName}</Table.Td>
                        <Table.Td>{waiting.daysInStage}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          )}
        </>
      )}
    </ReportSection>
  );
}
