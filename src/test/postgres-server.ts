import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const voerUit = promisify(execFile);

/**
 * A private, throwaway PostgreSQL server for a test that must stop and start it (the shared one of
 * scripts/with-postgres.sh serves the other test files at the same time). Same settings as that script.
 */
export interface EigenPostgres {
  /** postgres://… of the `postgres` database; the port stays the same across stop/start. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  ruimOp(): Promise<void>;
}

/** The newest PostgreSQL server binaries in /usr/lib/postgresql/<versie>/bin, if installed. */
export function postgresBinaries(): string | undefined {
  const wortel = "/usr/lib/postgresql";
  if (!existsSync(wortel)) return undefined;
  return readdirSync(wortel)
    .sort((a, b) => Number(b) - Number(a))
    .map((versie) => join(wortel, versie, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")));
}

function vrijePoort(): Promise<number> {
  return new Promise((klaar, mislukt) => {
    const s = createServer();
    s.once("error", mislukt);
    s.listen(0, "127.0.0.1", () => {
      const adres = s.address();
      s.close(() =>
        typeof adres === "object" && adres ? klaar(adres.port) : mislukt(new Error("geen poort")),
      );
    });
  });
}

export async function startEigenPostgres(): Promise<EigenPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL-serverprogramma's niet gevonden in /usr/lib/postgresql/*/bin");
  const map = mkdtempSync(join(tmpdir(), "voordeur-eigen-pg-"));
  const data = join(map, "data");
  // initdb refuses to run as root: then the server runs as the postgres system user (as in with-postgres.sh).
  const alsRoot = process.getuid?.() === 0;
  if (alsRoot) chownSync(map, Number((await voerUit("id", ["-u", "postgres"])).stdout.trim()), -1);
  const pg = (programma: string, args: string[]) =>
    alsRoot
      ? voerUit("runuser", ["-u", "postgres", "--", join(bin, programma), ...args])
      : voerUit(join(bin, programma), args);
  const poort = await vrijePoort();
  await pg("initdb", ["-D", data, "-U", "voordeur", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const opties = `-p ${poort} -k ${map} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = async () => {
    await pg("pg_ctl", ["-D", data, "-l", join(map, "server.log"), "-w", "-o", opties, "start"]);
  };
  await start();
  return {
    url: `postgres://voordeur@127.0.0.1:${poort}/postgres`,
    // fast: sessions are ended (57P01) and the server is down until start().
    stop: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    },
    start,
    ruimOp: async () => {
      await pg("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
      rmSync(map, { recursive: true, force: true });
    },
  };
}
