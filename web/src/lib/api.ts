import type { z } from "zod";
import { problem, type VeldFout } from "./contract";

/** An API call that did not succeed, in the shape of the server's RFC 9457 problem details. */
export class ApiFout extends Error {
  readonly status: number;
  readonly titel: string;
  readonly detail: string;
  readonly errors: VeldFout[];

  constructor(status: number, titel: string, detail: string, errors: VeldFout[] = []) {
    super(detail);
    this.name = "ApiFout";
    this.status = status;
    this.titel = titel;
    this.detail = detail;
    this.errors = errors;
  }
}

export const isApiFout = (fout: unknown): fout is ApiFout => fout instanceof ApiFout;

const ALGEMENE_MELDINGEN: Record<number, string> = {
  0: "De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.",
  401: "U bent niet (meer) ingelogd.",
  403: "U heeft geen toegang tot dit onderdeel.",
  404: "Dit bestaat niet of u heeft er geen toegang toe.",
  409: "Iemand anders heeft dit intussen gewijzigd.",
  429: "Te veel verzoeken. Wacht even en probeer het opnieuw.",
};

/** A Dutch message for any error, for showing to the user. */
export function foutmelding(fout: unknown): string {
  if (isApiFout(fout)) return fout.detail || ALGEMENE_MELDINGEN[fout.status] || "Er ging iets mis.";
  return "Er ging iets mis. Probeer het opnieuw.";
}

type Luisteraar = () => void;
const nietIngelogdLuisteraars = new Set<Luisteraar>();
const activiteitLuisteraars = new Set<Luisteraar>();

/** Called when the server answers 401 to a call that expected a session (the session expired). */
export function bijNietIngelogd(luisteraar: Luisteraar): () => void {
  nietIngelogdLuisteraars.add(luisteraar);
  return () => nietIngelogdLuisteraars.delete(luisteraar);
}

/** Called after every authenticated call that succeeded: the server slid the idle timeout. */
export function bijActiviteit(luisteraar: Luisteraar): () => void {
  activiteitLuisteraars.add(luisteraar);
  return () => activiteitLuisteraars.delete(luisteraar);
}

export interface ApiOpties<S extends z.ZodType | undefined> {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  /** The resource's versie, sent as If-Match for optimistic locking. */
  ifMatch?: number;
  /** Validates (and types) the JSON response. */
  schema?: S;
  /** A 401 is an expected answer (login, session check): do not treat it as an expired session. */
  verwacht401?: boolean;
  signal?: AbortSignal;
}

export interface ApiAntwoord<T> {
  data: T;
  headers: Headers;
}

type Resultaat<S> = S extends z.ZodType ? z.output<S> : unknown;

async function leesProblem(response: Response): Promise<ApiFout> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = problem.partial().safeParse(body);
  const p = parsed.success ? parsed.data : {};
  return new ApiFout(
    response.status,
    p.title ?? response.statusText,
    p.detail ?? ALGEMENE_MELDINGEN[response.status] ?? `Er ging iets mis (status ${response.status}).`,
    p.errors ?? [],
  );
}

/** Calls the Voordeur API (same origin, session cookie) and returns the data and the response headers. */
export async function apiMetHeaders<S extends z.ZodType | undefined = undefined>(
  pad: string,
  opties: ApiOpties<S> = {},
): Promise<ApiAntwoord<Resultaat<S>>> {
  const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
  if (opties.body !== undefined) headers["Content-Type"] = "application/json";
  if (opties.ifMatch !== undefined) headers["If-Match"] = `"${opties.ifMatch}"`;

  let response: Response;
  try {
    response = await fetch(`/api${pad}`, {
      method: opties.method ?? "GET",
      credentials: "same-origin",
      headers,
      ...(opties.body !== undefined ? { body: JSON.stringify(opties.body) } : {}),
      ...(opties.signal ? { signal: opties.signal } : {}),
    });
  } catch (fout) {
    if (fout instanceof DOMException && fout.name === "AbortError") throw fout;
    throw new ApiFout(0, "Geen verbinding", ALGEMENE_MELDINGEN[0] ?? "");
  }

  if (!response.ok) {
    const fout = await leesProblem(response);
    if (response.status === 401 && !opties.verwacht401) {
      for (const luisteraar of nietIngelogdLuisteraars) luisteraar();
    }
    throw fout;
  }

  for (const luisteraar of activiteitLuisteraars) luisteraar();

  if (response.status === 204) return { data: undefined as Resultaat<S>, headers: response.headers };
  const json: unknown = await response.json();
  const data = opties.schema ? opties.schema.parse(json) : json;
  return { data: data as Resultaat<S>, headers: response.headers };
}

/** Calls the Voordeur API and returns the (validated) JSON body. */
export async function api<S extends z.ZodType | undefined = undefined>(
  pad: string,
  opties: ApiOpties<S> = {},
): Promise<Resultaat<S>> {
  return (await apiMetHeaders(pad, opties)).data;
}

/** Builds a query string from the defined values. */
export function queryString(waarden: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(waarden)) {
    if (waarde !== undefined && waarde !== "") params.set(sleutel, String(waarde));
  }
  const tekst = params.toString();
  return tekst ? `?${tekst}` : "";
}

/**
 * Calls an API route that answers with a file (a PDF preview): the body as a Blob and the response headers.
 * A refusal is an ApiFout like every other call (problem+json with the field errors).
 */
export async function apiBestand(
  pad: string,
  opties: { method?: "GET" | "POST"; body?: unknown; signal?: AbortSignal } = {},
): Promise<{ bestand: Blob; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(`/api${pad}`, {
      method: opties.method ?? "GET",
      credentials: "same-origin",
      headers: {
        Accept: "application/pdf, application/problem+json",
        ...(opties.body !== undefined ? { "Content-Type": "application/json" } : {}),
      },
      ...(opties.body !== undefined ? { body: JSON.stringify(opties.body) } : {}),
      ...(opties.signal ? { signal: opties.signal } : {}),
    });
  } catch (fout) {
    if (fout instanceof DOMException && fout.name === "AbortError") throw fout;
    throw new ApiFout(0, "Geen verbinding", ALGEMENE_MELDINGEN[0] ?? "");
  }
  if (!response.ok) {
    const fout = await leesProblem(response);
    if (response.status === 401) for (const luisteraar of nietIngelogdLuisteraars) luisteraar();
    throw fout;
  }
  for (const luisteraar of activiteitLuisteraars) luisteraar();
  return { bestand: await response.blob(), headers: response.headers };
}
