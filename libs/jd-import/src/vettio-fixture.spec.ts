import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChecklistCategory, JobTemplate } from '@shortlist/contracts';
import { parseJobDescription } from './index';

// The reference page: a scraped job-description sample whose list icons survive as
// glued "Checkmark"/"Check" text and whose tool lists lost their separators.
const FIXTURE = resolve(__dirname, '../../../../shared/fixtures/jd/backend-engineer-intern.vettio.txt');

describe('the vettio backend-engineer-intern page', () => {
  let template: JobTemplate;
  const labels = (category: ChecklistCategory) =>
    template.items.filter((item) => item.category === category).map((item) => item.label);
  const item = (label: string) => template.items.find((i) => i.label === label);

  beforeAll(() => {
    template = parseJobDescription(readFileSync(FIXTURE, 'utf8'));
  });

  it('reads the header fields and the "About the Role" text', () => {
    expect(template.title).toBe('Backend Engineer Intern');
    expect(template.location).toBe('Hybrid/Remote (with occasional onsite meetings)');
    expect(template.employmentType).toBe('Full-time Internship');
    expect(template.summary).toBe(
      'We are seeking a passionate Backend Engineer Intern to join our engineering team and contribute to building ' +
        'robust server-side applications. This role offers hands-on experience working with experienced developers ' +
        'on real-world projects that impact millions of users. The ideal candidate will have strong programming ' +
        'fundamentals and eagerness to learn modern backend technologies and best practices.',
    );
  });

  it('keeps the 8 key responsibilities, the 8 further ones apart, and the 4 perks', () => {
    expect(template.responsibilities).toHaveLength(8);
    expect(template.responsibilities[0]).toBe('Assist in designing and implementing RESTful APIs and microservices');
    expect(template.responsibilities[7]).toBe('Support testing and deployment of backend services');
    expect(template.additionalResponsibilities).toHaveLength(8);
    expect(template.additionalResponsibilities[0]).toBe(
      'Design and develop backend services and APIs using modern frameworks',
    );
    // The list runs straight into the next heading with no blank line; the heading is not an entry.
    expect(template.additionalResponsibilities[7]).toBe('Document technical solutions and maintain codebase');
    expect(template.perks).toEqual([
      'Competitive internship compensation',
      'Mentorship from senior engineers',
      'Professional development opportunities',
      'Flexible work arrangements',
    ]);
  });

  it('lists 5 qualifications, 5 prerequisites and 8 soft skills without the glued decorations', () => {
    expect(labels('qualification')).toEqual([
      'Currently pursuing BS/MS in Computer Science or related field',
      'Strong understanding of data structures and algorithms',
      'Proficiency in at least one backend programming language',
      'Basic knowledge of databases and SQL',
      'Experience with version control systems (Git)',
    ]);
    expect(labels('prerequisite')).toEqual([
      'Excellent problem-solving and analytical skills',
      'Strong written and verbal communication abilities',
      'Ability to work independently and in teams',
      'Available for minimum 3-month commitment',
      'Authorization to work in the country of employment',
    ]);
    expect(labels('soft_skill')).toEqual([
      'Strong analytical and problem-solving abilities',
      'Excellent written and verbal communication',
      'Ability to work effectively in teams',
      'Quick learning and adaptability',
      'Time management and organization',
      'Attention to detail',
      'Initiative and proactiveness',
      'Professional attitude and work ethic',
    ]);
    // 5 qualifications + 5 prerequisites + 8 hard skills + 8 soft skills = 26
    expect(template.items).toHaveLength(26);
  });

  it('keeps each hard-skill line as the item and its list as keywords, without filler like "basics"', () => {
    expect(template.items.filter((i) => i.category === 'hard_skill').map((i) => [i.label, i.keywords])).toEqual([
      ['Programming Languages: Python, Java, Node.js', ['Python', 'Java', 'Node.js']],
      ['Database Technologies: SQL, NoSQL, Redis', ['SQL', 'NoSQL', 'Redis']],
      ['Web Frameworks: Django, Spring Boot, Express', ['Django', 'Spring Boot', 'Express']],
      ['API Development: REST, GraphQL', ['REST', 'GraphQL']],
      ['Version Control: Git, GitHub', ['Git', 'GitHub']],
      ['Testing: Unit Testing, Integration Testing', ['Unit Testing', 'Integration Testing']],
      ['Cloud Services: AWS, GCP basics', ['AWS', 'GCP']],
      ['Development Tools: Docker, Postman', ['Docker', 'Postman']],
    ]);
  });

  it('gives qualifications the keywords a résumé would show', () => {
    expect(item('Currently pursuing BS/MS in Computer Science or related field')?.keywords).toEqual([
      'BS/MS',
      'Computer Science',
    ]);
    expect(item('Basic knowledge of databases and SQL')?.keywords).toContain('SQL');
    expect(item('Experience with version control systems (Git)')?.keywords).toContain('Git');
    expect(item('Strong understanding of data structures and algorithms')?.keywords).toEqual([
      'Data Structures',
      'Algorithms',
    ]);
  });

  it('makes prerequisites must-have gates with a knock-out question, and rates everything else 1–4', () => {
    for (const prerequisite of template.items.filter((i) => i.category === 'prerequisite')) {
      expect(prerequisite.mustHave).toBe(true);
      expect(Object.keys(prerequisite.anchors)).toEqual(['met', 'not_met']);
      expect(prerequisite.knockoutQuestion).toMatch(/^[A-Z].+\?$/);
    }
    expect(item('Available for minimum 3-month commitment')?.knockoutQuestion).toBe(
      'Are you available for a minimum 3-month commitment?',
    );
    expect(item('Authorization to work in the country of employment')?.knockoutQuestion).toBe(
      'Are you authorized to work in the country of employment?',
    );
    for (const rated of template.items.filter((i) => i.category !== 'prerequisite')) {
      expect(Object.keys(rated.anchors)).toEqual(['1', '2', '3', '4']);
      expect(rated.knockoutQuestion).toBeUndefined();
      expect(rated.weight).toBe(1);
    }
  });

  it('reads exactly the five red flags of the "Watch for candidates who…" answer, each linked to items', () => {
    expect(template.redFlags.map((flag) => flag.label)).toEqual([
      "Can't explain basic concepts",
      'Lack of interest in understanding how systems work',
      'Resistance to feedback',
      'Poor communication skills',
      'Inability to work in teams',
    ]);
    const linked = (label: string) => template.redFlags.find((flag) => flag.label === label)?.linkedItemLabels;
    expect(linked('Poor communication skills')).toEqual([
      'Strong written and verbal communication abilities',
      'Excellent written and verbal communication',
    ]);
    expect(linked('Inability to work in teams')).toEqual([
      'Ability to work independently and in teams',
      'Ability to work effectively in teams',
    ]);
    expect(linked("Can't explain basic concepts")).toEqual(['Strong understanding of data structures and algorithms']);
    expect(linked('Resistance to feedback')).toEqual(['Quick learning and adaptability']);
  });

  it('plans the three interviews the evaluation answer names, each with its focus items and advice', () => {
    expect(template.stages.map((stage) => stage.name)).toEqual([
      'Coding assessment',
      'System design discussion',
      'Behavioral interview',
    ]);
    const [coding, design, behavioral] = template.stages;
    expect(coding.focus).toEqual([
      'Strong understanding of data structures and algorithms',
      'Proficiency in at least one backend programming language',
      'Programming Languages: Python, Java, Node.js',
      'Testing: Unit Testing, Integration Testing',
    ]);
    expect(design.focus).toEqual([
      'Basic knowledge of databases and SQL',
      'Database Technologies: SQL, NoSQL, Redis',
      'Web Frameworks: Django, Spring Boot, Express',
      'API Development: REST, GraphQL',
    ]);
    expect(behavioral.focus).toEqual(labels('soft_skill'));
    expect(behavioral.guidance).toEqual([expect.stringMatching(/^Focus on their learning approach, ask about past/)]);
    expect(coding.guidance).toEqual([expect.stringMatching(/^Prioritize practical coding experience/)]);
    expect(template.guidance).toEqual([
      'Focus on fundamentals rather than specific frameworks, and assess their problem-solving approach.',
      expect.stringMatching(/^Backend Engineer Interns focus specifically on server-side development/),
    ]);
  });

  it('groups the tools by category and splits the glued names', () => {
    expect(template.tools).toEqual([
      { category: 'IDEs', items: ['Visual Studio Code', 'IntelliJ'] },
      { category: 'Version Control', items: ['Git', 'GitHub'] },
      { category: 'Databases', items: ['MySQL', 'MongoDB'] },
      { category: 'API Testing', items: ['Postman', 'Swagger'] },
      { category: 'Cloud Platforms', items: ['AWS', 'GCP'] },
      { category: 'CI/CD', items: ['Jenkins', 'GitHub Actions'] },
      { category: 'Monitoring', items: ['Grafana', 'New Relic'] },
      { category: 'Documentation', items: ['Confluence', 'Notion'] },
    ]);
  });

  it('ignores the page chrome and has nothing to warn about', () => {
    const everything = JSON.stringify(template);
    for (const chrome of ['Job Description Examples', 'Search', '1of3', 'Showing 1-44', 'Copy, paste', 'Related']) {
      expect(everything).not.toContain(chrome);
    }
    expect(template.levels).toEqual([]);
    expect(template.warnings).toEqual([]);
  });
});
