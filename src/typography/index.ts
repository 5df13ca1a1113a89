export { frenchTitleTypography, frenchTypography, NARROW_NBSP, NBSP } from './frenchTypography';
export { isFrenchLanguage, titleTypographyFor, typographyFor } from './typographyFor';
