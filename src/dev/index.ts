export { resetWarnings, warnOnce } from './warn';
