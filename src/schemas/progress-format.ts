/**
 * Constants of the stored progress format that browser code needs without importing zod.
 * Raise PROGRESS_VERSION together with a migration in src/lib/progress/migrations.ts.
 */
export const PROGRESS_VERSION = 5;
/** From this version on, progress is written compactly (src/lib/progress/codec.ts); earlier versions wrote the model's objects. */
export const COMPACT_FROM_VERSION = 5;
export const EXPORT_FORMAT = 'devops-path-progress';

/** The `format` of a shared progress summary (src/schemas/passport.ts). */
export const SHARED_PROGRESS_FORMAT = 'devops-path-shared-progress';
/** Raise with any change to the shared progress summary a reader of an older version would misread. */
export const SHARED_PROGRESS_VERSION = 1;
