/** WCAG 2 relative luminance of a `#rgb` or `#rrggbb` colour; undefined for anything else. */
export function luminance(colour: string): number | undefined {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const hex = short ? `${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : colour.slice(1);
  if (!/^[0-9a-f]{6}$/i.test(hex) || !colour.startsWith('#')) return undefined;
  const value = Number.parseInt(hex, 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21; undefined when one is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const first = luminance(a);
  const second = luminance(b);
  if (first === undefined || second === undefined) return undefined;
  const [light, dark] = first > second ? [first, second] : [second, first];
  return (light + 0.05) / (dark + 0.05);
}

/** The WCAG 2.1 level a text colour pair reaches: AA needs 4.5:1, or 3:1 for large text. */
export function textLevel(
  ratio: number | undefined,
): 'AAA' | 'AA' | 'AA grand texte' | 'insuffisant' | 'inconnu' {
  if (ratio === undefined) return 'inconnu';
  if (ratio >= 7) return 'AAA';
  if (ratio >= 4.5) return 'AA';
  if (ratio >= 3) return 'AA grand texte';
  return 'insuffisant';
}

/** A ratio as designers write it: « 4,6:1 ». */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined) return '—';
  return `${(Math.floor(ratio * 10) / 10).toLocaleString('fr-FR', { minimumFractionDigits: 1 })}:1`;
}
