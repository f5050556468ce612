import { useQueryClient } from "@tanstack/react-query";
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  OrderedList,
  OrderedListItem,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { useParams } from "react-router";
import { SIGNAALSTATUS_LABELS, type Signaal } from "../../lib/contract";
import { Foutoverzicht, Keuzeveld, Tekstvak, Verzendknop } from "../../lib/formulier";
import { datumTijd, Kruimelpad, LaadFout, Laden, PaginaTitel } from "../../lib/ui";
import { mag, useIngelogd } from "../sessie/sessie";
import { kortDatum } from "../zaken/weergave";
import { useKwaliteitsmanagers, useSignaal, volgSignaalOp } from "./api";
import { type Uitkomst, uitkomstVan } from "./fouten";
import { SOORT_LABELS } from "./SignalenPagina";
import { SignaalStatus } from "./weergave";

function Opvolging({ signaal }: { signaal: Signaal }) {
  const queryClient = useQueryClient();
  const managers = useKwaliteitsmanagers();
  const [naarStatus, setNaarStatus] = useState("");
  const [notitie, setNotitie] = useState("");
  const [manager, setManager] = useState(signaal.kwaliteitsmanager?.id ?? "");
  const [uitkomst, setUitkomst] = useState<Uitkomst>();
  const overzicht = useRef<HTMLDivElement>(null);

  async function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const bijgewerkt = await volgSignaalOp(signaal.id, signaal.versie, {
        naarStatus: (naarStatus || null) as Signaal["status"] | null,
        notitie,
        kwaliteitsmanagerId: manager || null,
      });
      queryClient.setQueryData(["signalen", signaal.id], bijgewerkt);
      await queryClient.invalidateQueries({ queryKey: ["signalen"], exact: false, refetchType: "none" });
      setUitkomst(undefined);
      setNotitie("");
      setNaarStatus("");
    } catch (fout) {
      setUitkomst(uitkomstVan(fout));
      await queryClient.invalidateQueries({ queryKey: ["signalen", signaal.id] });
      requestAnimationFrame(() => overzicht.current?.focus());
    }
  }

  const fouten = uitkomst?.veldfouten ?? {};
  return (
    <section aria-labelledby="opvolgen">
      <Heading2 id="opvolgen">Opvolging vastleggen</Heading2>
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          notitie: { label: "Notitie", id: "opvolging-notitie" },
          naarStatus: { label: "Nieuwe status", id: "opvolging-status" },
          kwaliteitsmanagerId: { label: "Kwaliteitsmanager", id: "opvolging-manager" },
        }}
      />
      <form onSubmit={opslaan} noValidate className="voordeur-formulier" aria-labelledby="opvolgen">
        <Keuzeveld
          id="opvolging-status"
          label="Nieuwe status"
          waarde={naarStatus}
          onChange={setNaarStatus}
          keuzes={[
            { waarde: "", label: `Ongewijzigd (${SIGNAALSTATUS_LABELS[signaal.status]})` },
            ...signaal.volgendeStatussen.map((s) => ({ waarde: s, label: SIGNAALSTATUS_LABELS[s] })),
          ]}
          fout={fouten.naarStatus}
        />
        <Keuzeveld
          id="opvolging-manager"
          label="Kwaliteitsmanager"
          waarde={manager}
          onChange={setManager}
          keuzes={[
            { waarde: "", label: "Nog niet toegewezen" },
            ...(managers.data ?? []).map((m) => ({ waarde: m.id, label: m.naam })),
          ]}
          fout={fouten.kwaliteitsmanagerId}
        />
        <Tekstvak
          id="opvolging-notitie"
          label="Notitie"
          waarde={notitie}
          onChange={setNotitie}
          fout={fouten.notitie}
        />
        <Verzendknop>Opvolging opslaan</Verzendknop>
      </form>
    </section>
  );
}

export function SignaalPagina() {
  const { id = "" } = useParams();
  const sessie = useIngelogd();
  const signaal = useSignaal(id);
  if (signaal.isPending) return <Laden />;
  if (signaal.isError) return <LaadFout fout={signaal.error} opnieuw={() => signaal.refetch()} />;
  const s = signaal.data;
  const magOpvolgen = mag(sessie, "kwaliteit", "wijzigen") && s.status !== "afgesloten";
  return (
    <>
      <Kruimelpad
        kruimels={[
          { label: "Start", naar: "/" },
          { label: "Aanbieders", naar: "/aanbieders" },
          { label: "Signalen", naar: "/aanbieders/signalen" },
          { label: s.onderwerp },
        ]}
      />
      <PaginaTitel>{s.onderwerp}</PaginaTitel>
      <DataList>
        <DataListItem>
          <DataListKey>Aanbieder</DataListKey>
          <DataListValue>
            {s.aanbieder.naam} (AGB {s.aanbieder.agbCode})
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Soort</DataListKey>
          <DataListValue>{SOORT_LABELS[s.soort]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Ontvangen op</DataListKey>
          <DataListValue>{kortDatum(s.ontvangenOp)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Status</DataListKey>
          <DataListValue>
            <SignaalStatus status={s.status} label={SIGNAALSTATUS_LABELS[s.status]} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Kwaliteitsmanager</DataListKey>
          <DataListValue>{s.kwaliteitsmanager?.naam ?? "Nog niet toegewezen"}</DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>{s.omschrijving}</Paragraph>
      <section aria-labelledby="historie">
        <Heading2 id="historie">Opvolging</Heading2>
        {s.opvolging.length === 0 ? (
          <Paragraph>Nog geen opvolging vastgelegd.</Paragraph>
        ) : (
          <OrderedList>
            {s.opvolging.map((o) => (
              <OrderedListItem key={o.tijdstip}>
                {datumTijd(o.tijdstip)}, {o.door}
                {o.vanStatus !== o.naarStatus
                  ? ` (${SIGNAALSTATUS_LABELS[o.vanStatus as Signaal["status"]] ?? o.vanStatus} → ${SIGNAALSTATUS_LABELS[o.naarStatus as Signaal["status"]] ?? o.naarStatus})`
                  : ""}
                : {o.notitie}
              </OrderedListItem>
            ))}
          </OrderedList>
        )}
      </section>
      {magOpvolgen ? <Opvolging key={s.versie} signaal={s} /> : null}
    </>
  );
}
