import { List, SimpleGrid, Stack, Text } from '@mantine/core';
import { ERASURE_KEEPS, ERASURE_REMOVES } from '../utils/data-rights';

/** What is removed and what stays, shown before anyone confirms an erasure. */
export function ErasureSummary() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <Stack gap={4}>
        <Text size="sm" fw={600} id="erasure-removes">
          Removed for good
        </Text>
        <List size="sm" spacing={2} aria-labelledby="erasure-removes">
          {ERASURE_REMOVES.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600} id="erasure-keeps">
          Kept
        </Text>
        <List size="sm" spacing={2} aria-labelledby="erasure-keeps">
          {ERASURE_KEEPS.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Stack>
    </SimpleGrid>
  );
}
