/** At most this many teammates in one note (one notification each). No zod: the console's note box reads it too. */
export const MAX_MENTIONS = 10;
