export type { CorrectionProblem, ReadCorrection } from './readCorrections';
export { isBeforePublication, isCorrectionDate, readCorrection, readCorrections } from './readCorrections';
