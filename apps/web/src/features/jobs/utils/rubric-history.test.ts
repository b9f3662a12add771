import type { RubricVersionView } from '@shortlist/contracts';
import { buildJobView } from '@/testing/job-fixtures';
import { rubricChanges } from './rubric-history';

const [prerequisite, qualification, hardSkill, softSkill] = buildJobView().items;

function version(n: number, items: RubricVersionView['items']): RubricVersionView {
  return { version: n, createdAt: `2025-03-0${n}T09:00:00.000Z`, createdById: null, items };
}

describe('rubricChanges', () => {
  it('compares each version with the one before it, newest first', () => {
    const changes = rubricChanges([
      version(3, [prerequisite, { ...qualification, label: 'SQL and databases' }, softSkill]),
      version(1, [prerequisite, qualification, hardSkill]),
      version(2, [prerequisite, qualification, { ...hardSkill, keywords: ['Go'] }, softSkill]),
    ]);

    expect(changes).toEqual([
      {
        version: 3,
        createdAt: '2025-03-03T09:00:00.000Z',
        itemCount: 3,
        // A renamed item reads as its old label removed and its new one added.
        added: ['SQL and databases'],
        removed: ['Basic knowledge of databases and SQL', 'Programming Languages: Python, Java, Node.js'],
        edited: [],
        isFirst: false,
      },
      {
        version: 2,
        createdAt: '2025-03-02T09:00:00.000Z',
        itemCount: 4,
        added: ['Excellent written and verbal communication'],
        removed: [],
        edited: ['Programming Languages: Python, Java, Node.js'],
        isFirst: false,
      },
      {
        version: 1,
        createdAt: '2025-03-01T09:00:00.000Z',
        itemCount: 3,
        added: [],
        removed: [],
        edited: [],
        isFirst: true,
      },
    ]);
  });
});
