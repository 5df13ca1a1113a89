export { frenchTypography, NARROW_NBSP, NBSP } from './frenchTypography';
export { isFrenchLanguage, typographyFor } from './typographyFor';
