/**
 * Defines each of `keys` on `prototype` as an accessor that reads and writes the property of the
 * same name on `to(instance)`: how the element hands its media API to whoever plays.
 */
export function routeProperties<T extends object>(
  prototype: T,
  keys: readonly string[],
  to: (instance: T) => object,
): void {
  for (const key of keys) {
    Object.defineProperty(prototype, key, {
      get(this: T): unknown {
        return Reflect.get(to(this), key) as unknown;
      },
      set(this: T, value: unknown) {
        Reflect.set(to(this), key, value);
      },
    });
  }
}
