// POST /api/proofread: same request schema, limiter and error contract as /api/analyze; 503 when
// the checker is not available.
import { createJsonHandler, otherMethods, Refusal } from '@/lib/http/handler';
import { PROOFREAD_UNAVAILABLE, proofread, warmProofreader } from '@/lib/proofread';
import { noteRequestSchema } from '@/lib/schema';

// Normally warmed at server start (instrumentation.ts); this covers a route loaded first.
void warmProofreader();

// Proofread a validated request; a checker that cannot start or fails is a 503, never a 500.
export const POST = createJsonHandler({
  name: 'proofread',
  schema: noteRequestSchema,
  action: async (request) => {
    const outcome = await proofread(request);
    return outcome.ok ? outcome.result : new Refusal(503, PROOFREAD_UNAVAILABLE, 30);
  },
});

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
