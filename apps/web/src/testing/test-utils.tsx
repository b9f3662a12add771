import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { UserView } from '@shortlist/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router-dom';
import { cssVariablesResolver, theme } from '@/app/theme';
import { createAppRoutes } from '@/app/router';
import { meQueryOptions, useEndSessionOnUnauthorized } from '@/lib/auth';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

interface ProvidersOptions {
  queryClient: QueryClient;
  /** The signed-in user; null for signed out; undefined leaves the /me query to fetch. */
  user?: UserView | null;
}

function seed({ queryClient, user }: ProvidersOptions): void {
  if (user !== undefined) queryClient.setQueryData(meQueryOptions().queryKey, user);
}

function TestProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  useEndSessionOnUnauthorized(queryClient);
  return (
    // env="test" turns off transitions and portals so content appears synchronously in place.
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper'> {
  route?: string;
  user?: UserView | null;
  queryClient?: QueryClient;
}

/** Renders one component inside Mantine, TanStack Query (no retries) and a MemoryRouter. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', user, queryClient = createTestQueryClient(), ...options }: RenderWithProvidersOptions = {},
) {
  seed({ queryClient, user });
  const result = render(
    <TestProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </TestProviders>,
    options,
  );
  return { ...result, queryClient, user: userEvent.setup() };
}

/** Renders the app's real route table (lazy routes included) at `route`. */
export function renderApp({
  route = '/',
  user,
  queryClient = createTestQueryClient(),
}: { route?: string; user?: UserView | null; queryClient?: QueryClient } = {}) {
  seed({ queryClient, user });
  const router = createMemoryRouter(createAppRoutes(), { initialEntries: [route] });
  const result = render(
    <TestProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...result, router, queryClient, user: userEvent.setup() };
}
