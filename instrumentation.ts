/**
 * Runs once when the server starts (Next's instrumentation hook): starts the batch pool's threads,
 * and starts and warms the proofreader's thread, whose first lint builds a dictionary for seconds, so no user's first
 * request waits for it; says in the log when it is ready (or that spelling checks are off).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The batch pool's threads load the analyzer as they start: start them now, off the request thread.
  const { warmBatchPool } = await import('./lib/batch/pool');
  warmBatchPool();
  const { warmProofreader } = await import('./lib/proofread');
  const started = Date.now();
  void warmProofreader().then((ready) =>
    console.log(ready ? `[notecoach] proofreader ready in ${Date.now() - started} ms` : '[notecoach] proofreader unavailable: spelling and grammar checks are off'),
  );
}
