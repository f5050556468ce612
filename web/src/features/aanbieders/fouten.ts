import { isApiFout } from "../../lib/api";
import { type Veldfouten, veldfoutenUit } from "../../lib/formulier";

export interface Uitkomst {
  veldfouten: Veldfouten;
  melding?: string | undefined;
}

/** Field errors and the message of a refused save (409: someone else saved first). */
export function uitkomstVan(fout: unknown): Uitkomst {
  if (!isApiFout(fout)) return { veldfouten: {}, melding: "Opslaan is niet gelukt. Probeer het opnieuw." };
  if (fout.status === 409)
    return {
      veldfouten: {},
      melding: "Iemand anders heeft dit intussen gewijzigd. De pagina is bijgewerkt; probeer het opnieuw.",
    };
  return { veldfouten: veldfoutenUit(fout.errors), melding: fout.detail };
}
