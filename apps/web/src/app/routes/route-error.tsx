import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router-dom';
import { ErrorState } from '@/components/ui/error-state';
import { NotFoundRoute } from './not-found';

export function RouteErrorBoundary() {
  const error = useRouteError();
  const location = useLocation();
  const navigate = useNavigate();

  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;

  // Navigating to the same place gives the router a new location, which resets its error boundary.
  const handleRetry = () =>
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true });

  return (
    <>
      <title>Something went wrong · Shortlist</title>
      <ErrorState
        fullPage
        title="Something went wrong"
        message="This page hit an unexpected error. Try again, and if it keeps happening, reload the page."
        onRetry={handleRetry}
      />
    </>
  );
}
