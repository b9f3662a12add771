import type { UpdateUserRequest, UserView } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryOptions } from '@/lib/auth';
import { usersQueryOptions } from './get-users';

export interface UpdateUserInput {
  id: string;
  changes: UpdateUserRequest;
}

export function updateUser({ id, changes }: UpdateUserInput): Promise<UserView> {
  return api.patch<UserView>(`/users/${encodeURIComponent(id)}`, changes);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: async (updated) => {
      // Show the server's answer at once, then refetch in case other rows changed too.
      queryClient.setQueryData(
        usersQueryOptions().queryKey,
        (page) =>
          page && {
            ...page,
            items: page.items.map((user) => (user.id === updated.id ? updated : user)),
          },
      );
      const me = queryClient.getQueryData(meQueryOptions().queryKey);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQueryOptions().queryKey }),
        // Changing one's own role changes what the navigation offers.
        me?.id === updated.id && queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]);
    },
  });
}
