/*
 * React and Ink read NODE_ENV when they are first loaded: unset, they run
 * their development builds (prop checks, performance marks, a devtools
 * probe), several times slower per key press. The UI is an end-user
 * program, so unless the caller chose a mode (tests run in `test`), it is
 * production. Imported first by run.tsx, before React or Ink load.
 */
process.env.NODE_ENV ??= 'production';
