/**
 * One app process per core on a PostgreSQL server (issue 19), and `npm start` stays one command: the primary
 * prepares the database once (migrations, base and demo data) and then forks `aantal` workers that share the
 * port (node:cluster). The app is stateless per process (sessions, jobs and the audit chain live in the
 * database, every background job is safe with several processes), so a worker that dies is replaced; one
 * that keeps dying stops the whole, rather than flapping. SIGINT/SIGTERM stop the workers (each finishes its
 * requests and its last job rounds) and then the primary. PGlite is one process only (src/db/vergrendeling.ts).
 */
import cluster, { type Worker } from "node:cluster";

export interface Procesbeleid {
  aantal: number;
  /** More than this many unexpected exits within `binnenMs` stops everything (exit 1). */
  maxUitval: number;
  binnenMs: number;
  /** Wait before a replacement is forked. */
  herstartNaMs: number;
}

export interface Proceslogboek {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const STANDAARD_PROCESBELEID: Omit<Procesbeleid, "aantal"> = {
  maxUitval: 5,
  binnenMs: 60_000,
  herstartNaMs: 1000,
};

/** Runs in the primary after the database is prepared: forks the workers and watches them. */
export function leidProcessen(beleid: Procesbeleid, log: Proceslogboek): void {
  let stoppen = false;
  const uitval: number[] = [];
  const werkers = new Set<Worker>();

  const start = () => {
    const werker = cluster.fork();
    werkers.add(werker);
    werker.on("exit", (code, signaal) => {
      werkers.delete(werker);
      if (stoppen) {
        if (werkers.size === 0) process.exit(0);
        return;
      }
      const nu = Date.now();
      uitval.push(nu);
      while (uitval.length > 0 && (uitval[0] ?? nu) < nu - beleid.binnenMs) uitval.shift();
      log.error(
        { pid: werker.process.pid, code, signaal },
        "Voordeur-proces gestopt; een nieuw wordt gestart",
      );
      if (uitval.length > beleid.maxUitval) {
        log.error({ uitval: uitval.length }, "Voordeur-processen stoppen steeds: Voordeur stopt");
        stoppen = true;
        for (const w of werkers) w.process.kill("SIGTERM");
        if (werkers.size === 0) process.exit(1);
        process.exitCode = 1;
        return;
      }
      setTimeout(start, beleid.herstartNaMs).unref();
    });
  };

  for (let i = 0; i < beleid.aantal; i++) start();
  log.info({ processen: beleid.aantal }, "Voordeur start met meerdere processen");

  const stop = (signaal: NodeJS.Signals) => {
    if (stoppen) return;
    stoppen = true;
    log.info({ signaal }, "Voordeur stopt alle processen");
    if (werkers.size === 0) process.exit(0);
    for (const w of werkers) w.process.kill(signaal);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}
