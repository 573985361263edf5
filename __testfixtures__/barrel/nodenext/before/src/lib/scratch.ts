export const scratch = 0;
