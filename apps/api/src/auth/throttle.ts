export const LOGIN_THROTTLE = {
  windowMs: 15 * 60_000,
  maxFailuresPerEmail: 5,
  maxFailuresPerIp: 30,
} as const;

export interface ThrottleVerdict {
  blocked: boolean;
  retryAfterSeconds: number;
}

/** Blocked once the window holds the limit of failures; free again when the oldest of them leaves the window. */
export function throttleFrom(
  failureTimes: Date[],
  limit: number,
  now: Date,
  windowMs = LOGIN_THROTTLE.windowMs,
): ThrottleVerdict {
  const recent = failureTimes
    .map((t) => t.getTime())
    .filter((t) => t > now.getTime() - windowMs)
    .sort((a, b) => b - a);
  if (recent.length < limit) return { blocked: false, retryAfterSeconds: 0 };
  const oldestCounted = recent[limit - 1];
  return {
    blocked: true,
    retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted + windowMs - now.getTime()) / 1000)),
  };
}

interface FailureSource {
  recentForEmail(windowMs: number): Promise<Array<{ createdAt: Date }>>;
  recentForIp(windowMs: number): Promise<Array<{ createdAt: Date }>>;
}

export async function throttleVerdict(now: Date, source: FailureSource): Promise<ThrottleVerdict> {
  const [byEmail, byIp] = await Promise.all([
    source.recentForEmail(LOGIN_THROTTLE.windowMs),
    source.recentForIp(LOGIN_THROTTLE.windowMs),
  ]);
  const email = throttleFrom(
    byEmail.map((f) => f.createdAt),
    LOGIN_THROTTLE.maxFailuresPerEmail,
    now,
  );
  const ip = throttleFrom(
    byIp.map((f) => f.createdAt),
    LOGIN_THROTTLE.maxFailuresPerIp,
    now,
  );
  return email.retryAfterSeconds >= ip.retryAfterSeconds ? email : ip;
}
