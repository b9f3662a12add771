import { ThemeIcon, Tooltip } from '@mantine/core';
import type { GateStatus } from '@shortlist/contracts';
import { IconCheck, IconClock, IconX } from '@tabler/icons-react';

const GATES: Record<GateStatus, { label: string; color: string; icon: typeof IconCheck }> = {
  pass: { label: 'Gates passed', color: 'teal', icon: IconCheck },
  pending: { label: 'Gates pending', color: 'gray', icon: IconClock },
  fail: { label: 'Gate failed', color: 'red', icon: IconX },
};

export function GateIcon({ gates }: { gates: GateStatus }) {
  const { label, color, icon: GateStatusIcon } = GATES[gates];
  return (
    <Tooltip label={label} withinPortal={false}>
      <ThemeIcon size="sm" radius="xl" variant="light" color={color} role="img" aria-label={label}>
        <GateStatusIcon size={12} aria-hidden />
      </ThemeIcon>
    </Tooltip>
  );
}
