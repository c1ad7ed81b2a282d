export {
  assignMissionMomentPresenters,
  nextPresenter,
  rotationCounts,
  swapPresenters,
  withOverride,
  withOverrides,
} from './missionMomentRotation';
export { isLocalDate } from './rotationValidation';
export type * from './types';
