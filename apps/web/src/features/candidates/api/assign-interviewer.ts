import type { AssignInterviewerRequest, InterviewerAssignment } from '@shortlist/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { applicationQueryOptions } from './get-application';

export interface AssignInterviewerInput {
  applicationId: string;
  request: AssignInterviewerRequest;
}

export function assignInterviewer({ applicationId, request }: AssignInterviewerInput): Promise<InterviewerAssignment> {
  return api.post<InterviewerAssignment>(`/applications/${encodeURIComponent(applicationId)}/interviewers`, request);
}

export function useAssignInterviewer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: assignInterviewer,
    onSuccess: (_assignment, { applicationId }) =>
      queryClient.invalidateQueries({ queryKey: applicationQueryOptions(applicationId).queryKey, exact: true }),
  });
}
