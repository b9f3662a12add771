import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRIES = 2;

export const queryConfig = {
  queries: {
    // A 4xx will not change on retry; only transient failures (network, 5xx) are retried.
    retry: (failureCount, error) =>
      failureCount < MAX_RETRIES && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    refetchOnWindowFocus: false,
    staleTime: 30_000,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}
