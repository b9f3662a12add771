import { BarChart } from '@mantine/charts';
import { Group, Table, Text } from '@mantine/core';
import type { ReportQuery } from '@shortlist/contracts';
import { useFunnelReport } from '../api/get-funnel-report';
import { formatRate } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

export function FunnelReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useFunnelReport(query, enabled);
  return (
    <ReportSection
      kind="funnel"
      title="Funnel"
      description="Reached: the application's furthest stage is this one or later (a skipped stage counts). Conversion: reached the next stage / reached this one."
      query={query}
      result={result}
      isEmpty={(report) => report.totals.applications === 0}
      empty={{
        title: 'No applications in this range',
        description: 'The funnel appears once candidates apply to the selected job in the selected dates.',
      }}
    >
      {(report) => (
        <>
          <Group gap="lg" role="list" aria-label="Totals">
            {(
              [
                ['Applications', report.totals.applications],
                ['Active', report.totals.active],
                ['Rejected', report.totals.rejected],
                ['Withdrawn', report.totals.withdrawn],
                ['Hired', report.totals.hired],
              ] as const
            ).map(([label, value]) => (
              <div key={label} role="listitem">
                <Text size="xs" c="dimmed">
                  {label}
                </Text>
                <Text fw={700} size="lg">
                  {value}
                </Text>
              </div>
            ))}
          </Group>
          <ChartFrame label="Bar chart of the applications that reached each stage; the table below has the numbers.">
            <BarChart
              h={Math.max(200, report.stages.length * 36)}
              data={report.stages}
              dataKey="stageName"
              orientation="vertical"
              yAxisProps={{ width: 140 }}
              gridAxis="x"
              series={[
                { name: 'reached', label: 'Reached', color: 'blue.6' },
                { name: 'rejected', label: 'Rejected here', color: 'red.6' },
              ]}
              withLegend
            />
          </ChartFrame>
          <Table.ScrollContainer minWidth={620}>
            <Table striped aria-label="Funnel by stage">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Stage</Table.Th>
                  <Table.Th>Entered</Table.Th>
                  <Table.Th>Reached</Table.Th>
                  <Table.Th>Rejected here</Table.Th>
                  <Table.Th>Withdrawn here</Table.Th>
                  <Table.Th>In stage now</Table.Th>
                  <Table.Th>Conversion to next</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.stages.map((stage) => (
                  <Table.Tr key={stage.stageName}>
                    <Table.Th scope="row">{stage.stageName}</Table.Th>
                    <Table.Td>{stage.entered}</Table.Td>
                    <Table.Td>{stage.reached}</Table.Td>
                    <Table.Td>{stage.rejected}</Table.Td>
                    <Table.Td>{stage.withdrawn}</Table.Td>
                    <Table.Td>{stage.inStage}</Table.Td>
                    <Table.Td>{formatRate(stage.conversion)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </ReportSection>
  );
}
