/**
 * Runs once when the server starts (Next's instrumentation hook): warms the proofreader, whose
 * first lint builds a dictionary for seconds, so no user's first request waits for it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warmProofreader } = await import('./lib/proofread');
  void warmProofreader();
}
