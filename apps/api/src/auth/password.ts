import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@shortlist/contracts';
import { AppError } from '../common/app-error';

// OWASP / ASVS minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane (~24 ms here).
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, ARGON2_OPTIONS);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, verified when the email is unknown so timing does not reveal accounts.
 * Made with the same parameters as real hashes, so verifying it costs the same.
 */
let decoyHash: Promise<string> | undefined;
export const decoyPasswordHash = (): Promise<string> => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

export const generatePassword = (): string => randomBytes(18).toString('base64url');

/**
 * Mozilla's list of the 50,000 most common passwords (of 8+ characters) from a
 * public breach corpus. Loaded on first use, not at boot: decoding it takes ~60 ms
 * and ~4 MB, and only setting a password needs it.
 */
let commonList: Promise<{ test(password: string): boolean }> | undefined;
async function isCommonPassword(password: string): Promise<boolean> {
  const list = await (commonList ??= import('fxa-common-password-list'));
  return list.test(password) || list.test(password.toLowerCase());
}

export interface PasswordContext {
  /** The account's email: a password equal to it (or to its local part) is refused. */
  email?: string;
}

/** Why a password is refused by the length rules alone, or undefined (pure, for the web form too). */
export function passwordShapeProblem(password: string, context: PasswordContext = {}): string | undefined {
  // Counted in code points so an emoji is one character, as a person counts it.
  if ([...password].length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/^(.)\1+$/u.test(password)) return 'must not repeat a single character';
  const email = context.email?.trim().toLowerCase();
  const lowered = password.trim().toLowerCase();
  if (email && (lowered === email || lowered === email.split('@')[0])) return 'must not be your email address';
  return undefined;
}

/** Why a password is refused, or undefined when it is acceptable. */
export async function passwordProblem(password: string, context: PasswordContext = {}): Promise<string | undefined> {
  const shape = passwordShapeProblem(password, context);
  if (shape) return shape;
  if (await isCommonPassword(password)) return 'is one of the most common passwords; choose another';
  return undefined;
}

/** Refuses an unacceptable password with problem details naming the field it came in. */
export async function assertPasswordAcceptable(
  password: string,
  context: PasswordContext = {},
  field = 'password',
): Promise<void> {
  const problem = await passwordProblem(password, context);
  if (problem) throw new AppError('VALIDATION_FAILED', `Password ${problem}`, [{ field, message: problem }]);
}
