/**
 * One process at a time on an embedded PGlite database. PGlite has no server that several processes can
 * share: a second process on the same folder (a second `npm start`, or `npm run audit:verifieer` beside a
 * running app) also accepts writes, and one of the two loses them without a word. So the folder is locked:
 * a file beside it, created atomically, says which process holds it; the next process refuses with a message
 * naming that process. A lock whose process no longer runs (a crash, a kill -9, a container restart) is
 * taken over, with a line on stderr.
 *
 * Limitation: two processes that find the same stale lock at the very same moment can both take it over;
 * the window is a few microseconds between reading the old lock and creating the new one.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, isAbsolute, relative } from "node:path";

/** Who holds a database folder: the contents of the lock file. */
export interface Slothouder {
  pid: number;
  /** When that process started (ISO 8601). */
  gestart: string;
  /** How it was started, e.g. "npm start" or "npm run audit:verifieer". */
  opdracht: string;
  host: string;
}

/** Exit code for "the database is in use, try again later" (sysexits EX_TEMPFAIL), apart from other failures. */
export const EXIT_DATABASE_IN_GEBRUIK = 75;

/** The expected refusal when another live process holds the folder; its message is one Dutch line. */
export class DatabaseInGebruik extends Error {
  constructor(
    readonly map: string,
    readonly houder: Slothouder,
  ) {
    super(
      `De database in ${toonPad(map)} is al in gebruik door proces ${houder.pid} ` +
        `(${houder.opdracht}, gestart ${toonTijdstip(houder.gestart)}). ` +
        "Stop dat proces eerst, of gebruik een PostgreSQL-server via DATABASE_URL.",
    );
    this.name = "DatabaseInGebruik";
  }
}

export interface Slot {
  /** Removes the lock file (only while it is still ours); safe to call twice. */
  vrijgeven(): void;
}

/** Lock files this process holds, with the exact contents it wrote. */
const gehouden = new Map<string, string>();

/**
 * Locks the database folder `map` (the lock file is `map` + ".lock") for this process, or throws
 * `DatabaseInGebruik` naming the live process that holds it.
 */
export function vergrendel(map: string, meld: (regel: string) => void = console.error): Slot {
  const pad = `${map}.lock`;
  const inhoud = JSON.stringify(ditProces());
  // A second round only after a stale lock was removed; a third only when another process raced us to it.
  for (let poging = 0; poging < 3; poging++) {
    let fd: number;
    try {
      fd = openSync(pad, "wx", 0o600);
    } catch (fout) {
      if ((fout as NodeJS.ErrnoException).code !== "EEXIST") throw fout;
      const houder = leesHouder(pad);
      if (houder && leeft(pad, houder)) throw new DatabaseInGebruik(map, houder);
      meld(
        houder
          ? `Verlopen slot op de database in ${toonPad(map)} overgenomen: proces ${houder.pid} ` +
              `(${houder.opdracht}) op ${houder.host} draait niet meer.`
          : `Onleesbaar slot op de database in ${toonPad(map)} overgenomen.`,
      );
      verwijder(pad);
      continue;
    }
    try {
      writeSync(fd, inhoud);
    } finally {
      closeSync(fd);
    }
    houdVast(pad, inhoud);
    return { vrijgeven: () => laatLos(pad) };
  }
  throw new Error(`Het slot op de database in ${toonPad(map)} kon niet worden genomen; probeer het opnieuw.`);
}

function ditProces(): Slothouder {
  return {
    pid: process.pid,
    gestart: new Date(Date.now() - process.uptime() * 1000).toISOString(),
    opdracht: opdracht(),
    host: hostname(),
  };
}

/** "npm start", "npm run audit:verifieer", or the script node runs ("node src/main.ts"). */
function opdracht(): string {
  const npm = process.env.npm_lifecycle_event;
  if (npm && npm !== "npx") return npm === "start" || npm === "test" ? `npm ${npm}` : `npm run ${npm}`;
  const script = process.argv[1];
  return script ? `${basename(process.argv0)} ${toonPad(script)}` : basename(process.argv0);
}

