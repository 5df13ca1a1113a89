export type { CorrectionProblem, ReadCorrection } from './readCorrections';
export { isBeforePublication, readCorrection, readCorrections } from './readCorrections';
