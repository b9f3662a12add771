import { BarChart } from '@mantine/charts';
import { Alert, Badge, Group, List, Table, Text } from '@mantine/core';
import type { ReportQuery, RubricProblem } from '@shortlist/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useItemReliabilityReport } from '../api/get-item-reliability-report';
import { formatRate } from '../utils/format';
import { ChartFrame, ReportSection } from './report-section';

const PROBLEM_LABELS: Record<RubricProblem, string> = {
  often_not_assessed: 'Often not assessed',
  often_disputed: 'Often disputed',
};

export function ItemReliabilityReport({ query, enabled }: { query: ReportQuery; enabled: boolean }) {
  const result = useItemReliabilityReport(query, enabled);
  return (
    <ReportSection
      kind="item-reliability"
      title="Checklist items"
      description="Not assessed: left unrated on a scorecard of a stage that focuses on the item. Disputed: on one application, ratings 2 or more points apart."
      query={query}
      result={result}
      isEmpty={(report) => report.items.every((item) => item.focusScorecards === 0 && item.compared === 0)}
      empty={{
        title: 'No submitted scorecards yet',
        description: 'Item reliability appears once interviewers submit scorecards in this range.',
      }}
    >
      {(report) => {
        const problems = report.items.filter((item) => item.problems.length > 0);
        // The chart shows the items there is something to say about; the table lists them all.
        const measured = report.items.filter((item) => item.focusScorecards > 0 || item.compared > 0);
        const multiJob = new Set(report.items.map((item) => item.jobId)).size > 1;
        const name = (item: (typeof report.items)[number]) =>
          multiJob ? `${item.label} (${item.jobTitle})` : item.label;
        return (
          <>
            {problems.length > 0 && (
              <Alert
                color="orange"
                variant="light"
                title="Rubric problems"
                icon={<IconAlertTriangle size={18} aria-hidden />}
              >
                <Text size="sm" mb="xs">
                  {`Not assessed on ≥ ${report.thresholds.notAssessedRate}% of its focus scorecards, or disputed on ≥ ${report.thresholds.disagreementRate}% of the applications it was compared on (at least ${report.thresholds.minSample} of each). Sharpen the anchors or the focus.`}
                </Text>
                <List size="sm">
                  {problems.map((item) => (
                    <List.Item key={item.itemId}>
                      {`${name(item)}: ${item.problems.map((p) => PROBLEM_LABELS[p].toLowerCase()).join(', ')}`}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {measured.length > 0 && (
              <ChartFrame label="Bar chart of how often each item with data is not assessed and disputed; the table below has every item.">
                <BarChart
                  h={Math.max(160, measured.length * 44)}
                  data={measured.map((item) => ({
                    name: name(item),
                    notAssessedRate: item.notAssessedRate ?? 0,
                    disagreementRate: item.disagreementRate ?? 0,
                  }))}
                  dataKey="name"
                  orientation="vertical"
                  yAxisProps={{ width: 200 }}
                  xAxisProps={{ domain: [0, 100] }}
                  valueFormatter={(value) => `${value}%`}
                  gridAxis="x"
                  series={[
                    { name: 'notAssessedRate', label: 'Not assessed', color: 'gray.6' },
                    { name: 'disagreementRate', label: 'Disputed', color: 'orange.6' },
                  ]}
                  withLegend
                />
              </ChartFrame>
            )}
            <Table.ScrollContainer minWidth={760}>
              <Table striped aria-label="Checklist item reliability">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Item</Table.Th>
                    <Table.Th>Not assessed</Table.Th>
                    <Table.Th>Disputed</Table.Th>
                    <Table.Th>Problems</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.items.map((item) => (
                    <Table.Tr key={item.itemId}>
                      <Table.Th scope="row">
                        {name(item)}
                        {item.retired && (
                          <Badge ml="xs" size="xs" variant="light" color="gray">
                            Retired
                          </Badge>
                        )}
                      </Table.Th>
                      <Table.Td>{`${formatRate(item.notAssessedRate)} (${item.notAssessed} of ${item.focusScorecards})`}</Table.Td>
                      <Table.Td>{`${formatRate(item.disagreementRate)} (${item.disagreements} of ${item.compared})`}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {item.problems.map((problem) => (
                            <Badge key={problem} size="sm" color="orange" variant="light">
                              {PROBLEM_LABELS[problem]}
                            </Badge>
                          ))}
                        </Group>
                      </Table.Td>
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
