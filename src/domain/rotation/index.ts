export {
  assignMissionMomentPresenters,
  nextPresenter,
  rotationCounts,
  swapPresenters,
  withOverride,
  withOverrides,
} from './missionMomentRotation';
/** True for a real `YYYY-MM-DD` date (a {@link LocalDate}): the domain's one date check. */
export { isCalendarDate as isLocalDate } from '../calendarDate';
export type * from './types';
