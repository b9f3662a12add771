import { ContentLayout } from '@/components/layouts/content-layout';
import { SectionCard } from '@/components/ui/section-card';
import { ChangePasswordForm } from '../components/change-password-form';

export function AccountRoute() {
  return (
    <ContentLayout title="Your account" description="Your password, and the sessions it opens.">
      <SectionCard title="Change password">
        <ChangePasswordForm />
      </SectionCard>
    </ContentLayout>
  );
}
