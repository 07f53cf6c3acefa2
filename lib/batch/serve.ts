/**
 * The server's side of a batch: run it in the pool, and turn a pool that cannot run it (a thread
 * that failed to start, a queue that is full) into a 503 with a fixed message instead of a 500.
 */
import { logFailure, Refusal } from '../http/handler';
import type { BatchRequest, BatchResponse } from '../schema';
import { runBatch } from './pool';

/** What the API says when the pool cannot take the batch (a fixed message, never the rows). */
export const BATCH_UNAVAILABLE = 'Batches cannot run right now: the server is busy or its batch workers could not start. Try again in a minute; your file is still on the page.';

/** Runs a validated batch, or refuses it with 503. */
export async function runBatchOrRefuse(request: BatchRequest): Promise<BatchResponse | Refusal> {
  try {
    return await runBatch(request);
  } catch (error) {
    logFailure('batch', error);
    return new Refusal(503, BATCH_UNAVAILABLE, 30);
  }
}
