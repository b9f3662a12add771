import { Anchor, AppShell, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { SkipLink } from '@/components/ui/skip-link';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/lib/auth';
import type { LiveStatus } from '@/lib/live-changes';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { LiveIndicator } from './live-indicator';
import { Navigation } from './navigation';
import { UserMenu } from './user-menu';

export const MAIN_CONTENT_ID = 'main-content';

export function DashboardLayout({ children, liveStatus = 'off' }: { children: ReactNode; liveStatus?: LiveStatus }) {
  const user = useCurrentUser();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
              aria-controls="main-navigation"
              aria-expanded={navOpened}
            />
            <Anchor component={Link} to={paths.home} fw={700} fz="lg" underline="never" c="inherit">
              Shortlist
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LiveIndicator status={liveStatus} />
            <ColorSchemeToggle />
            <UserMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" p="sm" aria-label="Main">
        <Navigation role={user.role} onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="xl" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
