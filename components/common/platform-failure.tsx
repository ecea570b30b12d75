import { type FailureMoment, type PlatformFailureInfo, platformFailureText } from './failure-text';

/** Why talking to the platform failed, in the mentor's words. */
export function PlatformFailure({ failure, moment = 'syncing' }: { failure: PlatformFailureInfo; moment?: FailureMoment }) {
  // The platform's own words may run right to left: kept apart from the sentence around them.
  return <bdi>{platformFailureText(failure, moment)}</bdi>;
}
