import { Alert, Anchor, Button, Group, Paper, Stack, Text, Textarea, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  RECOMMENDATIONS,
  type JobView,
  type RatingValue,
  type Recommendation,
  type ScorecardStatus,
  type ScorecardView,
} from '@shortlist/contracts';
import { IconAlertTriangle, IconChevronDown, IconChevronRight, IconKeyboard, IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { assessmentHref } from '@/config/paths';
import { errorMessage, isApiError } from '@/lib/api-client';
import { useSaveScorecard } from '../api/save-scorecard';
import { useSubmitScorecard } from '../api/submit-scorecard';
import {
  draftFromView,
  RECOMMENDATION_LABELS,
  redFlagErrors,
  splitItems,
  toSaveRequest,
  type ScorecardDraft,
} from '../utils/scorecard-draft';
import { ItemRating } from './item-rating';
import { RedFlagsSection } from './red-flags-section';
import { SegmentedControl } from '@mantine/core';

export const AUTOSAVE_DELAY_MS = 600;

type SaveState = 'idle' | 'saving' | 'saved' | 'conflict' | 'error' | 'invalid';

const SAVE_STATE_LABELS: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  conflict: 'Conflict: not saved',
  error: 'Not saved',
  invalid: 'Not saved: fix the highlighted fields',
};

const isVersionConflict = (error: unknown) =>
  isApiError(error) && error.status === 409 && (error.code as string) === 'VERSION_CONFLICT';

export interface ScorecardEditorProps {
  applicationId: string;
  stageId: string;
  job: JobView;
  scorecardId: string;
  version: number;
  status: ScorecardStatus;
  view: ScorecardView | undefined;
  onReload: () => void;
}