function leesHouder(pad: string): Slothouder | null {
  let tekst: string;
  try {
    tekst = readFileSync(pad, "utf8");
  } catch {
    return null;
  }
  try {
    const h = JSON.parse(tekst) as Partial<Slothouder>;
    if (!Number.isInteger(h.pid) || (h.pid as number) <= 0 || typeof h.host !== "string") return null;
    return {
      pid: h.pid as number,
      host: h.host,
      gestart: typeof h.gestart === "string" ? h.gestart : "",
      opdracht: typeof h.opdracht === "string" ? h.opdracht : "onbekende opdracht",
    };
  } catch {
    return null;
  }
}

/**
 * Does the holder still run? A lock from another host counts as stale (a container gets a new host name on
 * every start; PGlite on a folder shared between machines is not supported). A lock with our own pid that we
 * do not hold was left by an earlier process that had the same pid (pid 1 in a container).
 */
function leeft(pad: string, houder: Slothouder): boolean {
  if (houder.host !== hostname()) return false;
  if (houder.pid === process.pid) return gehouden.has(pad);
  try {
    process.kill(houder.pid, 0);
    return true;
  } catch (fout) {
    // EPERM: the process exists but belongs to another user.
    return (fout as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function verwijder(pad: string): void {
  try {
    unlinkSync(pad);
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code !== "ENOENT") throw fout;
  }
}

function laatLos(pad: string): void {
  const inhoud = gehouden.get(pad);
  if (inhoud === undefined) return;
  gehouden.delete(pad);
  // Only our own lock: never the one a later process took over.
  try {
    if (readFileSync(pad, "utf8") === inhoud) verwijder(pad);
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code !== "ENOENT") throw fout;
  }
  if (gehouden.size === 0) zetAfhandelingUit();
}

function laatAllesLos(): void {
  for (const pad of [...gehouden.keys()]) {
    try {
      laatLos(pad);
    } catch {
      // On the way out: a lock that cannot be removed is stale for the next process, which takes it over.
    }
  }
}

const SIGNALEN = ["SIGINT", "SIGTERM"] as const;

/**
 * A signal with no other listener ends the process without an 'exit' event: remove the locks, then let the
 * signal do what it would have done. When the app listens too (src/main.ts), it closes the database itself,
 * which releases the lock after PGlite has written everything.
 */
function bijSignaal(signaal: NodeJS.Signals): void {
  if (process.listenerCount(signaal) > 1) return;
  laatAllesLos();
  zetAfhandelingUit();
  process.kill(process.pid, signaal);
}

function houdVast(pad: string, inhoud: string): void {
  if (gehouden.size === 0) {
    process.on("exit", laatAllesLos);
    for (const s of SIGNALEN) process.on(s, bijSignaal);
  }
  gehouden.set(pad, inhoud);
}

function zetAfhandelingUit(): void {
  process.off("exit", laatAllesLos);
  for (const s of SIGNALEN) process.off(s, bijSignaal);
}

/** Relative to the working folder when it lies inside it (".data/pglite"), else the full path. */
function toonPad(pad: string): string {
  const r = relative(process.cwd(), pad);
  return r && !r.startsWith("..") && !isAbsolute(r) ? r : pad;
}

/** "2 december 2026 15:40", Dutch time. */
function toonTijdstip(iso: string): string {
  const tijdstip = new Date(iso);
  if (Number.isNaN(tijdstip.getTime())) return "op een onbekend tijdstip";
  const deel = (opties: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", ...opties }).format(tijdstip);
  return `${deel({ day: "numeric", month: "long", year: "numeric" })} ${deel({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}`;
}

/**
 * For scripts: `await openDatabase(…).catch(stopAlsInGebruik)` turns the expected refusal into its one line on
 * stderr and exit code 75, without a stack trace; any other failure is thrown on.
 */
export function stopAlsInGebruik(fout: unknown): never {
  if (fout instanceof DatabaseInGebruik) {
    console.error(fout.message);
    process.exit(EXIT_DATABASE_IN_GEBRUIK);
  }
  throw fout;
}
