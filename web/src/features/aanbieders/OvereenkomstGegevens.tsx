import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { Overeenkomst } from "../../lib/contract";
import { bedragTekst } from "../../lib/euro";
import { datumTijd } from "../../lib/ui";
import { OvereenkomstStatus, periodeTekst, productTekst } from "./weergave";

/** The facts of one individuele overeenkomst: provider, product, period, motivation and the decision. */
export function OvereenkomstGegevens({ io }: { io: Overeenkomst }) {
  return (
    <DataList className="voordeur-overeenkomst">
      <DataListItem>
        <DataListKey>Status</DataListKey>
        <DataListValue>
          <OvereenkomstStatus status={io.status} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Aanbieder</DataListKey>
        <DataListValue>
          {io.aanbieder.naam} (AGB {io.aanbieder.agbCode})
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Product</DataListKey>
        <DataListValue>{productTekst(io)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Periode</DataListKey>
        <DataListValue>{periodeTekst(io.ingangsdatum, io.einddatum)}</DataListValue>
      </DataListItem>
      {io.tarief !== null ? (
        <DataListItem>
          <DataListKey>Tarief per eenheid</DataListKey>
          <DataListValue>{bedragTekst(io.tarief)}</DataListValue>
        </DataListItem>
      ) : null}
      <DataListItem>
        <DataListKey>Aangevraagd</DataListKey>
        <DataListValue>
          {datumTijd(io.aangevraagdOp)}
          {io.aangevraagdDoor ? ` door ${io.aangevraagdDoor}` : ""}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Zorg buiten contract</DataListKey>
        <DataListValue style={{ whiteSpace: "pre-line" }}>{io.motivering}</DataListValue>
      </DataListItem>
      {io.beoordeeldOp ? (
        <DataListItem>
          <DataListKey>Beoordeling teamleider</DataListKey>
          <DataListValue style={{ whiteSpace: "pre-line" }}>
            {datumTijd(io.beoordeeldOp)}
            {io.beoordeeldDoor ? ` door ${io.beoordeeldDoor}` : ""}: {io.beoordelingToelichting ?? ""}
          </DataListValue>
        </DataListItem>
      ) : null}
    </DataList>
  );
}
