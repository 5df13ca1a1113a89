export { frenchTitleTypography, frenchTypography, NARROW_NBSP, NBSP } from './frenchTypography';
export { type TitleRun, titleRuns } from './titleRuns';
export { isFrenchLanguage, titleTypographyFor, typographyFor } from './typographyFor';
