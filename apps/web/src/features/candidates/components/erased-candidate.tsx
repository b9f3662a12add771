import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { CandidateView } from '@shortlist/contracts';
import { IconArrowLeft, IconShieldCheck } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { SectionCard } from '@/components/ui/section-card';
import { jobHref, paths } from '@/config/paths';
import { dateFormat, dateTimeFormat, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

/** What remains of an erased candidate: when it happened, and the applications that still count in reports. */
export function ErasedCandidate({ candidate }: { candidate: CandidateView }) {
  return (
    <Stack gap="lg">
      <title>{`${candidate.name} · Shortlist`}</title>
      <Stack gap="xs">
        <Anchor component={Link} to={paths.candidates} size="sm" w="fit-content">
          <Group gap={4} component="span">
            <IconArrowLeft size={14} aria-hidden />
            All candidates
          </Group>
        </Anchor>
        <Title order={1} size="h2">
          {candidate.name}
        </Title>
      </Stack>
      <Alert color="gray" icon={<IconShieldCheck size={20} aria-hidden />} title="Personal data erased">
        <Text size="sm">
          {`This candidate's personal data was erased on ${dateTimeFormat.format(new Date(candidate.erasedAt!))}. `}
          Their name, contact details and résumé are gone, and they can no longer be edited or applied to a job. Their
          applications stay below so reports still count them.
        </Text>
      </Alert>
      <SectionCard title="Applications">
        {candidate.applications.length === 0 ? (
          <Text size="sm" c="dimmed">
            No applications.
          </Text>
        ) : (
          <Table aria-label="Applications">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Applied</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidate.applications.map((application) => (
                <Table.Tr key={application.applicationId}>
                  <Table.Td>
                    <Anchor component={Link} to={jobHref(application.jobId)}>
                      {application.jobTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{application.stageName}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[application.status]} variant="light">
                      {STATUS_LABELS[application.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{dateFormat.format(new Date(application.appliedAt))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
    </Stack>
  );
}
