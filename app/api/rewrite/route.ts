// POST /api/rewrite: same contract and error handling as /api/analyze, with the rewrite engine.
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { gateRewrite } from '@/lib/proofread/gate';
import { rewrite } from '@/lib/rewrite';
import { noteRequestSchema } from '@/lib/schema';

// Rewrite a validated request into up to three variants, then drop any that adds a spelling or
// grammar slip the draft did not have (all pass when the proofreader is unavailable).
export const POST = createJsonHandler({ name: 'rewrite', schema: noteRequestSchema, action: (request) => gateRewrite(request, rewrite(request)) });

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