export function ScorecardEditor({
  applicationId,
  stageId,
  job,
  scorecardId,
  version,
  status: initialStatus,
  view,
  onReload,
}: ScorecardEditorProps) {
  const [draft, setDraft] = useState<ScorecardDraft>(() => draftFromView(view));
  const [status, setStatus] = useState<ScorecardStatus>(initialStatus);
  const [revising, setRevising] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [showErrors, setShowErrors] = useState(false);
  const [recommendationError, setRecommendationError] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [otherOpen, setOtherOpen] = useState(false);

  const draftRef = useRef(draft);
  const versionRef = useRef(version);
  const dirtyRef = useRef(false);
  const conflictRef = useRef(false);
  const queueRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const itemsRef = useRef<HTMLDivElement>(null);

  const saveMutation = useSaveScorecard();
  const submitMutation = useSubmitScorecard();

  const locked = status === 'submitted' && !revising;
  const flagErrors = useMemo(() => redFlagErrors(draft), [draft]);
  const valid = Object.keys(flagErrors).length === 0;
  const { focus, other } = useMemo(() => splitItems(job, stageId), [job, stageId]);
  const stage = job.stages.find((candidate) => candidate.id === stageId);
  const otherVisible = otherOpen || focus.length === 0;

  const handleReload = useCallback(() => {
    notifications.hide('scorecard-conflict');
    onReload();
  }, [onReload]);

  const reportConflict = useCallback(() => {
    conflictRef.current = true;
    setSaveState('conflict');
    notifications.show({
      id: 'scorecard-conflict',
      color: 'red',
      autoClose: false,
      title: 'This scorecard was saved elsewhere',
      message: (
        <Stack gap={6} align="flex-start">
          <Text size="sm">Your latest changes were not saved. Reload to see the saved version.</Text>
          <Button size="xs" variant="light" color="red" onClick={handleReload}>
            Reload
          </Button>
        </Stack>
      ),
    });
  }, [handleReload]);

  /** Saves the draft if it changed; serialised, so every PUT carries the version the previous one answered. */
  const save = useCallback((): Promise<boolean> => {
    const run = async (): Promise<boolean> => {
      if (conflictRef.current) return false;
      if (!dirtyRef.current) return true;
      if (Object.keys(redFlagErrors(draftRef.current)).length > 0) {
        setShowErrors(true);
        setSaveState('invalid');
        return false;
      }
      dirtyRef.current = false;
      setSaveState('saving');
      try {
        const saved = await saveMutation.mutateAsync({
          scorecardId,
          body: toSaveRequest(draftRef.current, versionRef.current),
        });
        versionRef.current = saved.version;
        if (!dirtyRef.current) setSaveState('saved');
        return true;
      } catch (error) {
        dirtyRef.current = true;
        if (isVersionConflict(error)) reportConflict();
        else setSaveState('error');
        return false;
      }
    };
    queueRef.current = queueRef.current.then(run, run);
    return queueRef.current;
  }, [reportConflict, saveMutation, scorecardId]);

  // Autosave drafts (not a submitted scorecard: each change to it is a revision, saved on purpose).
  useEffect(() => {
    draftRef.current = draft;
    if (!dirtyRef.current || status !== 'draft') return undefined;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, save, status]);

  const update = (change: (current: ScorecardDraft) => ScorecardDraft) => {
    if (locked) return;
    dirtyRef.current = true;
    setSubmitError(null);
    setDraft(change);
  };

  const handleRate = (itemId: string, value: RatingValue) =>
    update((current) => ({
      ...current,
      ratings: { ...current.ratings, [itemId]: { value, note: current.ratings[itemId]?.note ?? '' } },
    }));

  const handleNote = (itemId: string, note: string) =>
    update((current) => ({
      ...current,
      ratings: { ...current.ratings, [itemId]: { value: current.ratings[itemId]?.value ?? null, note } },
    }));

  const handleNavigate = (itemId: string, delta: -1 | 1) => {
    const cards = Array.from(itemsRef.current?.querySelectorAll<HTMLElement>('[data-item-card]') ?? []);
    const index = cards.findIndex((card) => card.dataset.itemCard === itemId);
    cards[index + delta]?.focus();
  };

  const handleRecommendation = (value: string) => {
    setRecommendationError(null);
    update((current) => ({ ...current, recommendation: value as Recommendation }));
  };

  const handleSubmit = async () => {
    setShowErrors(true);
    setSubmitError(null);
    const missingRecommendation = draftRef.current.recommendation === null;
    setRecommendationError(missingRecommendation ? 'Choose an overall recommendation to submit' : null);
    if (!valid || missingRecommendation) {
      setSubmitError('Fix the highlighted fields before submitting.');
      return;
    }
    if (!(await save())) return;
    try {
      const submitted = await submitMutation.mutateAsync({
        applicationId,
        scorecardId,
        version: versionRef.current,
      });
      versionRef.current = submitted.version;
      setStatus('submitted');
      setSaveState('idle');
      notifications.show({ color: 'teal', message: 'Scorecard submitted.' });
    } catch (error) {
      if (isVersionConflict(error)) reportConflict();
      else setSubmitError(errorMessage(error));
    }
  };

  const handleSaveRevision = async () => {
    setShowErrors(true);
    if (!valid) return;
    if (await save()) {
      setRevising(false);
      notifications.show({ color: 'teal', message: 'Revision saved.' });
    }
  };

  const renderItem = (item: JobView['items'][number]) => (
    <ItemRating
      key={item.id}
      item={item}
      value={draft.ratings[item.id]?.value ?? null}
      note={draft.ratings[item.id]?.note ?? ''}
      readOnly={locked}
      onRate={handleRate}
      onNote={handleNote}
      onNavigate={handleNavigate}
    />
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text
          size="sm"
          role="status"
          aria-live="polite"
          aria-label="Save state"
          c={saveState === 'conflict' ? 'red' : 'dimmed'}
        >
          {SAVE_STATE_LABELS[saveState]}
        </Text>
      </Group>

      {saveState === 'conflict' && (
        <Alert color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title="Saved elsewhere">
          <Group justify="space-between">
            <Text size="sm">This scorecard changed since you opened it; your latest edits were not saved.</Text>
            <Button size="xs" variant="light" color="red" onClick={handleReload}>
              Reload
            </Button>
          </Group>
        </Alert>
      )}

      {status === 'submitted' && !revising && (
        <Alert color="teal" icon={<IconLock size={18} aria-hidden />} title="Submitted">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">This scorecard is submitted and locked.</Text>
            <Group gap="sm">
              <Anchor component={Link} to={assessmentHref(applicationId)} size="sm">
                See the assessment
              </Anchor>
              <Button size="xs" variant="default" onClick={() => setRevising(true)}>
                Edit scorecard
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {revising && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} aria-hidden />} title="Editing a submitted scorecard">
          Saving creates a revision of your submitted scorecard. Revisions are recorded, including whether you had seen
          other interviewers’ feedback.
        </Alert>
      )}

      {!locked && (
        <Text size="sm" c="dimmed" id="keyboard-hint">
          <IconKeyboard size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> Keyboard: focus an item (Tab
          to it), then press 1–4 to rate (prerequisites: m met, x not met), n for not assessed, and ↑ / ↓ to move
          between items.
        </Text>
      )}

      <Stack gap="sm" ref={itemsRef}>
        {focus.length > 0 && (
          <>
            <Title order={2} size="h4">
              {`Focus items for ${stage?.name ?? 'this stage'}`}
            </Title>
            {focus.map(renderItem)}
          </>
        )}
        {other.length > 0 && (
          <>
            {focus.length > 0 ? (
              <UnstyledButton onClick={() => setOtherOpen((open) => !open)} aria-expanded={otherVisible}>
                <Group gap={6}>
                  {otherVisible ? (
                    <IconChevronDown size={18} aria-hidden />
                  ) : (
                    <IconChevronRight size={18} aria-hidden />
                  )}
                  <Title order={2} size="h4" component="span">
                    {`Other items (${other.length})`}
                  </Title>
                </Group>
              </UnstyledButton>
            ) : (
              <Title order={2} size="h4">
                Items
              </Title>
            )}
            {otherVisible && other.map(renderItem)}
          </>
        )}
      </Stack>

      <RedFlagsSection
        job={job}
        stageGuidance={stage?.guidance ?? []}
        flags={draft.redFlags}
        errors={showErrors ? flagErrors : {}}
        readOnly={locked}
        onChange={(redFlags) => update((current) => ({ ...current, redFlags }))}
      />

      <Paper withBorder p="md" component="section" aria-labelledby="overall-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="overall-title">
            Overall
          </Title>
          <div>
            <Text size="sm" fw={500} id="recommendation-label">
              Overall recommendation
            </Text>
            <SegmentedControl
              aria-labelledby="recommendation-label"
              value={draft.recommendation ?? ''}
              onChange={handleRecommendation}
              readOnly={locked}
              data={RECOMMENDATIONS.map((value) => ({ value, label: RECOMMENDATION_LABELS[value] }))}
            />
            {recommendationError && (
              <Text size="xs" c="red" mt={4}>
                {recommendationError}
              </Text>
            )}
          </div>
          <Textarea
            label="Key take-aways"
            autosize
            minRows={3}
            value={draft.takeaways}
            readOnly={locked}
            onChange={(event) => {
              const takeaways = event.currentTarget.value;
              update((current) => ({ ...current, takeaways }));
            }}
          />
        </Stack>
      </Paper>

      {submitError && (
        <Alert color="red" role="alert">
          {submitError}
        </Alert>
      )}

      {status === 'draft' && (
        <Group justify="flex-end">
          <Button onClick={() => void handleSubmit()} loading={submitMutation.isPending}>
            Submit scorecard
          </Button>
        </Group>
      )}
      {revising && (
        <Group justify="flex-end">
          <Button variant="default" onClick={handleReload}>
            Discard changes
          </Button>
          <Button onClick={() => void handleSaveRevision()} loading={saveMutation.isPending}>
            Save revision
          </Button>
        </Group>
      )}
    </Stack>
  );
}
