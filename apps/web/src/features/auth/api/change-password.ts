import type { ChangePasswordRequest } from '@shortlist/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** Ends the user's other sessions; this one goes on. */
export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return api.post<void>('/me/password', request);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
