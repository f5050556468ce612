import { afterEach, describe, expect, it, vi } from "vitest";
import { herhaal } from "./herhaal";

afterEach(() => {
  vi.useRealTimers();
});

describe("herhaal", () => {
  it("draait nooit twee rondes tegelijk (een tik tijdens een ronde vervalt), meldt een mislukte ronde en gaat door; stop doet een laatste ronde", async () => {
    vi.useFakeTimers();
    let bezig = 0;
    let maxTegelijk = 0;
    let rondes = 0;
    const fouten: unknown[] = [];
    const job = herhaal(
      async () => {
        bezig++;
        maxTegelijk = Math.max(maxTegelijk, bezig);
        await new Promise((r) => setTimeout(r, 250));
        bezig--;
        rondes++;
        if (rondes === 2) throw new Error("mislukt");
      },
      100,
      (f) => fouten.push(f),
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(maxTegelijk).toBe(1);
    expect(fouten).toHaveLength(1);
    const voorStop = rondes;
    // 250 ms per round, a tick every 100 ms: 3 rounds in a second, not 10 queued ones.
    expect(voorStop).toBe(3);
    const stop = job.stop();
    await vi.runAllTimersAsync();
    await stop;
    expect(rondes).toBeGreaterThan(voorStop);
    const naStop = rondes;
    await vi.advanceTimersByTimeAsync(1000);
    expect(rondes).toBe(naStop);
  });

  it("met direct: de eerste ronde meteen, niet pas na de eerste tik", async () => {
    vi.useFakeTimers();
    let rondes = 0;
    const job = herhaal(
      async () => {
        rondes++;
      },
      60_000,
      () => {},
      { direct: true },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(rondes).toBe(1);
    await job.stop();
  });
});
