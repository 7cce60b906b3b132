import { z } from 'zod';

/** Record and contribution ids (lib/ids.ts): 12 characters of our base-32 alphabet. */
export const idParamSchema = z.string().regex(/^[a-z2-9]{12}$/);
