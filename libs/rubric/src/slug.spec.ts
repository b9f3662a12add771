import { slugFor } from './index';

describe('the public slug of a job', () => {
  const id = '3F9A2C71-0b6e-4c3e-9d7a-5f1e2b3c4d5e';

  it('is the title in ASCII words and the first 8 characters of the id', () => {
    expect(slugFor('Backend Engineer Intern', id)).toBe('backend-engineer-intern-3f9a2c71');
    expect(slugFor('  Développeur·se Back-End (H/F) ', id)).toBe('developpeur-se-back-end-h-f-3f9a2c71');
  });

  it('stays within 100 characters and never starts empty', () => {
    // 80 characters of title + "-" + 8 = 89.
    expect(slugFor('a '.repeat(200), id).length).toBeLessThanOrEqual(89);
    expect(slugFor('日本語', id)).toBe('job-3f9a2c71');
  });
});
