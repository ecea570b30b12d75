import { type FailureMoment, type PlatformFailureInfo, platformFailureText } from '../utils/platform/failure-text';

/** Why talking to the platform failed, in the mentor's words. */
export function PlatformFailure({ failure, moment = 'syncing' }: { failure: PlatformFailureInfo; moment?: FailureMoment }) {
  return <>{platformFailureText(failure, moment)}</>;
}
