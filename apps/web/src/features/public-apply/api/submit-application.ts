import type { KnockoutAnswer, PublicApplicationReceipt } from '@shortlist/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface PublicApplicationInput {
  slug: string;
  name: string;
  email: string;
  resume: File | null;
  knockoutAnswers: KnockoutAnswer[];
}

export function submitApplication({ slug, name, email, resume, knockoutAnswers }: PublicApplicationInput) {
  const form = new FormData();
  form.append('name', name);
  form.append('email', email);
  if (resume) form.append('resume', resume);
  form.append('knockoutAnswers', JSON.stringify(knockoutAnswers));
  return api.postForm<PublicApplicationReceipt>(`/public/jobs/${encodeURIComponent(slug)}/applications`, form, {
    authRedirect: false,
  });
}

export function useSubmitApplication() {
  return useMutation({ mutationFn: submitApplication });
}
