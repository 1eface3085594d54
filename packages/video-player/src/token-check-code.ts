// The chunk `token-check.ts` loads.
export { checkToken } from '@videokit/core';
