import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { hostname, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase, rijen } from "./client";
import { DatabaseInGebruik, EXIT_DATABASE_IN_GEBRUIK, type Slothouder, vergrendel } from "./vergrendeling";

const WORTEL = resolve(import.meta.dirname, "../..");
const TSX = createRequire(import.meta.url).resolve("tsx/cli");

let map: string;
beforeEach(() => {
  map = mkdtempSync(join(tmpdir(), "voordeur-slot-"));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(map, { recursive: true, force: true });
});

const slotBestand = () => join(map, "pglite.lock");
const schrijfSlot = (houder: Partial<Slothouder>) =>
  writeFileSync(
    slotBestand(),
    JSON.stringify({
      gestart: "2026-12-02T14:40:00.000Z",
      opdracht: "npm start",
      host: hostname(),
      ...houder,
    }),
  );

/** Runs a child process to its end (killed after 120 s), with its exit code or signal and its output. */
function draai(kind: ChildProcess, zodraUitvoer?: (tekst: string) => void) {
  return new Promise<{ code: number | null; signaal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (klaar, mislukt) => {
      let stdout = "";
      let stderr = "";
      const grens = setTimeout(() => kind.kill("SIGKILL"), 120_000);
      kind.stdout?.on("data", (d: Buffer) => {
        stdout += d;
        zodraUitvoer?.(stdout);
      });
      kind.stderr?.on("data", (d: Buffer) => {
        stderr += d;
      });
      kind.on("error", mislukt);
      kind.on("close", (code, signaal) => {
        clearTimeout(grens);
        klaar({ code, signaal, stdout, stderr });
      });
    },
  );
}

/** The pid of a process that has just ended, so certainly not running now. */
async function dodePid(): Promise<number> {
  const kind = spawn(process.execPath, ["-e", ""]);
  await draai(kind);
  return kind.pid as number;
}

describe("one process per PGlite data directory", () => {
  // One initdb for all (it takes seconds); each test starts from a copy of it.
  let sjabloon: string;
  beforeAll(async () => {
    sjabloon = mkdtempSync(join(tmpdir(), "voordeur-slot-sjabloon-"));
    await (await openDatabase({ dataDir: sjabloon })).close();
  });
  afterAll(() => rmSync(sjabloon, { recursive: true, force: true }));
  beforeEach(() => cpSync(join(sjabloon, "pglite"), join(map, "pglite"), { recursive: true }));

  it("refuses a second open in the same process, naming this process, and opens again after close()", async () => {
    const eerste = await openDatabase({ dataDir: map });
    const houder = JSON.parse(readFileSync(slotBestand(), "utf8")) as Slothouder;
    expect(houder).toMatchObject({ pid: process.pid, host: hostname() });
    expect(new Date(houder.gestart).getTime()).toBeLessThanOrEqual(Date.now());

    const tweede = openDatabase({ dataDir: map });
    await expect(tweede).rejects.toBeInstanceOf(DatabaseInGebruik);
    await expect(tweede).rejects.toThrow(
      new RegExp(
        `^De database in .*pglite is al in gebruik door proces ${process.pid} \\(.+, gestart \\d{1,2} \\w+ \\d{4} \\d{2}:\\d{2}\\)\\. ` +
          "Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL\\.$",
      ),
    );

    await eerste.close();
    expect(existsSync(slotBestand())).toBe(false);
    const weer = await openDatabase({ dataDir: map });
    await weer.close();
  });

  it("a real second process (src/main.ts) exits 75 with one Dutch line; the first process keeps its writes", async () => {
    const eerste = await openDatabase({ dataDir: map });
    await eerste.db.execute(sql`create table teller (n int)`);
    await eerste.db.execute(sql`insert into teller select generate_series(1, 39)`);

    const { DATABASE_URL: _geen, ...omgeving } = process.env;
    const kind = spawn(process.execPath, [TSX, "src/main.ts"], {
      cwd: WORTEL,
      env: { ...omgeving, VOORDEUR_DATA_DIR: map, VOORDEUR_DEMO: "0", PORT: "0", npm_lifecycle_event: "" },
    });
    const uitkomst = await draai(kind);
    expect(uitkomst.code).toBe(EXIT_DATABASE_IN_GEBRUIK);
    expect(uitkomst.stderr.trim()).toMatch(
      new RegExp(
        `^Voordeur kon niet starten: De database in .*pglite is al in gebruik door proces ${process.pid} \\(.+\\)\\. ` +
          "Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL\\.$",
      ),
    );

    await eerste.db.execute(sql`insert into teller select generate_series(40, 78)`);
    await eerste.close();
    const opnieuw = await openDatabase({ dataDir: map });
    const [telling] = await rijen<{ aantal: number }>(
      opnieuw.db,
      sql`select count(*)::int as aantal from teller`,
    );
    expect(telling?.aantal).toBe(78);
    await opnieuw.close();
  }, 150_000);

  it("takes over a stale lock whose process no longer runs, with a line on stderr", async () => {
    const pid = await dodePid();
    schrijfSlot({ pid });
    const meldingen = vi.spyOn(console, "error").mockImplementation(() => {});

    const database = await openDatabase({ dataDir: map });
    expect(meldingen).toHaveBeenCalledWith(expect.stringContaining(`proces ${pid} (npm start)`));
    expect(meldingen.mock.calls[0]?.[0]).toMatch(/^Verlopen slot op de database in .*pglite overgenomen/);
    expect(JSON.parse(readFileSync(slotBestand(), "utf8"))).toMatchObject({ pid: process.pid });
    await database.close();
    expect(existsSync(slotBestand())).toBe(false);
  });
});

