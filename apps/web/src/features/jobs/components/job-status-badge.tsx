import { Badge, type BadgeProps } from '@mantine/core';
import type { JobStatus } from '@shortlist/contracts';
import { STATUS_COLORS, STATUS_LABELS } from '../utils/labels';

export function JobStatusBadge({ status, ...props }: { status: JobStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" {...props}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
