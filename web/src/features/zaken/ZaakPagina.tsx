import { useParams } from "react-router";
import { Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { useWerkblad, useZaak } from "./api";
import { Overzicht } from "./Overzicht";
import { tabbladVan, ZaakKop } from "./ZaakKop";
import { ZaakOnderdelen } from "./ZaakOnderdelen";
import "./werkblad.css";

/**
 * The zaak workspace (issue 21): a fixed header with the facts and the tabs, one tab at a time below it. One
 * request (the werkblad) loads the header and the Overzicht; another tab loads its own data when opened.
 */
export function ZaakPagina() {
  const { id = "", tab } = useParams();
  const werkblad = useWerkblad(id);
  // Filled by the werkblad; changes afterwards (steps, letters, besluiten) update this entry.
  const zaak = useZaak(id, { enabled: werkblad.isSuccess });
  const z = zaak.data;
  const actief = tabbladVan(tab);
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Werkvoorraad", naar: "/werkvoorraad" },
          { label: z?.zaaknummer ?? "Zaak" },
        ]}
      />
      {!z && werkblad.isPending ? (
        <>
          <PaginaTitel>Zaak</PaginaTitel>
          <Laden />
        </>
      ) : null}
      {!z && werkblad.isError ? (
        <>
          <PaginaTitel>Zaak</PaginaTitel>
          <LaadFout fout={werkblad.error} opnieuw={() => void werkblad.refetch()} />
        </>
      ) : null}
      {z ? (
        <>
          <ZaakKop zaak={z} actief={actief} />
          <section aria-label={actief.label} className="werkblad-paneel">
            {actief.code === "overzicht" ? (
              <Overzicht zaak={z} />
            ) : (
              <ZaakOnderdelen zaak={z} tab={actief.code} />
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
