import { Badge, Group, List, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { AssessmentView } from '@shortlist/contracts';
import type { ReactNode } from 'react';
import { CATEGORY_LABELS, formatScore, GATE_COLORS, GATE_LABELS, PROPOSAL_COLORS, PROPOSAL_LABELS } from './labels';

interface PanelProps {
  assessment: AssessmentView;
  nameOf: (interviewerId: string) => string;
}

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

const scoreColor = (score: number | null) =>
  score === null ? 'gray' : score >= 70 ? 'teal' : score >= 50 ? 'yellow' : 'red';

export function ScorePanel({ assessment }: Pick<PanelProps, 'assessment'>) {
  return (
    <Panel id="score-title" title="Score">
      <Group gap="xl" mb="md">
        <div>
          <Text size="xs" c="dimmed">
            Overall
          </Text>
          <Text fz={32} fw={700} aria-label={`Overall score ${formatScore(assessment.overall)}`}>
            {formatScore(assessment.overall)}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            Coverage
          </Text>
          <Text fz={32} fw={700}>{`${assessment.coverage.toFixed(1)}%`}</Text>
        </div>
      </Group>
      <Stack gap="sm">
        {assessment.categories.map((category) => (
          <div key={category.category}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={500}>
                {`${CATEGORY_LABELS[category.category]} · weight ${category.weight}`}
              </Text>
              <Text size="sm">{formatScore(category.score)}</Text>
            </Group>
            <Progress
              value={category.score ?? 0}
              color={scoreColor(category.score)}
              aria-label={`${CATEGORY_LABELS[category.category]} score`}
              size="lg"
            />
            <Text size="xs" c="dimmed">{`Assessed weight ${category.assessedWeight} of ${category.totalWeight}`}</Text>
          </div>
        ))}
      </Stack>
    </Panel>
  );
}

export function ProposalPanel({ assessment }: Pick<PanelProps, 'assessment'>) {
  return (
    <Panel id="proposal-title" title="Proposal">
      <Badge size="lg" color={PROPOSAL_COLORS[assessment.proposal]} mb="xs">
        {PROPOSAL_LABELS[assessment.proposal]}
      </Badge>
      <List size="sm" spacing={2} aria-label="Proposal reasons">
        {assessment.proposalReasons.map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
    </Panel>
  );
}

export function RedFlagsPanel({ assessment, nameOf }: PanelProps) {
  return (
    <Panel id="assessment-red-flags-title" title={`Red flags (${assessment.redFlagCount})`}>
      {assessment.redFlags.length === 0 ? (
        <Text size="sm" c="dimmed">
          No red flags raised.
        </Text>
      ) : (
        <Stack gap="sm">
          {assessment.redFlags.map((flag) => (
            <div key={flag.typeId}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {flag.label}
                </Text>
                <Badge size="xs" color={flag.maxSeverity === 'dealbreaker' ? 'red' : 'orange'} variant="light">
                  {flag.maxSeverity}
                </Badge>
                {flag.corroborated && (
                  <Badge size="xs" color="red">
                    Corroborated
                  </Badge>
                )}
              </Group>
              <List size="sm" spacing={2}>
                {flag.raises.map((raise) => (
                  <List.Item key={`${raise.scorecardId}-${raise.severity}`}>
                    {`${nameOf(raise.interviewerId)} (${raise.severity})${raise.evidence ? `: ${raise.evidence}` : ''}`}
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

export function GatesPanel({ assessment, nameOf }: PanelProps) {
  return (
    <Panel id="gates-title" title="Gates">
      {assessment.gates.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          This job has no prerequisites.
        </Text>
      ) : (
        <Stack gap="xs">
          {assessment.gates.items.map((gate) => (
            <div key={gate.itemId}>
              <Group gap="xs" wrap="nowrap">
                <Badge size="sm" color={GATE_COLORS[gate.status]} variant="light">
                  {GATE_LABELS[gate.status]}
                </Badge>
                <Text size="sm">{gate.label}</Text>
                {!gate.mustHave && (
                  <Text size="xs" c="dimmed">
                    (not a gate)
                  </Text>
                )}
              </Group>
              {gate.sources.length > 0 && (
                <Text size="xs" c="dimmed">
                  {`Sources: ${gate.sources
                    .map((source) =>
                      source.kind === 'knockout'
                        ? `knock-out answer (${GATE_LABELS[source.value]})`
                        : `${nameOf(source.interviewerId)} (${GATE_LABELS[source.value]})`,
                    )
                    .join(', ')}`}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

export function AgendaPanel({ assessment }: Pick<PanelProps, 'assessment'>) {
  const { agenda } = assessment;
  const sections = [
    { title: 'Unresolved red flags', lines: agenda.unresolvedRedFlags.map((flag) => flag.label) },
    {
      title: 'Most disputed items',
      lines: agenda.mostDisputedItems.map((item) => `${item.label} (spread ${item.spread})`),
    },
    { title: 'Not assessed by anyone', lines: agenda.unassessedItems.map((item) => item.label) },
    { title: 'Unverified must-haves', lines: agenda.unverifiedGates.map((gate) => gate.label) },
  ].filter((section) => section.lines.length > 0);
  return (
    <Panel id="agenda-title" title="Debrief agenda">
      {sections.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing to discuss: no open flags, disputes or gaps.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {sections.map((section) => (
            <div key={section.title}>
              <Text size="sm" fw={600}>
                {section.title}
              </Text>
              <List size="sm" spacing={2}>
                {section.lines.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Panel>
  );
}
