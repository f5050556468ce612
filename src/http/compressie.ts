import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { FastifyInstance, FastifyReply } from "fastify";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this the headers weigh about as much as what compression saves. */
export const COMPRESSIE_DREMPEL = 1024;

/** JSON (also problem+json), XML (iStandaarden) and text (CSV exports); never PDFs or scans. */
const COMPRIMEERBAAR = /^(application\/([\w.-]+\+)?(json|xml)|text\/)/i;

export type Codering = "br" | "gzip";

/**
 * The content coding the client prefers among br and gzip (RFC 9110 §12.5.3): q-values, `*` for the ones
 * not named, q=0 refuses; br wins a tie. Undefined: send as is (identity).
 */
export function kiesCodering(acceptEncoding: string | undefined): Codering | undefined {
  if (!acceptEncoding) return undefined;
  const gewichten = new Map<string, number>();
  for (const deel of acceptEncoding.toLowerCase().split(",")) {
    const [naam = "", ...parameters] = deel.split(";").map((p) => p.trim());
    const q = parameters.find((p) => p.startsWith("q="));
    const gewicht = q === undefined ? 1 : Number(q.slice(2));
    if (naam) gewichten.set(naam, Number.isFinite(gewicht) ? gewicht : 0);
  }
  const gewicht = (naam: string) => gewichten.get(naam) ?? gewichten.get("*") ?? 0;
  const br = gewicht("br");
  const gz = gewichten.get("gzip") ?? gewichten.get("x-gzip") ?? gewicht("gzip");
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? "br" : "gzip";
}

function voegVaryToe(reply: FastifyReply) {
  const huidig = reply.getHeader("vary");
  const waarden = (Array.isArray(huidig) ? huidig.join(",") : String(huidig ?? ""))
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  if (waarden.some((v) => v === "*" || v.toLowerCase() === "accept-encoding")) return;
  reply.header("vary", [...waarden, "Accept-Encoding"].join(", "));
}

/**
 * Compresses API answers (and any other JSON, XML or text the app sends as a whole) with brotli or gzip from
 * node:zlib, when the client accepts it and the body is at least 1 KB. Streams (the static files, which are
 * precompressed at build time and served by @fastify/static) and answers that already carry a
 * Content-Encoding are left alone. Brotli runs at quality 4: near gzip's speed, smaller than gzip -6.
 * The ETag stays as it is: it is the resource's version for If-Match (http/context.ts), not a byte checksum.
 */
export function registreerCompressie(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply, payload) => {
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader("content-encoding") || reply.statusCode === 204 || reply.statusCode === 304) {
      return payload;
    }
    if (!COMPRIMEERBAAR.test(String(reply.getHeader("content-type") ?? ""))) return payload;
    const grootte = Buffer.byteLength(payload);
    if (grootte < COMPRESSIE_DREMPEL) return payload;
    voegVaryToe(reply);
    const codering = kiesCodering(request.headers["accept-encoding"]);
    if (!codering) return payload;
    const gecomprimeerd =
      codering === "br"
        ? await brotli(payload, {
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_SIZE_HINT]: grootte,
            },
          })
        : await gzipAsync(payload, { level: 6 });
    reply.header("content-encoding", codering);
    reply.removeHeader("content-length");
    return gecomprimeerd;
  });
}
