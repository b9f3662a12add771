import { parseJobDescription } from './index';

describe('list markers and glued check-mark decorations', () => {
  const labels = (text: string) => parseJobDescription(text).items.map((item) => item.label);

  it('strips "Checkmark" and "Check" only when a capital letter follows at once', () => {
    const text = [
      'Requirements',
      'CheckmarkCurrently pursuing a degree',
      'CheckGit and GitHub',
      'Checking pull requests daily',
      'Check Point firewall administration',
      'Checklist-driven releases',
      'CheckPoint certification',
    ].join('\n');
    expect(labels(text)).toEqual([
      'Currently pursuing a degree',
      'Git and GitHub',
      // Unmarked lines of a section that has markers are prose, so the list is only the decorated lines.
    ]);
    const unmarked = ['Requirements', 'Checking pull requests daily', 'Check Point firewall administration'];
    expect(labels(unmarked.join('\n'))).toEqual([
      'Checking pull requests daily',
      'Check Point firewall administration',
    ]);
    expect(labels('Requirements\n- CheckPoint certification\n- Checklist-driven releases')).toEqual([
      'CheckPoint certification',
      'Checklist-driven releases',
    ]);
  });

  it('reads every common list marker', () => {
    const text = [
      'Requirements:',
      '- dash',
      '* star',
      '+ plus',
      '• bullet',
      '✔ heavy check',
      '✓ check',
      '1. numbered with a dot',
      '2) numbered with a parenthesis',
      '(3) numbered in parentheses',
      '- [x] markdown checkbox',
      '  continued on an indented line',
    ].join('\n');
    expect(labels(text)).toEqual([
      'dash',
      'star',
      'plus',
      'bullet',
      'heavy check',
      'check',
      'numbered with a dot',
      'numbered with a parenthesis',
      'numbered in parentheses',
      'markdown checkbox continued on an indented line',
    ]);
  });
});
