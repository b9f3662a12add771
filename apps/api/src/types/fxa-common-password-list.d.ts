/** The package ships no types: it exports one function. */
declare module 'fxa-common-password-list' {
  /** Whether the password is on the list (exact, case-sensitive match). */
  export function test(password: string): boolean;
}
