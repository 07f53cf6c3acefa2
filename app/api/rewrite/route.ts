// POST /api/rewrite: same contract and error handling as /api/analyze, with the rewrite engine.
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { rewrite } from '@/lib/rewrite';
import { noteRequestSchema } from '@/lib/schema';

// Rewrite a validated request into up to three variants.
export const POST = createJsonHandler({ name: 'rewrite', schema: noteRequestSchema, action: rewrite });

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
