import { Alert, Button, Checkbox, Paper, Radio, Stack, Text, Textarea, Title, Group } from '@mantine/core';
import { DECISIONS, type AssessmentView, type Decision } from '@shortlist/contracts';
import { useState, type FormEvent } from 'react';
import { errorMessage, isApiError } from '@/lib/api-client';
import { splitFieldErrors } from '@/lib/form-errors';
import { useDecideApplication } from '../api/decide-application';
import { PROPOSAL_LABELS } from './labels';

const DECISION_LABELS: Record<Decision, string> = { advance: 'Advance', hire: 'Hire', reject: 'Reject' };

/** Mirrors the API: advance and hire agree with an "advance" proposal, reject with "reject". */
export function agreesWithProposal(decision: Decision, proposal: AssessmentView['proposal']): boolean {
  return (decision === 'reject' ? 'reject' : 'advance') === proposal;
}

export interface DecisionFormProps {
  applicationId: string;
  assessment: AssessmentView;
}

export function DecisionForm({ applicationId, assessment }: DecisionFormProps) {
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState(false);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [decisionError, setDecisionError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const decideMutation = useDecideApplication();

  const differs = decision !== null && !agreesWithProposal(decision, assessment.proposal);
  const gateUnverified = assessment.gates.status === 'pending' && decision !== null && decision !== 'reject';
  const reasonRequired = differs || (gateUnverified && override);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (decision === null) {
      setDecisionError('Choose a decision');
      return;
    }
    if (reasonRequired && reason.trim() === '') {
      setReasonError(
        differs
          ? 'A reason is required when the decision differs from the proposal'
          : 'A reason is required to override an unverified gate',
      );
      return;
    }
    decideMutation.mutate(
      {
        applicationId,
        request: {
          decision,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          ...(gateUnverified && override ? { override: true } : {}),
        },
      },
      {
        onError: (error) => {
          const { byField, unmatched } = splitFieldErrors(error, ['reason', 'decision'] as const);
          if (byField.reason) setReasonError(`Reason ${byField.reason}`);
          if (byField.decision) setDecisionError(`Decision ${byField.decision}`);
          if (isApiError(error) && (error.code as string) === 'GATE_UNVERIFIED') {
            setFormError(
              `${errorMessage(error)}. Tick “Override unverified gate” and give a reason, or verify the gate first.`,
            );
          } else if (!byField.reason && !byField.decision) {
            setFormError(
              unmatched.length ? unmatched.map((e) => `${e.field} ${e.message}`).join('; ') : errorMessage(error),
            );
          }
        },
      },
    );
  };

  if (decideMutation.isSuccess) {
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
        <Title order={2} size="h4" id="decision-title" mb="xs">
          Decision
        </Title>
        <Alert color="teal" title="Decision recorded">
          {`${DECISION_LABELS[decideMutation.data.decision]}${decideMutation.data.reason ? `: ${decideMutation.data.reason}` : ''}`}
        </Alert>
      </Paper>
    );
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={handleSubmit} aria-labelledby="decision-title" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="decision-title">
          Decision
        </Title>
        <Text size="sm" c="dimmed">{`Proposal: ${PROPOSAL_LABELS[assessment.proposal]}`}</Text>
        <Radio.Group
          label="Decision"
          value={decision ?? ''}
          onChange={(value) => {
            setDecision(value as Decision);
            setDecisionError(null);
            setReasonError(null);
            setFormError(null);
          }}
          error={decisionError}
        >
          <Group mt={4}>
            {DECISIONS.map((value) => (
              <Radio key={value} value={value} label={DECISION_LABELS[value]} />
            ))}
          </Group>
        </Radio.Group>
        {differs && (
          <Text size="sm" c="orange.8">
            {`This differs from the proposal (${PROPOSAL_LABELS[assessment.proposal]}): a reason is required.`}
          </Text>
        )}
        {gateUnverified && (
          <Checkbox
            label="Override unverified gate"
            description="A must-have prerequisite is still unverified. Overriding needs a written reason."
            checked={override}
            onChange={(event) => {
              setOverride(event.currentTarget.checked);
              setFormError(null);
            }}
          />
        )}
        <Textarea
          label="Reason"
          withAsterisk={reasonRequired}
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          error={reasonError}
        />
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={decideMutation.isPending}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
