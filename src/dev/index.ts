export { isDevelopment, resetWarnings, warnOnce } from './warn';
