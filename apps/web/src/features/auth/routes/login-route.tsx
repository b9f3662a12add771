import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Navigate, useSearchParams } from 'react-router-dom';
import { PageLoader } from '@/components/ui/page-loader';
import { safeNextPath } from '@/config/paths';
import { useUser } from '@/lib/auth';
import { LoginForm } from '../components/login-form';

export function LoginRoute() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const { data: user, isPending } = useUser();

  if (isPending) return <PageLoader label="Checking your session" />;
  // Signing in fills the cached user, so this is also the redirect after a successful login.
  if (user) return <Navigate to={next} replace />;

  return (
    <Center component="main" mih="100vh" p="md">
      <title>Sign in · Shortlist</title>
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Stack gap="lg">
          <div>
            <Title order={1} size="h2">
              Sign in to Shortlist
            </Title>
            <Text c="dimmed" size="sm">
              Structured hiring, one scorecard at a time.
            </Text>
          </div>
          <LoginForm />
        </Stack>
      </Paper>
    </Center>
  );
}
