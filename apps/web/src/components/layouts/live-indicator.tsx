import { Badge, Tooltip } from '@mantine/core';
import type { LiveStatus } from '@/lib/live-changes';

const LABELS: Record<Exclude<LiveStatus, 'off'>, { text: string; hint: string; color: string }> = {
  live: { text: 'Live', hint: 'Changes by others appear as they happen', color: 'teal' },
  connecting: { text: 'Connecting…', hint: 'Connecting for live updates', color: 'gray' },
  reconnecting: { text: 'Reconnecting…', hint: 'Live updates paused: reconnecting to the server', color: 'yellow' },
};

/** Whether the open pages update by themselves; nothing when the browser cannot listen. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  if (status === 'off') return null;
  const { text, hint, color } = LABELS[status];
  return (
    <Tooltip label={hint}>
      <Badge
        role="status"
        aria-label={`Live updates: ${status === 'live' ? 'on' : text}`}
        variant="dot"
        color={color}
        size="md"
        visibleFrom="xs"
      >
        {text}
      </Badge>
    </Tooltip>
  );
}
