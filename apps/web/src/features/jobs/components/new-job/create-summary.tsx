import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { CHECKLIST_CATEGORIES } from '@shortlist/contracts';
import { CATEGORY_LABELS, RATED_CATEGORIES } from '../../utils/labels';
import { countByCategory, type JobFormValues } from '../editor/form-values';

/** What "Create job" will save, in numbers, for a last look. */
export function CreateSummary({ values }: { values: JobFormValues }) {
  const counts = countByCategory(values.items);
  const interviews = values.stages.filter((stage) => stage.kind === 'interview');
  const mustHave = values.items.filter((item) => item.mustHave).length;
  const rows: [string, string][] = [
    ['Level', values.level],
    ['Location', values.location.trim() || '—'],
    ['Employment type', values.employmentType.trim() || '—'],
    ...CHECKLIST_CATEGORIES.map((category): [string, string] => [
      CATEGORY_LABELS[category].plural,
      String(counts[category]),
    ]),
    ['Must-have items', String(mustHave)],
    ['Interview stages', interviews.length > 0 ? interviews.map((stage) => stage.name.trim()).join(' → ') : 'None'],
    ['Red flags', String(values.redFlagTypes.length)],
    [
      'Category weights',
      RATED_CATEGORIES.map(
        (category) => `${CATEGORY_LABELS[category].plural} ${values.categoryWeights[category]}`,
      ).join(', '),
    ],
    [
      'Thresholds',
      `advance at ${values.thresholds.advance}, discuss at ${values.thresholds.discuss}, coverage ${values.thresholds.minCoverage}%`,
    ],
  ];

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3">
            {values.title.trim()}
          </Title>
          <Text size="sm" c="dimmed">
            {`${values.items.length} checklist items and a ${values.stages.length}-stage plan. Its status can be changed on the job page once it is created.`}
          </Text>
        </div>
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>Summary of the new job</Table.Caption>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={200}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
