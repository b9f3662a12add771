import { Badge, type MantineColor } from '@mantine/core';
import { ROLE_LABELS, type Role } from '@shortlist/contracts';

const ROLE_COLORS: Record<Role, MantineColor> = {
  admin: 'grape',
  recruiter: 'blue',
  hiring_manager: 'cyan',
  interviewer: 'gray',
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="light">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
