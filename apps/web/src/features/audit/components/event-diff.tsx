import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { diffRows, formatValue } from '../utils/diff';

/** Before and after side by side; changed fields are marked in words as well as colour. */
export function EventDiff({ before, after, caption }: { before: unknown; after: unknown; caption: string }) {
  const rows = diffRows(before, after);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        This event records no fields.
      </Text>
    );
  }
  return (
    <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Field</Table.Th>
          <Table.Th scope="col">Before</Table.Th>
          <Table.Th scope="col">After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr
            key={row.field}
            data-changed={row.changed || undefined}
            bg={row.changed ? 'var(--mantine-color-yellow-light)' : undefined}
          >
            <Table.Th scope="row" fw={row.changed ? 700 : 400}>
              <Text span ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
                {row.field}
              </Text>{' '}
              {row.changed ? (
                <Badge size="xs" variant="default">
                  changed
                </Badge>
              ) : (
                <VisuallyHidden>unchanged</VisuallyHidden>
              )}
            </Table.Th>
            <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(row.before)}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{formatValue(row.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
