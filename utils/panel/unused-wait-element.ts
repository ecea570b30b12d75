/**
 * Stands in for `@1natsu/wait-element` in the build (see wxt.config.ts). WXT's
 * shadow-root UI uses it only for `autoMount`; Cadence mounts its panel
 * itself, so the library's 3 KB (with `defu` and `many-keys-map`) would be
 * dead weight in every Meet tab.
 */
export function waitElement(): never {
  throw new Error('Cadence does not use autoMount');
}

export const isExist = (element: unknown) => element != null;
export const isNotExist = (element: unknown) => element == null;
