import { BarChart } from '@mantine/charts';
import { SimpleGrid, Table, Text } from '@mantine/core';
import type { InterviewerCalibrationRow, ReportQuery } from '@shortlist/contracts';
import { useCalibrationReport } from '../api/get-calibration-report';
import { formatOffset, formatRate } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

const ratingsOf = (row: InterviewerCalibrationRow) =>
  Object.fromEntries(row.ratings.map(({ rating, count }) => [`r${rating}`, count]));

export function CalibrationReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useCalibrationReport(query, enabled);
  return (
    <ReportSection
      kind="calibration"
      title="Interviewers"
      description="Offset: mean of (their rating − the co-panelists' mean) on the same application and item; + is more generous. Overdue: the application left the stage without their scorecard."
      query={query}
      result={result}
      isEmpty={(report) => report.interviewers.length === 0}
      empty={{
        title: 'No interviewers yet',
        description: 'Interviewers appear once they are assigned to applications in this range.',
      }}
    >
      {(report) => {
        const height = Math.max(160, report.interviewers.length * 40);
        return (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <div>
                <Text fw={600} size="sm" mb="xs">
                  Offset against co-panelists (rating points)
                </Text>
                <ChartFrame label="Diverging bar chart of each interviewer's offset from zero; the table below has the numbers.">
                  <BarChart
                    h={height}
                    data={report.interviewers.map((row) => ({ name: row.name, offset: row.offset ?? 0 }))}
                    dataKey="name"
                    orientation="vertical"
                    yAxisProps={{ width: 140 }}
                    xAxisProps={{ domain: [-3, 3] }}
                    gridAxis="x"
                    series={[{ name: 'offset', label: 'Offset', color: 'blue.6' }]}
                    getBarColor={(value) => (value >= 0 ? 'teal.6' : 'red.6')}
                    referenceLines={[{ x: 0, color: 'gray.6' }]}
                  />
                </ChartFrame>
              </div>
              <div>
                <Text fw={600} size="sm" mb="xs">
                  Rating distribution
                </Text>
                <ChartFrame label="Stacked bar chart of each interviewer's share of ratings 1 to 4; the table below has the numbers.">
                  <BarChart
                    h={height}
                    data={report.interviewers.map((row) => ({ name: row.name, ...ratingsOf(row) }))}
                    dataKey="name"
                    type="percent"
                    orientation="vertical"
                    yAxisProps={{ width: 140 }}
                    gridAxis="x"
                    series={[
                      { name: 'r1', label: '1 strong no', color: 'red.7' },
                      { name: 'r2', label: '2 no', color: 'orange.5' },
                      { name: 'r3', label: '3 yes', color: 'teal.4' },
                      { name: 'r4', label: '4 strong yes', color: 'teal.8' },
                    ]}
                    withLegend
                  />
                </ChartFrame>
              </div>
            </SimpleGrid>
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label="Interviewer calibration">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Interviewer</Table.Th>
                    <Table.Th>Assigned</Table.Th>
                    <Table.Th>Submitted</Table.Th>
                    <Table.Th>Overdue</Table.Th>
                    <Table.Th>Ratings 1 / 2 / 3 / 4</Table.Th>
                    <Table.Th>Offset</Table.Th>
                    <Table.Th>Focus items assessed</Table.Th>
                    <Table.Th>Revised after seeing others</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.interviewers.map((row) => (
                    <Table.Tr key={row.interviewerId}>
                      <Table.Th scope="row">{row.name}</Table.Th>
                      <Table.Td>{row.assigned}</Table.Td>
                      <Table.Td>{row.submitted}</Table.Td>
                      <Table.Td c={row.overdue > 0 ? 'red' : undefined}>{row.overdue}</Table.Td>
                      <Table.Td>{row.ratings.map((r) => r.count).join(' / ')}</Table.Td>
                      <Table.Td>
                        {formatOffset(row.offset)}
                        {row.comparisons > 0 && (
                          <Text span size="xs" c="dimmed">{` (${row.comparisons} compared)`}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>{`${formatRate(row.focusAssessedRate)} (${row.focusAssessed} of ${row.focusItems})`}</Table.Td>
                      <Table.Td>{row.revisionsAfterSeeingOthers}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        );
      }}
    </ReportSection>
  );
}
