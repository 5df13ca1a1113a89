export { isSafeUrl, resolveUrl, safeUrl, urlAsParsed } from './url';
