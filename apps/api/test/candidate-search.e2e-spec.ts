import type { CandidatePage } from '@shortlist/contracts';
import { Candidate } from '../src/candidates/candidate.entity';
import { candidateKeys } from '../src/candidates/candidate-keys';
import { createCandidate } from './candidates-fixtures';
import { DEMO, engine, signIn, startTestApp, TestApp } from './harness';
import type { Auth } from './jobs-fixtures';

/** The search semantics of candidate-search.ts, the same on both engines (FTS5 on SQLite, LIKE on PostgreSQL). */
describe(`candidate search on ${engine()}`, () => {
  let t: TestApp;
  let recruiter: Auth;
  let admin: Auth;
  beforeAll(async () => {
    t = await startTestApp();
    [recruiter, admin] = await Promise.all([signIn(t, DEMO.recruiter), signIn(t, DEMO.admin)]);
    const people = [
      {
        name: 'Ada Lovelace',
        email: 'ada@analytical.example',
        tags: ['Remote', 'part-time'],
        resumeText: 'Go and Kubernetes; Spring Boot services.',
      },
      {
        name: 'Conrad Zuse',
        email: 'conrad@z3.example',
        tags: ['women in tech'],
        resumeText: 'Worked at Google on Plankalkül.',
      },
      {
        name: 'Zoë Ng',
        email: 'ng.zoe@unicode.example',
        tags: ['women/in/tech', 'Part'],
        resumeText: 'Zoë Ng. C# and C++; boot camps.',
      },
      { name: `Dan "The Man" O'Neil 50%_off\\`, email: 'dan@quotes.example', tags: ['100%'], resumeText: null },
    ];
    for (const person of people) await createCandidate(t, recruiter, person);
  });
  afterAll(() => t.close());

  const search = async (query: Record<string, string | number>): Promise<CandidatePage> =>
    (await t.http.get('/api/candidates').query(query).set(recruiter).expect(200)).body;
  const names = async (query: Record<string, string>) => (await search(query)).items.map((item) => item.name);

  it('finds 3+ characters anywhere in the name or the email, case aside', async () => {
    expect(await names({ q: 'ovel' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'LOVELACE' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: '@z3.ex' })).toEqual(['Conrad Zuse']);
    expect(await names({ q: 'ada lov' })).toEqual(['Ada Lovelace']);
  });

  it('finds the words of the résumé in a row, the last one as the start of a word', async () => {
    expect(await names({ q: 'kubern' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'spring boot' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'Spring, Bo' })).toEqual([]);
    expect(await names({ q: 'boot spring' })).toEqual([]);
    // Inside a résumé word is not looked at ("ubernetes"), only its start.
    expect(await names({ q: 'ubernetes' })).toEqual([]);
    expect(await names({ q: 'plankalk' })).toEqual(['Conrad Zuse']);
    expect(await names({ q: 'c++' })).toEqual(['Zoë Ng']);
  });

  it('reads a 1–2 character term as the start of the name or email, or a whole résumé word', async () => {
    expect(await names({ q: 'go' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'ad' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'ng' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'c#' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'z' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'e' })).toEqual([]);
  });

  it('takes % _ \\ quotes and FTS syntax as plain text', async () => {
    const dan = [`Dan "The Man" O'Neil 50%_off\\`];
    expect(await names({ q: '"the man"' })).toEqual(dan);
    expect(await names({ q: "o'neil" })).toEqual(dan);
    expect(await names({ q: '50%_o' })).toEqual(dan);
    expect(await names({ q: 'off\\' })).toEqual(dan);
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ q: '_' })).toEqual([]);
    expect(await names({ q: '\\' })).toEqual([]);
    expect(await names({ q: '5_%' })).toEqual([]);
    expect(await names({ q: 'ada OR conrad' })).toEqual([]);
    expect(await names({ q: 'NEAR(ada' })).toEqual([]);
    expect(await names({ q: '*' })).toEqual([]);
  });

  it('compares letters beyond ASCII exactly, case aside', async () => {
    expect(await names({ q: 'zoë' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'ZOË N' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'zoe n' })).toEqual([]);
    expect(await names({ q: 'plankalkül' })).toEqual(['Conrad Zuse']);
  });

  it('filters by a whole tag, exactly, with or without text', async () => {
    expect(await names({ tag: 'PART-TIME' })).toEqual(['Ada Lovelace']);
    expect(await names({ tag: 'part' })).toEqual(['Zoë Ng']);
    expect(await names({ tag: 'time' })).toEqual([]);
    expect(await names({ tag: 'women in tech' })).toEqual(['Conrad Zuse']);
    expect(await names({ tag: 'women/in/tech' })).toEqual(['Zoë Ng']);
    expect(await names({ tag: '100%' })).toEqual([`Dan "The Man" O'Neil 50%_off\\`]);
    expect(await names({ tag: '%' })).toEqual([]);
    expect(await names({ q: 'boot', tag: 'remote' })).toEqual(['Ada Lovelace']);
    expect(await names({ q: 'boot', tag: 'part' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'zoë', tag: 'women in tech' })).toEqual([]);
    expect(await names({ q: 'ng', tag: 'women/in/tech' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'ng', skill: 'c#' })).toEqual(['Zoë Ng']);
    expect(await names({ q: 'ng', skill: 'go' })).toEqual([]);
  });

  it('stops finding a renamed candidate by the old name, and an erased one at all', async () => {
    const renamed = await createCandidate(t, recruiter, { name: 'Oldname Person', email: 'renamed@example.org' });
    await t.http
      .patch(`/api/candidates/${renamed.id}`)
      .set(recruiter)
      .send({ version: 1, name: 'Newname Person' })
      .expect(200);
    expect(await names({ q: 'oldname' })).toEqual([]);
    expect(await names({ q: 'newname' })).toEqual(['Newname Person']);

    const erased = await createCandidate(t, recruiter, {
      name: 'Forgotten Person',
      email: 'forgotten@example.org',
      tags: ['gone'],
      resumeText: 'Quasimodo skills.',
    });
    await t.http.delete(`/api/candidates/${erased.id}`).set(admin).expect(204);
    expect(await names({ q: 'forgotten' })).toEqual([]);
    expect(await names({ q: 'quasimodo' })).toEqual([]);
    expect(await names({ q: 'erased' })).toEqual([]);
    expect(await names({ tag: 'gone' })).toEqual([]);
  });

  it('pages many matches in name order with the total, past the point where it stops sorting them (500)', async () => {
    const bulk = Array.from({ length: 540 }, (_, i) => {
      const name = `Bulkname ${String((i * 7919) % 540).padStart(3, '0')}`;
      return Object.assign(new Candidate(), {
        name,
        email: `bulk${i}@bulk.example`,
        phone: null,
        source: 'import' as const,
        tags: i % 2 ? ['odd'] : [],
        links: [],
        resumeText: null,
        ...candidateKeys({ name, tags: i % 2 ? ['odd'] : [], resumeText: null }),
        version: 1,
      });
    });
    await t.dataSource.getRepository(Candidate).insert(bulk);
    const expected = bulk.map((c) => c.name).sort();
    const first = await search({ q: 'bulkname', limit: 50 });
    expect(first.total).toBe(540);
    expect(first.items.map((item) => item.name)).toEqual(expected.slice(0, 50));
    const later = await search({ q: 'bulkname', limit: 50, offset: 500 });
    expect(later.items.map((item) => item.name)).toEqual(expected.slice(500, 540));
    const odd = await search({ q: 'bulkname', tag: 'odd', limit: 20, offset: 100 });
    expect(odd.total).toBe(270);
    expect(odd.items.map((item) => item.name)).toEqual(
      bulk
        .filter((_, i) => i % 2)
        .map((c) => c.name)
        .sort()
        .slice(100, 120),
    );
    expect(await search({ q: 'bulkname', offset: 600 })).toEqual({ items: [], total: 540 });
  });

  if (engine() === 'sqlite') {
    it('keeps both text indexes identical to the candidates they index', async () => {
      for (const table of ['candidate_search_names', 'candidate_search_words']) {
        await expect(
          t.dataSource.query(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`),
        ).resolves.toBeDefined();
      }
      const unindexed = await t.dataSource.query(
        `SELECT COUNT(*) AS n FROM candidates c WHERE c.erased_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM candidate_search_words_docsize d WHERE d.id = c.rowid)`,
      );
      expect(Number(unindexed[0].n)).toBe(0);
    });
  }
});
