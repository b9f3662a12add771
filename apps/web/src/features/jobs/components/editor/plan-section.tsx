import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { usePanel } from '../../api/get-panel';
import { newStage } from './form-values';
import { SectionCard } from '@/components/ui/section-card';
import { itemOptions } from './item-options';
import { StageRow } from './stage-row';
import { interviewNeighbour, moveStage, newStageIndex, useFormSelector, type JobForm } from './use-job-form';

export function PlanSection({ form }: { form: JobForm }) {
  const { stages } = form.getValues();
  const options = useFormSelector(form, 'items', itemOptions);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const panel = usePanel();
  const panelOptions = useMemo(
    () => (panel.data?.items ?? []).map((member) => ({ value: member.id, label: `${member.name} (${member.email})` })),
    [panel.data],
  );

  const handleAddStage = () => {
    const at = newStageIndex(form.getValues().stages);
    form.insertListItem('stages', newStage(), at);
    requestAnimationFrame(() => form.getInputNode(`stages.${at}.name`)?.focus());
  };

  const handleMove = (index: number, direction: -1 | 1) => moveStage(form, index, direction);
  const handleRemove = (index: number) => {
    form.removeListItem('stages', index);
    addButtonRef.current?.focus();
  };

  return (
    <SectionCard
      title="Interview plan"
      description="Candidates move through these stages in order. Interview stages can be added, removed and reordered; the others are fixed."
      actions={
        <Button
          ref={addButtonRef}
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={handleAddStage}
        >
          Add interview stage
        </Button>
      }
    >
      <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
        {stages.map((stage, index) => (
          <li key={stage.key}>
            <StageRow
              form={form}
              stage={stage}
              index={index}
              itemOptions={options}
              panelOptions={panelOptions}
              panelError={panel.isError}
              canMoveUp={interviewNeighbour(stages, index, -1) >= 0}
              canMoveDown={interviewNeighbour(stages, index, 1) >= 0}
              onMove={handleMove}
              onRemove={handleRemove}
            />
          </li>
        ))}
      </ol>
    </SectionCard>
  );
}
