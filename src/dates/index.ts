export type { FormatFrenchDateOptions } from './formatFrenchDate';
export {
  DEFAULT_TIME_ZONE,
  formatFrenchDate,
  isCalendarDate,
  isIsoDateOrDateTime,
  isIsoDateTimeWithOffset,
  isValidTimeZone,
  parseIsoDateTime,
} from './formatFrenchDate';
export { htmlDateTime } from './htmlDateTime';
