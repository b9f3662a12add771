import { BarChart } from '@mantine/charts';
import { Group, Table, Text, Title } from '@mantine/core';
import type { ReportQuery } from '@shortlist/contracts';
import { useRedFlagsReport } from '../api/get-red-flags-report';
import { formatRate } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

export function RedFlagsReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useRedFlagsReport(query, enabled);
  return (
    <ReportSection
      kind="red-flags"
      title="Red flags"
      description="Raised on submitted scorecards. Corroborated: two or more different interviewers raised it on one application. Rejected: flagged applications that were rejected."
      query={query}
      result={result}
      isEmpty={(report) => report.flaggedApplications === 0 && report.types.every((t) => t.raised === 0)}
      empty={{
        title: 'No red flags raised',
        description: 'Nobody has raised a red flag on a submitted scorecard in this range.',
      }}
    >
      {(report) => (
        <>
          <Group gap="xl" role="list" aria-label="Flagged applications">
            <div role="listitem">
              <Text size="xs" c="dimmed">
                Flagged applications
              </Text>
              <Text fw={700} size="lg">{`${report.flaggedApplications} of ${report.applications}`}</Text>
            </div>
            <div role="listitem">
              <Text size="xs" c="dimmed">
                Corroborated
              </Text>
              <Text fw={700} size="lg">
                {report.corroboratedApplications}
              </Text>
            </div>
            <div role="listitem">
              <Text size="xs" c="dimmed">
                Rejected when flagged
              </Text>
              <Text fw={700} size="lg">
                {formatRate(report.flaggedRejectionRate)}
              </Text>
            </div>
            <div role="listitem">
              <Text size="xs" c="dimmed">
                Rejected when not flagged
              </Text>
              <Text fw={700} size="lg">
                {formatRate(report.unflaggedRejectionRate)}
              </Text>
            </div>
          </Group>
          <ChartFrame label="Stacked bar chart of red flags raised per type by severity; the table below has the numbers.">
            <BarChart
              h={Math.max(180, report.types.length * 48)}
              data={report.types.map((t) => ({ label: t.label, ...t.severities }))}
              dataKey="label"
              type="stacked"
              orientation="vertical"
              yAxisProps={{ width: 180 }}
              gridAxis="x"
              series={[
                { name: 'note', label: 'Note', color: 'yellow.5' },
                { name: 'concern', label: 'Concern', color: 'orange.6' },
                { name: 'dealbreaker', label: 'Dealbreaker', color: 'red.7' },
              ]}
              withLegend
            />
          </ChartFrame>
          <Table.ScrollContainer minWidth={680}>
            <Table striped aria-label="Red flags by type">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Red flag</Table.Th>
                  <Table.Th>Raised</Table.Th>
                  <Table.Th>Applications</Table.Th>
                  <Table.Th>Corroborated</Table.Th>
                  <Table.Th>Rejected</Table.Th>
                  <Table.Th>Note / concern / dealbreaker</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.types.map((type) => (
                  <Table.Tr key={type.label}>
                    <Table.Th scope="row">{type.label}</Table.Th>
                    <Table.Td>{type.raised}</Table.Td>
                    <Table.Td>{type.applications}</Table.Td>
                    <Table.Td>{`${type.corroborated} (${formatRate(type.corroborationRate)})`}</Table.Td>
                    <Table.Td>{`${type.rejected} (${formatRate(type.rejectionRate)})`}</Table.Td>
                    <Table.Td>{`${type.severities.note} / ${type.severities.concern} / ${type.severities.dealbreaker}`}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.byStage.length > 0 && (
            <div>
              <Title order={3} size="h4" mb="xs">
                By stage
              </Title>
              <Table striped aria-label="Red flags by stage">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Stage</Table.Th>
                    <Table.Th>Red flag</Table.Th>
                    <Table.Th>Raised</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.byStage.map((row) => (
                    <Table.Tr key={`${row.stageName}/${row.label}`}>
                      <Table.Td>{row.stageName}</Table.Td>
                      <Table.Td>{row.label}</Table.Td>
                      <Table.Td>{row.raised}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </>
      )}
    </ReportSection>
  );
}
