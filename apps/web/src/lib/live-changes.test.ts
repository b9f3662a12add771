import type { LiveChangeEvent } from '@shortlist/contracts';
import { act, renderHook } from '@testing-library/react';
import { FakeEventSource } from '@/testing/fake-event-source';
import { LIVE_BATCH_MS, useLiveChanges, type LiveBatch } from './live-changes';

const JOB = '11111111-1111-4111-8111-111111111111';
const moved = (applicationId: string): LiveChangeEvent => ({
  action: 'application.moved',
  jobId: JOB,
  applicationIds: [applicationId],
  at: '2026-11-22T10:00:00.000Z',
});

describe('useLiveChanges', () => {
  let restore: () => void;
  beforeEach(() => {
    jest.useFakeTimers();
    restore = FakeEventSource.install();
  });
  afterEach(() => {
    jest.useRealTimers();
    restore();
  });

  const listen = () => {
    const onBatch = jest.fn<void, [LiveBatch]>();
    const onRefused = jest.fn();
    const hook = renderHook(() => useLiveChanges({ onBatch, onRefused }));
    return { ...hook, onBatch, onRefused, source: FakeEventSource.latest };
  };

  it('opens one stream to /api/events and says when it is live', () => {
    const { result, source } = listen();
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(source.url).toBe('/api/events');
    expect(result.current).toBe('connecting');
    act(() => source.open());
    expect(result.current).toBe('live');
  });

  it('hands over a burst of changes once, after the batch window', () => {
    const { source, onBatch } = listen();
    act(() => {
      source.open();
      source.emit('change', moved('a1'), 'e1');
      source.emit('change', moved('a2'), 'e2');
      jest.advanceTimersByTime(LIVE_BATCH_MS - 1);
      source.emit('change', moved('a3'), 'e3');
    });
    expect(onBatch).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onBatch).toHaveBeenCalledTimes(1);
    expect(onBatch).toHaveBeenCalledWith({ changes: [moved('a1'), moved('a2'), moved('a3')], resync: false });

    act(() => {
      source.emit('change', moved('a4'));
      jest.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onBatch).toHaveBeenCalledTimes(2);
    expect(onBatch).toHaveBeenLastCalledWith({ changes: [moved('a4')], resync: false });
  });

  it('ignores data it cannot read', () => {
    const { source, onBatch } = listen();
    act(() => {
      source.open();
      source.emit('change', 'not json');
      jest.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onBatch).not.toHaveBeenCalled();
  });

  it('shows a dropped stream as reconnecting, and asks for a resync once it is back', () => {
    const { result, source, onBatch } = listen();
    act(() => source.open());
    act(() => source.drop());
    expect(result.current).toBe('reconnecting');
    // The browser reconnects the same EventSource by itself.
    act(() => source.open());
    expect(result.current).toBe('live');
    act(() => jest.advanceTimersByTime(LIVE_BATCH_MS));
    expect(onBatch).toHaveBeenCalledWith({ changes: [], resync: true });
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('passes on the server asking for a resync', () => {
    const { source, onBatch } = listen();
    act(() => {
      source.open();
      source.emit('resync', '');
      jest.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(onBatch).toHaveBeenCalledWith({ changes: [], resync: true });
  });

  it('tries again later, with growing pauses, when the server refuses the stream', () => {
    const { result, source, onRefused, onBatch } = listen();
    act(() => source.open());
    act(() => source.refuse());
    expect(result.current).toBe('reconnecting');
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(source.readyState).toBe(FakeEventSource.CLOSED);

    act(() => jest.advanceTimersByTime(1_999));
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => jest.advanceTimersByTime(1));
    expect(FakeEventSource.instances).toHaveLength(2);
    // Refused again: the next try waits twice as long.
    act(() => FakeEventSource.latest.refuse());
    act(() => jest.advanceTimersByTime(3_999));
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => jest.advanceTimersByTime(1));
    expect(FakeEventSource.instances).toHaveLength(3);

    act(() => {
      FakeEventSource.latest.open();
      jest.advanceTimersByTime(LIVE_BATCH_MS);
    });
    expect(result.current).toBe('live');
    expect(onBatch).toHaveBeenCalledWith({ changes: [], resync: true });
  });

  it('closes the stream when unmounted, and hands over nothing after', () => {
    const { source, onBatch, unmount } = listen();
    act(() => {
      source.open();
      source.emit('change', moved('a1'));
    });
    unmount();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    act(() => jest.advanceTimersByTime(LIVE_BATCH_MS));
    expect(onBatch).not.toHaveBeenCalled();
  });

  it('is off where the browser has no EventSource', () => {
    restore();
    const { result } = renderHook(() => useLiveChanges({ onBatch: jest.fn() }));
    expect(result.current).toBe('off');
    restore = FakeEventSource.install();
  });
});
