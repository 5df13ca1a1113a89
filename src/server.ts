// The server entry: full-document rendering for static generation and validators.
export type { RenderArticleDocumentOptions } from './server/renderArticleDocument';
export { renderArticleDocument } from './server/renderArticleDocument';
export { reuseCompiledStyles } from './server/reuseCompiledStyles';
