import { z } from './zod.ts';

/** content/<lang>/synonyms.yaml: the words readers type, and the words the guide uses for them. */
export const synonymsSchema = z.array(
  z
    .object({
      means: z.string().min(1), // the guide's words: "planting seeds"
      words: z.array(z.string().min(1)).min(1), // what readers type: "sowing", "seed planting"
    })
    .strict(),
);

export type Synonyms = z.output<typeof synonymsSchema>;
