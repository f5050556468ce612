import type { FastifyRequest } from "fastify";
import { verwachteVersie } from "../../context";
import { HttpProblem } from "../../problem";

/** The If-Match version a change must carry (428 without it). */
export function vereisVersie(request: FastifyRequest): number {
  const versie = verwachteVersie(request);
  if (versie === undefined)
    throw new HttpProblem(
      428,
      "Stuur de versie mee in de If-Match-header, zodat wijzigingen van anderen niet verloren gaan.",
    );
  return versie;
}
