import { describe, expect, it, vi } from 'vitest';
import { Section, useHeadingLevel } from '../../../src/components/Section';
import { render, screen } from '../../support/render';

function Probe({ label }: { label: string }) {
  const level = useHeadingLevel();
  const Tag = `h${level}` as const;
  return <Tag>{label}</Tag>;
}

describe('Section and useHeadingLevel', () => {
  it('gives h2 outside any section, the host page owning the h1', () => {
    render(<Probe label="Titre" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Titre' })).toBeInTheDocument();
  });

  it('goes one level down per nested section', () => {
    render(
      <Section level={2}>
        <Probe label="Deux" />
        <Section>
          <Probe label="Trois" />
          <Section>
            <Probe label="Quatre" />
          </Section>
        </Section>
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'Deux' }).tagName).toBe('H2');
    expect(screen.getByRole('heading', { name: 'Trois' }).tagName).toBe('H3');
    expect(screen.getByRole('heading', { name: 'Quatre' }).tagName).toBe('H4');
  });

  it('renders a section element with data-level and passes unknown props through', () => {
    const { container } = render(
      <Section level={3} className="hote" aria-label="Analyse" data-testid="section">
        <Probe label="x" />
      </Section>,
    );
    const section = screen.getByTestId('section');
    expect(section.tagName).toBe('SECTION');
    expect(section).toHaveAttribute('data-level', '3');
    expect(section).toHaveClass('hote');
    expect(container.querySelector('h3')).not.toBeNull();
  });

  it('provides the context alone with as={false}', () => {
    const { container } = render(
      <Section as={false} level={4}>
        <Probe label="x" />
      </Section>,
    );
    expect(container.querySelector('section')).toBeNull();
    expect(container.querySelector('h4')).not.toBeNull();
  });

  it('clamps past h6 and warns once in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Section level={6}>
        <Section>
          <Probe label="a" />
          <Probe label="b" />
        </Section>
      </Section>,
    );
    expect(screen.getByRole('heading', { name: 'a' }).tagName).toBe('H6');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/h6/);
    warn.mockRestore();
  });

  it('warns when an explicit level skips one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Section level={2}>
        <Section level={4}>
          <Probe label="a" />
        </Section>
      </Section>,
    );
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/level 3 is skipped/));
    warn.mockRestore();
  });
});
