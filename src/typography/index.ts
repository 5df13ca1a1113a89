export { frenchTypography, NARROW_NBSP, NBSP } from './frenchTypography';
