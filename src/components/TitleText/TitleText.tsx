import type { TitleRun } from '../../typography';

/**
 * A title's runs as text: each short hyphenated compound in a
 * `<span data-nobreak>`, which the component's styles keep on one line. The
 * text itself is unchanged (plain hyphens), so copy and search see the title
 * as written.
 */
export function TitleText({ runs }: { runs: readonly TitleRun[] }) {
  return (
    <>
      {runs.map((run, index) =>
        typeof run === 'string' ? (
          run
        ) : (
          // Runs are a pure function of the title: their order is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: static runs of one string.
          <span key={index} data-nobreak="">
            {run.nobreak}
          </span>
        ),
      )}
    </>
  );
}
