// POST /api/rewrite: same contract and error handling as /api/analyze, with the rewrite engine.
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { proofreadRewrite } from '@/lib/proofread/gate';
import { noteRequestSchema } from '@/lib/schema';

// Rewrite a validated request into up to three variants with the draft's sure spelling and grammar
// slips fixed, then drop any that adds a slip the draft did not have (when the proofreader is
// unavailable, the rewrite goes on without it).
export const POST = createJsonHandler({ name: 'rewrite', schema: noteRequestSchema, action: (request) => proofreadRewrite(request) });

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
