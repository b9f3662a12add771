import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { CandidateSource, ReportQuery } from '@shortlist/contracts';
import { useSourcesReport } from '../api/get-sources-report';
import { formatRate } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

const SOURCE_LABELS: Record<CandidateSource, string> = {
  sourced: 'Sourced',
  referral: 'Referral',
  job_board: 'Job board',
  public_form: 'Public form',
  agency: 'Agency',
  import: 'Import',
  other: 'Other',
};

export function SourcesReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useSourcesReport(query, enabled);
  return (
    <ReportSection
      kind="sources"
      title="Sources"
      description="Where the applications came from (the candidate's source) and how many of them were hired."
      query={query}
      result={result}
      isEmpty={(report) => report.sources.length === 0}
      empty={{
        title: 'No applications in this range',
        description: 'Sources appear once candidates apply to the selected job in the selected dates.',
      }}
    >
      {(report) => (
        <>
          <ChartFrame label="Bar chart of applications and hires per source; the table below has the numbers.">
            <BarChart
              h={240}
              data={report.sources.map((row) => ({ ...row, source: SOURCE_LABELS[row.source] }))}
              dataKey="source"
              series={[
                { name: 'applications', label: 'Applications', color: 'blue.6' },
                { name: 'hired', label: 'Hired', color: 'teal.6' },
              ]}
              withLegend
            />
          </ChartFrame>
          <Table striped aria-label="Applications by source">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Source</Table.Th>
                <Table.Th>Applications</Table.Th>
                <Table.Th>Active</Table.Th>
                <Table.Th>Rejected</Table.Th>
                <Table.Th>Withdrawn</Table.Th>
                <Table.Th>Hired</Table.Th>
                <Table.Th>Hire rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.sources.map((row) => (
                <Table.Tr key={row.source}>
                  <Table.Th scope="row">{SOURCE_LABELS[row.source]}</Table.Th>
                  <Table.Td>{row.applications}</Table.Td>
                  <Table.Td>{row.active}</Table.Td>
                  <Table.Td>{row.rejected}</Table.Td>
                  <Table.Td>{row.withdrawn}</Table.Td>
                  <Table.Td>{row.hired}</Table.Td>
                  <Table.Td>{formatRate(row.hireRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ReportSection>
  );
}
