/**
 * A background job's timer: runs `ronde` every `ms` milliseconds, never two rounds at once (a tick while a round
 * is still busy is skipped, so slow rounds never pile up), a failing round is reported and the next one runs
 * again. `stop` ends the timer and waits for a last round, so what is open at shutdown is still done.
 */
export function herhaal(
  ronde: () => Promise<unknown>,
  ms: number,
  opFout: (fout: unknown) => void,
  opties: { direct?: boolean } = {},
): { stop(): Promise<void> } {
  let bezig: Promise<void> | undefined;
  const volgende = (): Promise<void> => {
    if (bezig) return bezig;
    const deze = Promise.resolve()
      .then(ronde)
      .then(
        () => {},
        (fout: unknown) => opFout(fout),
      )
      .finally(() => {
        bezig = undefined;
      });
    bezig = deze;
    return deze;
  };
  if (opties.direct) void volgende();
  const timer = setInterval(volgende, ms);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await bezig;
      await volgende();
    },
  };
}
