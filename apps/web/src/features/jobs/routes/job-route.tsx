import { useParams } from 'react-router-dom';
import { PageLoader } from '@/components/ui/page-loader';
import { useJob } from '../api/get-job';
import { JobDetails } from '../components/job/job-details';
import { JobLoadError } from '../components/job-load-error';

export function JobRoute() {
  const { jobId = '' } = useParams();
  const { data: job, isPending, isError, error, refetch } = useJob(jobId);

  if (isPending) return <PageLoader label="Loading the job" />;
  if (isError) return <JobLoadError error={error} onRetry={() => void refetch()} />;
  return <JobDetails job={job} />;
}
