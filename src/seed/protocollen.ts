import type { Tx } from "../db/client";
import { zaaiProtocoltekst } from "../db/protocollen";
import { PROTOCOL_SOORTEN, VOORBEELDTEKSTEN } from "../domain/protocollen/protocollen";
import { NMD_GEMEENTEN } from "./nmd";

/**
 * Base data of the veiligheidsprotocollen (seed 004 §10.5): every gemeente starts with an example text per
 * protocol, marked as such, which the beheerder replaces at /beheer/protocollen.
 */
export async function zaaiProtocollenBasis(tx: Tx): Promise<void> {
  for (const gemeente of NMD_GEMEENTEN)
    for (const soort of PROTOCOL_SOORTEN)
      await zaaiProtocoltekst(tx, gemeente.code, soort, VOORBEELDTEKSTEN[soort]);
}
