import type { LoginRequest, LoginResponse, UserView } from '@shortlist/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState } from '@/components/ui/error-state';
import { PageLoader } from '@/components/ui/page-loader';
import { loginHref, paths } from '@/config/paths';
import { api, ApiError, setUnauthorizedHandler } from './api-client';
import { reloadTo } from './browser';

/** The signed-in user, or null when there is no session. */
export async function getMe(): Promise<UserView | null> {
  try {
    return await api.get<UserView>('/me', { authRedirect: false });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

export function useUser() {
  return useQuery(meQueryOptions());
}

/** For components rendered inside ProtectedRoute, where a user is guaranteed. */
export function useCurrentUser(): UserView {
  const { data } = useUser();
  if (!data) throw new Error('useCurrentUser must be used inside ProtectedRoute');
  return data;
}

/**
 * Drops everything cached for the session and marks the user signed out;
 * ProtectedRoute then sends them to the login page with `next` set.
 */
export function endSession(queryClient: QueryClient): void {
  const meKey = meQueryOptions().queryKey;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, null);
}

/** Makes a 401 from any API call end the session in this client (see endSession). */
export function useEndSessionOnUnauthorized(queryClient: QueryClient): void {
  useEffect(() => setUnauthorizedHandler(() => endSession(queryClient)), [queryClient]);
}

export function login(credentials: LoginRequest): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', credentials, { authRedirect: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      endSession(queryClient);
      queryClient.setQueryData(meQueryOptions().queryKey, user);
    },
  });
}

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout', undefined, { authRedirect: false });
}

function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

export function useLogout({ onError }: { onError?: (error: unknown) => void } = {}) {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => reloadTo(paths.login),
    onError: (error) => {
      // A 401 means the session had already ended: the outcome the user asked for.
      if (isSignedOut(error)) reloadTo(paths.login);
      else onError?.(error);
    },
  });
}

export function ProtectedRoute({ children }: { children: ReactNode }) {
  const { data: user, isPending, isError, refetch } = useUser();
  const location = useLocation();

  if (isPending) return <PageLoader label="Checking your session" />;
  if (isError) {
    return (
      <ErrorState
        fullPage
        title="Could not check your session"
        message="The Shortlist server did not answer. Check your connection and try again."
        onRetry={() => void refetch()}
      />
    );
  }
  if (!user) {
    return <Navigate to={loginHref(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return children;
}
