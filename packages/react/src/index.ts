/** @videokit/react: thin React wrappers over the videokit elements. */
export {};
