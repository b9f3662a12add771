import { Badge, Box, Paper, Table, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import type { AssessmentView, ItemBreakdown } from '@shortlist/contracts';
import { IconArrowsDiff } from '@tabler/icons-react';
import { ratingColor, ratingLabel } from './labels';

export interface RatingMatrixProps {
  assessment: AssessmentView;
  nameOf: (interviewerId: string) => string;
}

function Cell({ item, interviewerId, name }: { item: ItemBreakdown; interviewerId: string; name: string }) {
  const ratings = item.ratings.filter((rating) => rating.interviewerId === interviewerId);
  const rating = ratings[0];
  const notes = ratings.map((r) => r.note).filter((note): note is string => Boolean(note));
  const label = `${name} on ${item.label}: ${ratingLabel(rating?.value)}${notes.length ? `. Note: ${notes.join(' / ')}` : ''}`;
  const chip = (
    <Box
      w={40}
      h={28}
      style={{
        background: ratingColor(rating?.value),
        borderRadius: 6,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        color: rating ? 'white' : 'var(--mantine-color-gray-8)',
        fontWeight: 700,
        fontSize: 12,
      }}
    >
      {rating ? (typeof rating.value === 'number' ? rating.value : rating.value === 'met' ? '✓' : '✗') : '—'}
      {notes.length > 0 && <span aria-hidden>*</span>}
    </Box>
  );
  if (notes.length === 0) {
    return (
      <Box role="img" aria-label={label} w={40}>
        {chip}
      </Box>
    );
  }
  return (
    <Tooltip
      label={notes.join(' / ')}
      multiline
      w={280}
      events={{ hover: true, focus: true, touch: true }}
      withinPortal={false}
    >
      <UnstyledButton aria-label={label}>{chip}</UnstyledButton>
    </Tooltip>
  );
}

/** Items × interviewers: every submitted rating, coloured, with disagreements marked. */
export function RatingMatrix({ assessment, nameOf }: RatingMatrixProps) {
  const interviewers = assessment.interviewers;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="matrix-title">
      <Title order={2} size="h4" id="matrix-title" mb="xs">
        Ratings by interviewer
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        1 red … 4 green, grey not assessed; * has a note (hover or focus to read it).
      </Text>
      {interviewers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No submitted scorecards yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="Ratings matrix" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Item</Table.Th>
                {interviewers.map((interviewer) => (
                  <Table.Th key={interviewer.id}>{nameOf(interviewer.id)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assessment.items.map((item) => (
                <Table.Tr key={item.itemId} data-disagreement={item.disagreement || undefined}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm">{item.label}</Text>
                    {item.disagreement && (
                      <Badge
                        size="xs"
                        color="orange"
                        variant="light"
                        leftSection={<IconArrowsDiff size={10} aria-hidden />}
                        title={`Ratings differ by ${item.spread} points`}
                      >
                        Disagreement
                      </Badge>
                    )}
                  </Table.Th>
                  {interviewers.map((interviewer) => (
                    <Table.Td key={interviewer.id}>
                      <Cell item={item} interviewerId={interviewer.id} name={nameOf(interviewer.id)} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
