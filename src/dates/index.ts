export type { FormatFrenchDateOptions } from './formatFrenchDate';
export {
  DEFAULT_TIME_ZONE,
  formatFrenchDate,
  isIsoDateTimeWithOffset,
  parseIsoDateTime,
} from './formatFrenchDate';
