import { useQuery } from "@tanstack/react-query";
import { ApiFout, api, apiMetHeaders } from "../../lib/api";
import { type Sessie, sessieConfig, sessie as sessieSchema } from "../../lib/contract";

export const SESSIE_SLEUTEL = ["sessie"] as const;

/**
 * When the session ends, in this browser's clock. The server slides the idle timeout on every
 * authenticated call, so after each successful call the idle deadline moves to now + idle duration.
 */
export interface SessieTijden {
  /** Length of the idle window as the server reported it. */
  idleDuurMs: number;
  /** Absolute end of the session (client clock). */
  absoluutEinde: number;
  /** Client time of the last call that slid the idle window. */
  laatsteActiviteit: number;
}

let tijden: SessieTijden | undefined;
const tijdenLuisteraars = new Set<() => void>();

function meldTijden() {
  for (const luisteraar of tijdenLuisteraars) luisteraar();
}

export function huidigeSessieTijden(): SessieTijden | undefined {
  return tijden;
}

export function bijSessieTijden(luisteraar: () => void): () => void {
  tijdenLuisteraars.add(luisteraar);
  return () => tijdenLuisteraars.delete(luisteraar);
}

/** Records the session's deadlines, correcting for a difference between server and client clock. */
export function registreerSessieTijden(s: Sessie, headers?: Headers) {
  const nu = Date.now();
  const serverDatum = headers?.get("Date");
  const serverNu = serverDatum ? Date.parse(serverDatum) : Number.NaN;
  // Only trust the Date header for a real skew (it has a resolution of one second).
  const verschil = Number.isFinite(serverNu) && Math.abs(serverNu - nu) > 5_000 ? serverNu - nu : 0;
  const idleEinde = Date.parse(s.idleVerlooptOp) - verschil;
  const absoluutEinde = Date.parse(s.verlooptOp) - verschil;
  tijden = { idleDuurMs: Math.max(0, idleEinde - nu), absoluutEinde, laatsteActiviteit: nu };
  meldTijden();
}

export function registreerActiviteit() {
  if (!tijden) return;
  tijden = { ...tijden, laatsteActiviteit: Date.now() };
  meldTijden();
}

export function wisSessieTijden() {
  tijden = undefined;
  meldTijden();
}

/** The moment (client clock) the session is expected to end, whichever comes first. */
export function verwachtEinde(t: SessieTijden): { einde: number; absoluut: boolean } {
  // The server records activity at most every 15 seconds: count on the earliest possible end.
  const idleEinde = t.laatsteActiviteit + t.idleDuurMs - 15_000;
  return idleEinde < t.absoluutEinde
    ? { einde: idleEinde, absoluut: false }
    : { einde: t.absoluutEinde, absoluut: true };
}

/** GET /api/sessie: the logged-in medewerker, or null when not logged in. Slides the idle timeout. */
export async function haalSessie(opties: { verwacht401: boolean }): Promise<Sessie | null> {
  try {
    const { data, headers } = await apiMetHeaders("/sessie", {
      schema: sessieSchema,
      verwacht401: opties.verwacht401,
    });
    registreerSessieTijden(data, headers);
    return data;
  } catch (fout) {
    if (fout instanceof ApiFout && fout.status === 401) {
      wisSessieTijden();
      return null;
    }
    throw fout;
  }
}

export async function logIn(gebruikersnaam: string, wachtwoord: string): Promise<Sessie> {
  const { data, headers } = await apiMetHeaders("/sessie", {
    method: "POST",
    body: { gebruikersnaam, wachtwoord },
    schema: sessieSchema,
    verwacht401: true,
  });
  registreerSessieTijden(data, headers);
  zetEindeSessie(undefined);
  return data;
}

export async function logUit(): Promise<void> {
  try {
    await api("/sessie", { method: "DELETE", verwacht401: true });
  } finally {
    wisSessieTijden();
  }
}

/** The session of the logged-in medewerker: `data` is null when nobody is logged in. */
export function useSessie() {
  return useQuery({
    queryKey: SESSIE_SLEUTEL,
    queryFn: () => haalSessie({ verwacht401: true }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** The logged-in medewerker; only for components rendered inside the protected part of the app. */
export function useIngelogd(): Sessie {
  const { data } = useSessie();
  if (!data) throw new Error("useIngelogd buiten een ingelogde pagina");
  return data;
}

export function heeftRol(s: Sessie | null | undefined, rol: string): boolean {
  return Boolean(s?.rollen.includes(rol));
}

/** May the medewerker do `actie` on this gemeente-wide kind? (from the policy, via GET /api/sessie) */
export function mag(
  s: Sessie | null | undefined,
  soort: string,
  actie: "lezen" | "aanmaken" | "wijzigen" | "verwijderen",
): boolean {
  return Boolean(s?.rechten[soort]?.includes(actie));
}

export function useSessieConfiguratie() {
  return useQuery({
    queryKey: ["sessieConfiguratie"],
    queryFn: () => api("/sessie/configuratie", { schema: sessieConfig, verwacht401: true }),
    staleTime: 5 * 60_000,
  });
}

/** A local path to return to after logging in; never an external address or the login page itself. */
export function veiligTerugPad(pad: unknown): string {
  if (typeof pad !== "string" || !pad.startsWith("/") || pad.startsWith("//") || pad.startsWith("/\\"))
    return "/";
  if (pad.startsWith("/inloggen") || pad.startsWith("/api")) return "/";
  return pad;
}

/** The state the login page receives when it is shown instead of another page. */
export interface InlogStatus {
  van?: string;
  reden?: "verlopen" | "uitgelogd";
}

/**
 * Why the session just ended (expired, logged out). The protected part of the app redirects to the
 * login page as soon as the session is gone, and passes this on, so the login page can say why.
 */
let eindeSessie: InlogStatus | undefined;

export function zetEindeSessie(status: InlogStatus | undefined) {
  eindeSessie = status;
}

export function leesEindeSessie(): InlogStatus | undefined {
  return eindeSessie;
}
