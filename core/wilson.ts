// The Wilson score interval for a proportion k/n: honest error bars for small samples (19
// positives at 100% still leave the true rate anywhere above about 83%).

/** The 95% (z = 1.96) Wilson score interval for k successes out of n, as [low, high] in 0..1. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
