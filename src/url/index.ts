export { isSafeUrl, resolveUrl, safeUrl } from './url';
