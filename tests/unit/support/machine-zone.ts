import { onTestFinished } from 'vitest';

/** This computer's time zone for the rest of the running test, as a mentor's computer there would have it. */
export function inMachineZone(zone: string): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  onTestFinished(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
