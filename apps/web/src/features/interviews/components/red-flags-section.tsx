import {
  ActionIcon,
  Button,
  Grid,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { RED_FLAG_SEVERITIES, type JobView, type RedFlagSeverity } from '@shortlist/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { newFlagKey, SEVERITY_LABELS, type DraftRedFlag } from '../utils/scorecard-draft';

export interface RedFlagsSectionProps {
  job: JobView;
  stageGuidance: string[];
  flags: DraftRedFlag[];
  errors: Record<string, { typeId?: string; evidence?: string }>;
  readOnly: boolean;
  onChange: (flags: DraftRedFlag[]) => void;
}

/** Red flags from the job's catalogue, with the job's FAQ guidance beside them. */
export function RedFlagsSection({ job, stageGuidance, flags, errors, readOnly, onChange }: RedFlagsSectionProps) {
  const typeOptions = job.redFlagTypes.map((type) => ({ value: type.id, label: type.label }));
  const guidance = [...stageGuidance, ...job.guidance];

  const handleAdd = () => onChange([...flags, { key: newFlagKey(), typeId: null, severity: 'concern', evidence: '' }]);
  const handleUpdate = (key: string, patch: Partial<DraftRedFlag>) =>
    onChange(flags.map((flag) => (flag.key === key ? { ...flag, ...patch } : flag)));
  const handleRemove = (key: string) => onChange(flags.filter((flag) => flag.key !== key));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="red-flags-title">
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Title order={2} size="h4" id="red-flags-title">
              Red flags
            </Title>
            {flags.length === 0 && (
              <Text size="sm" c="dimmed">
                No red flags raised.
              </Text>
            )}
            {flags.map((flag, index) => {
              const error = errors[flag.key] ?? {};
              return (
                <Paper key={flag.key} withBorder p="sm" role="group" aria-label={`Red flag ${index + 1}`}>
                  <Stack gap="xs">
                    <Group align="flex-end" wrap="nowrap">
                      <Select
                        label="Type"
                        placeholder="Choose a red flag"
                        data={typeOptions}
                        value={flag.typeId}
                        onChange={(typeId) => handleUpdate(flag.key, { typeId })}
                        error={error.typeId}
                        readOnly={readOnly}
                        comboboxProps={{ withinPortal: false }}
                        style={{ flex: 1 }}
                      />
                      {!readOnly && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove red flag ${index + 1}`}
                          onClick={() => handleRemove(flag.key)}
                          mb={4}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                    <div>
                      <Text size="sm" fw={500} id={`severity-${flag.key}`}>
                        Severity
                      </Text>
                      <SegmentedControl
                        aria-labelledby={`severity-${flag.key}`}
                        value={flag.severity}
                        onChange={(severity) => handleUpdate(flag.key, { severity: severity as RedFlagSeverity })}
                        data={RED_FLAG_SEVERITIES.map((severity) => ({
                          value: severity,
                          label: SEVERITY_LABELS[severity],
                        }))}
                        readOnly={readOnly}
                        color={flag.severity === 'dealbreaker' ? 'red' : undefined}
                      />
                    </div>
                    <Textarea
                      label="Evidence"
                      description={flag.severity === 'dealbreaker' ? 'Required for a dealbreaker.' : undefined}
                      withAsterisk={flag.severity === 'dealbreaker'}
                      aria-label={`Red flag ${index + 1} evidence`}
                      autosize
                      minRows={2}
                      value={flag.evidence}
                      error={error.evidence}
                      readOnly={readOnly}
                      onChange={(event) => handleUpdate(flag.key, { evidence: event.currentTarget.value })}
                    />
                  </Stack>
                </Paper>
              );
            })}
            {!readOnly && (
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={handleAdd}
                  disabled={typeOptions.length === 0}
                >
                  Raise a red flag
                </Button>
              </Group>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper bg="var(--mantine-color-default-hover)" p="sm" radius="md" component="aside" aria-label="Guidance">
            <Text fw={600} size="sm" mb={4}>
              Guidance
            </Text>
            {guidance.length === 0 ? (
              <Text size="sm" c="dimmed">
                This job has no interviewer guidance.
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {guidance.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
