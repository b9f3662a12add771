import { passwordProblem, passwordShapeProblem } from './password';

describe('password policy', () => {
  it('counts length in characters as a person does, from 12 to 256', () => {
    expect(passwordShapeProblem('elevenchars')).toBe('must be at least 12 characters');
    expect(passwordShapeProblem('twelve chars')).toBeUndefined();
    // 11 emoji are 22 UTF-16 units but 11 characters.
    expect(passwordShapeProblem('🔑'.repeat(11))).toBe('must be at least 12 characters');
    expect(passwordShapeProblem('ab'.repeat(128))).toBeUndefined();
    expect(passwordShapeProblem('ab'.repeat(128) + 'c')).toBe('must be at most 256 characters');
  });

  it('refuses the email address, or its part before the @, in any case', () => {
    const email = 'dana.reyes.hiring@example.com';
    expect(passwordShapeProblem('Dana.Reyes.Hiring@Example.com', { email })).toBe('must not be your email address');
    expect(passwordShapeProblem('DANA.REYES.HIRING', { email })).toBe('must not be your email address');
    expect(passwordShapeProblem('dana.reyes.hiring!', { email })).toBeUndefined();
  });

  it('refuses a single repeated character', () => {
    expect(passwordShapeProblem('aaaaaaaaaaaaaa')).toBe('must not repeat a single character');
  });

  it('refuses passwords on the common list (and their lower-case form), and accepts others', async () => {
    await expect(passwordProblem('password1234')).resolves.toMatch(/most common/);
    await expect(passwordProblem('Password1234')).resolves.toMatch(/most common/);
    await expect(passwordProblem('123456789012')).resolves.toMatch(/most common/);
    await expect(passwordProblem('correct horse battery staple')).resolves.toBeUndefined();
  });
});
