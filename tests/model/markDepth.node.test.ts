import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../src/audit';
import { type Inline, MAX_MARK_DEPTH, parseArticle } from '../../src/model';
import { richTextToPlainText } from '../../src/text';
import { otanKiev } from '../components/ArticleLayout/article';
import { markPath, nestedMarks as nested } from '../support/marks';

const withParagraph = (text: Inline[]) => ({
  ...otanKiev,
  body: [otanKiev.body[0], { type: 'paragraph', text: ['Avant ', ...text, ' après.'] }],
});

describe('one limit of nested marks', () => {
  it('is stated in marks', () => {
    expect(MAX_MARK_DEPTH).toBe(32);
  });

  it('parseArticle takes a text inside the limit of marks, and refuses one more with its path', () => {
    for (const marks of [MAX_MARK_DEPTH - 1, MAX_MARK_DEPTH]) {
      const result = parseArticle(withParagraph([nested(marks)]));
      expect(result.success, `${marks} marks`).toBe(true);
    }
    const result = parseArticle(withParagraph([nested(MAX_MARK_DEPTH + 1)]));
    expect(result.success).toBe(false);
    if (result.success) return;
    // The paragraph's text is ['Avant ', mark, ' après.']: the mark is its item 1.
    expect(result.issues).toEqual([
      {
        path: markPath('body.1.text.1', MAX_MARK_DEPTH + 1),
        message: `a mark nested inside ${MAX_MARK_DEPTH} others: at most ${MAX_MARK_DEPTH} marks may enclose a text, and what this one holds is left out`,
      },
    ]);
  });

  it('parseArticle reports a mark too deep in a list item, and far deeper data, with the mark path', () => {
    const list = { type: 'list', items: ['un', [nested(MAX_MARK_DEPTH + 1)]] };
    const result = parseArticle({ ...otanKiev, body: [list] });
    expect(result).toMatchObject({
      success: false,
      issues: [{ path: markPath('body.0.items.1.0', MAX_MARK_DEPTH + 1) }],
    });
    const far = parseArticle(withParagraph([nested(5000)]));
    expect(far).toMatchObject({
      success: false,
      issues: [{ path: expect.stringMatching(/^body\.1\.text\.1\./) }],
    });
  });

  it('parseArticle names where other data goes too deep', () => {
    let deep: unknown = 'fond';
    for (let level = 0; level < 500; level += 1) deep = { plus: deep };
    const result = parseArticle({ ...otanKiev, extra: deep });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toMatch(/^extra(\.plus)+$/);
    expect(result.issues[0]?.message).toMatch(/^objects and lists nested more than \d+ levels deep$/);
  });

  it('auditArticle reports a mark too deep with its path, as an error, and nothing at the limit', () => {
    for (const marks of [MAX_MARK_DEPTH - 1, MAX_MARK_DEPTH]) {
      const findings = auditArticle(withParagraph([nested(marks)]) as typeof otanKiev);
      expect(
        findings.filter((finding) => finding.code === 'marks-too-deep'),
        `${marks} marks`,
      ).toEqual([]);
    }
    const findings = auditArticle(withParagraph([nested(MAX_MARK_DEPTH + 1)]) as typeof otanKiev);
    const deep = findings.filter((finding) => finding.code === 'marks-too-deep');
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({
      severity: 'error',
      field: markPath('body.1.text.1', MAX_MARK_DEPTH + 1),
    });
    expect(deep[0]?.message).toContain(`${MAX_MARK_DEPTH} niveaux`);
  });

  it('auditArticle checks the links down to the limit, and no deeper', () => {
    // A link to javascript: inside `marks - 1` strong marks: the link is mark number `marks`.
    const unsafe = (marks: number): Inline => {
      let node: Inline = { type: 'link', href: 'javascript:alert(1)', children: ['x'] };
      for (let level = marks - 1; level >= 1; level -= 1) node = { type: 'strong', children: [node] };
      return node;
    };
    const linkFindings = (marks: number) =>
      auditArticle(withParagraph([unsafe(marks)]) as typeof otanKiev).filter(
        (finding) => finding.code === 'link-unsafe',
      );
    expect(linkFindings(MAX_MARK_DEPTH)).toHaveLength(1);
    expect(linkFindings(MAX_MARK_DEPTH + 1)).toEqual([]);
  });

  it('the plain text keeps what is inside the limit and leaves out what is beyond', () => {
    expect(richTextToPlainText([nested(MAX_MARK_DEPTH - 1)])).toBe('fond');
    expect(richTextToPlainText([nested(MAX_MARK_DEPTH)])).toBe('fond');
    expect(richTextToPlainText(['a', nested(MAX_MARK_DEPTH + 1), 'b'])).toBe('ab');
  });

  it('stops on cyclic rich text', () => {
    const text: Inline[] = [];
    text.push('a', { type: 'emphasis', children: text });
    expect(richTextToPlainText(text)).toBe('a'.repeat(MAX_MARK_DEPTH + 1));
    const result = parseArticle({ ...otanKiev, body: [{ type: 'paragraph', text }] });
    expect(result).toMatchObject({
      success: false,
      issues: [{ path: expect.stringMatching(/^body\.0\.text\.1(\.children\.1)+$/) }],
    });
  });
});
