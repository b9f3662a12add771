import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { RouteErrorBoundary } from './route-error';

describe('RouteErrorBoundary', () => {
  it('replaces a crashed page with "Something went wrong" and recovers on retry', async () => {
    let shouldThrow = true;
    function Flaky() {
      if (shouldThrow) throw new Error('boom');
      return <p>Recovered content</p>;
    }
    // React logs caught render errors; they are expected here.
    jest.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([{ path: '/flaky', element: <Flaky />, errorElement: <RouteErrorBoundary /> }], {
      initialEntries: ['/flaky'],
    });
    render(
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();

    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Recovered content')).toBeInTheDocument();
  });

  it('shows the 404 page for a route-level "not found" response', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '/missing',
          loader: () => {
            throw new Response('Not Found', { status: 404 });
          },
          element: <p>never shown</p>,
          hydrateFallbackElement: <p>Loading</p>,
          errorElement: <RouteErrorBoundary />,
        },
      ],
      { initialEntries: ['/missing'] },
    );
    render(
      <MantineProvider env="test">
        <RouterProvider router={router} />
      </MantineProvider>,
    );

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
