// Preload for the Prisma CLI: timers of 10 s or more (the schema engine's advisory-lock timeout,
// pg's idle timers) must not keep the process alive once its work is done.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...args) {
  const timer = original(fn, ms, ...args);
  if (typeof ms === 'number' && ms >= 10000 && timer && typeof timer.unref === 'function') timer.unref();
  return timer;
};
