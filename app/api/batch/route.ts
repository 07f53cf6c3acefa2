// POST /api/batch: the shared JSON handler does limit → read → validate → count rows → act → respond.
import { runBatchOrRefuse } from '@/lib/batch/serve';
import { sharedBatchRateLimiter } from '@/lib/http/rate-limit';
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { batchRequestSchema, MAX_BATCH_BODY_BYTES } from '@/lib/schema';

// 1–1,000 recipients per request, written and analyzed in the worker pool; each row counts against the rate limit.
export const POST = createJsonHandler({
  name: 'batch',
  schema: batchRequestSchema,
  action: runBatchOrRefuse,
  maxBytes: MAX_BATCH_BODY_BYTES,
  items: { count: (request) => request.rows.length, limiter: sharedBatchRateLimiter, noun: 'rows' },
});

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