describe("vergrendel", () => {
  const databaseMap = () => join(map, "pglite");
  const stil = () => {};

  it("refuses while another live process holds the folder", async () => {
    const wachter = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      schrijfSlot({ pid: wachter.pid as number, opdracht: "npm run audit:verifieer" });
      expect(() => vergrendel(databaseMap(), stil)).toThrow(
        `door proces ${wachter.pid} (npm run audit:verifieer, gestart 2 december 2026 15:40)`,
      );
      // The refusal leaves the other process's lock alone.
      expect(JSON.parse(readFileSync(slotBestand(), "utf8"))).toMatchObject({ pid: wachter.pid });
    } finally {
      wachter.kill("SIGKILL");
    }
  });

  it.each([
    ["from another host", { pid: 1, host: "een-oude-container" }],
    ["with this pid that this process does not hold (pid 1 after a container restart)", { pid: process.pid }],
  ])("takes over a lock %s", (_naam, houder) => {
    schrijfSlot(houder);
    const meldingen: string[] = [];
    const slot = vergrendel(databaseMap(), (r) => meldingen.push(r));
    expect(meldingen).toHaveLength(1);
    expect(JSON.parse(readFileSync(slotBestand(), "utf8"))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    slot.vrijgeven();
    expect(existsSync(slotBestand())).toBe(false);
  });

  it("takes over an unreadable lock", () => {
    writeFileSync(slotBestand(), "");
    const meldingen: string[] = [];
    const slot = vergrendel(databaseMap(), (r) => meldingen.push(r));
    expect(meldingen).toEqual([
      expect.stringMatching(/^Onleesbaar slot op de database in .*pglite overgenomen\.$/),
    ]);
    slot.vrijgeven();
  });

  it("leaves a lock alone that another process took over after ours", () => {
    const slot = vergrendel(databaseMap(), stil);
    schrijfSlot({ pid: process.pid + 1 });
    slot.vrijgeven();
    expect(existsSync(slotBestand())).toBe(true);
  });

  it("removes the lock when a process without its own handler gets SIGTERM, and still dies of it", async () => {
    const script = join(map, "houd-vast.ts");
    writeFileSync(
      script,
      `import { vergrendel } from ${JSON.stringify(join(WORTEL, "src/db/vergrendeling.ts"))};\n` +
        `vergrendel(${JSON.stringify(databaseMap())});\nconsole.log("vast");\nsetInterval(() => {}, 1000);\n`,
    );
    // Straight into node (not the tsx cli, which runs the script in a child and relays signals).
    const kind = spawn(process.execPath, ["--import", "tsx", script], { cwd: WORTEL });
    let gestuurd = false;
    const uitkomst = await draai(kind, (tekst) => {
      if (tekst.includes("vast") && !gestuurd) {
        gestuurd = true;
        expect(existsSync(slotBestand())).toBe(true);
        kind.kill("SIGTERM");
      }
    });
    expect(uitkomst.signaal).toBe("SIGTERM");
    expect(existsSync(slotBestand())).toBe(false);
  }, 60_000);
});
