// POST /api/profile: the shared JSON handler does limit → read → validate → act → respond.
import { createJsonHandler, otherMethods } from '@/lib/http/handler';
import { parseProfile } from '@/lib/profile';
import { MAX_PROFILE_BODY_BYTES, profileTextRequestSchema } from '@/lib/schema';

// Read a pasted profile (≤ 20,000 characters, else 422) into the recipient's details; nothing is kept.
export const POST = createJsonHandler({
  name: 'profile',
  schema: profileTextRequestSchema,
  maxBytes: MAX_PROFILE_BODY_BYTES,
  action: ({ text }) => parseProfile(text),
});

// Every other method: 405 with `Allow: POST, OPTIONS`.
export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(['POST']);
