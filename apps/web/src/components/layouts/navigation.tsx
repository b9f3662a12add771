import { NavLink, Stack, Text } from '@mantine/core';
import type { Role } from '@shortlist/contracts';
import {
  IconBriefcase,
  IconCalendarEvent,
  IconChartBar,
  IconClockHour4,
  IconHistory,
  IconHome,
  IconUserSearch,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Link, useMatch } from 'react-router-dom';
import { paths } from '@/config/paths';
import { canAccess, type Area } from '@/lib/authorization';

interface NavItem {
  area: Area;
  label: string;
  to: string;
  icon: Icon;
}

const MAIN_ITEMS: NavItem[] = [
  { area: 'recruiterHome', label: 'Home', to: paths.recruiterHome, icon: IconHome },
  { area: 'jobs', label: 'Jobs', to: paths.jobs, icon: IconBriefcase },
  { area: 'candidates', label: 'Candidates', to: paths.candidates, icon: IconUserSearch },
  { area: 'interviews', label: 'My interviews', to: paths.interviews, icon: IconCalendarEvent },
  { area: 'reports', label: 'Reports', to: paths.reports, icon: IconChartBar },
];

const ADMIN_ITEMS: NavItem[] = [
  { area: 'adminUsers', label: 'Users', to: paths.adminUsers, icon: IconUsers },
  { area: 'adminAudit', label: 'Audit log', to: paths.adminAudit, icon: IconHistory },
  { area: 'adminRetention', label: 'Data retention', to: paths.adminRetention, icon: IconClockHour4 },
];

export interface NavigationProps {
  role: Role;
  onNavigate?: () => void;
}

export function Navigation({ role, onNavigate }: NavigationProps) {
  const mainItems = MAIN_ITEMS.filter((item) => canAccess(role, item.area));
  const adminItems = ADMIN_ITEMS.filter((item) => canAccess(role, item.area));

  return (
    <Stack gap="lg">
      <Stack gap={2}>
        {mainItems.map((item) => (
          <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      {adminItems.length > 0 && (
        <Stack gap={2} role="group" aria-labelledby="nav-admin-heading">
          <Text id="nav-admin-heading" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">
            Admin
          </Text>
          {adminItems.map((item) => (
            <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const active = useMatch({ path: item.to, end: false }) !== null;
  const ItemIcon = item.icon;
  return (
    <NavLink
      component={Link}
      to={item.to}
      label={item.label}
      leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}
