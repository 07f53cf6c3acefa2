// POST /api/analyze: the shared JSON handler does limit → read → validate → act → respond.
import { analyze } from '@/lib/analyzer';
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { noteRequestSchema } from '@/lib/schema';

// Analyze a validated request; every failure mode is mapped to its status inside the handler.
export const POST = createJsonHandler({ name: 'analyze', schema: noteRequestSchema, action: analyze });

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
