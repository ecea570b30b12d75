/** Records made on this computer carry this prefix until the platform names them. */
export const LOCAL_ID_PREFIX = 'local-';

export const isLocalId = (id: string) => id.startsWith(LOCAL_ID_PREFIX);
