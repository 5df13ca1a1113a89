import { type ServerStyleSheet, version } from 'styled-components';
import { Root as ArticleLayoutRoot } from '../components/ArticleLayout/ArticleLayout.styles';
import { Root as ManchetteThemeProviderRoot } from '../components/ManchetteThemeProvider/ManchetteThemeProvider.styles';
import { Root as QuoteBlockRoot } from '../components/QuoteBlock/QuoteBlock.styles';
import { Root as RelatedArticlesRoot } from '../components/RelatedArticles/RelatedArticles.styles';
import {
  Heading as SubheadingHeading,
  Wrapper as SubheadingWrapper,
} from '../components/Subheading/Subheading.styles';
import { TokenScope } from '../theme/TokenScope';

/**
 * Every styled component the library defines. Their CSS is static (tokens are
 * custom properties, nothing depends on props or the theme), so a component's
 * id and the name styled-components gives its CSS, a hash of that CSS and of
 * the stylis set-up, always stand for the same compiled rules.
 */
const LIBRARY_COMPONENT_IDS: ReadonlySet<string> = new Set(
  [
    TokenScope,
    ArticleLayoutRoot,
    QuoteBlockRoot,
    RelatedArticlesRoot,
    SubheadingWrapper,
    SubheadingHeading,
    ManchetteThemeProviderRoot,
  ].map((component) => component.styledComponentId),
);

/** Whether styled-components' id `id` is one of the library's own styled components. */
export function isLibraryComponentId(id: string): boolean {
  return LIBRARY_COMPONENT_IDS.has(id);
}

// One name per component and stylis set-up (namespace, plugins, prefixing): a
// handful for a whole process. The cap only guards against a host that makes
// up stylis set-ups per request.
const MAX_NAMES_PER_COMPONENT = 16;

/** Compiled rules of the library's components, by component id, then by the name of their CSS. */
const compiled = new Map<string, Map<string, readonly string[]>>();

const REUSING = Symbol.for('manchette.reuseCompiledStyles');

/**
 * Since 6.4 the name styled-components gives a component's CSS hashes the
 * whole stylis set-up. Earlier versions hash the plugins' names only, so the
 * CSS compiled with and without a `namespace` (or vendor prefixes) shares a
 * name there, and a cache keyed by that name could hand one to the other.
 */
export function namesTellSetUpsApart(styledComponentsVersion: string): boolean {
  const match = /^(\d+)\.(\d+)\./.exec(styledComponentsVersion);
  return match !== null && Number(match[1]) === 6 && Number(match[2]) >= 4;
}

const SUPPORTED = namesTellSetUpsApart(version);

type Instance = ServerStyleSheet['instance'] & { [REUSING]?: true };

/**
 * Lets `sheet` take the CSS of manchette's components from a cache kept for
 * the whole process instead of compiling it again. styled-components starts
 * every server request from an empty `ServerStyleSheet` and runs stylis over
 * the CSS of each component the request renders; for an article page that is
 * most of the render time. With this, the library's CSS is compiled the first
 * time a component renders in the process and copied into every later sheet
 * when that component renders there: each page still carries the CSS of the
 * components it renders and nothing else, in the same order. The host's own
 * components are compiled as before. Call it on the sheet before rendering;
 * calling it again on the same sheet changes nothing. With styled-components
 * before 6.4 it leaves the sheet as it is (see `namesTellSetUpsApart`).
 *
 * @example
 * import { ServerStyleSheet } from 'styled-components';
 * import { reuseCompiledStyles } from 'manchette/server';
 *
 * const sheet = reuseCompiledStyles(new ServerStyleSheet());
 * const html = renderToString(sheet.collectStyles(<Page />));
 * const styleTags = sheet.getStyleTags();
 */
export function reuseCompiledStyles<Sheet extends ServerStyleSheet>(sheet: Sheet): Sheet {
  const instance: Instance = sheet.instance;
  if (!SUPPORTED || instance[REUSING]) return sheet;
  instance[REUSING] = true;
  const hasNameForId = instance.hasNameForId.bind(instance);
  const insertRules = instance.insertRules.bind(instance);

  // styled-components asks whether the sheet holds a component's CSS before
  // compiling it: a library component whose rules are cached gets them here,
  // and styled-components goes on as with rules it had inserted itself.
  instance.hasNameForId = (id, name) => {
    if (hasNameForId(id, name)) return true;
    const rules = compiled.get(id)?.get(name);
    if (rules === undefined) return false;
    insertRules(id, name, [...rules]);
    return true;
  };
  instance.insertRules = (id, name, rules) => {
    if (LIBRARY_COMPONENT_IDS.has(id)) {
      let names = compiled.get(id);
      if (names === undefined) {
        names = new Map();
        compiled.set(id, names);
      }
      if (!names.has(name) && names.size < MAX_NAMES_PER_COMPONENT)
        names.set(name, Object.freeze([...rules]));
    }
    insertRules(id, name, rules);
  };
  return sheet;
}
