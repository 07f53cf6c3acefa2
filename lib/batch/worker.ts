/**
 * The batch pool's task (see ./pool.ts): one part of a batch, written and analyzed in a worker
 * thread. Piscina calls the default export with each task and sends back what it returns.
 */
import type { BatchRequest, BatchResponse } from '../schema';
import { batch } from './index';

export default function runBatchPart(request: BatchRequest): BatchResponse {
  return batch(request);
}
