import { useQueryClient } from "@tanstack/react-query";
import {
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { type FormEvent, useState } from "react";
import type { Tarief, TarievenAntwoord } from "../../lib/contract";
import {
  Foutoverzicht,
  GeluktMelding,
  Keuzeveld,
  Tekstveld,
  useVerzending,
  Verzendknop,
} from "../../lib/formulier";
import { LaadFout, Laden } from "../../lib/ui";
import { uitkomstVan } from "../aanbieders/fouten";
import { periodeTekst, WET_LABELS } from "../aanbieders/weergave";
import { euro, legTariefVast, useTarieven, wijzigTarief } from "./api";

const gisteren = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

function TariefTabel({
  titel,
  tarieven,
  magBeheren,
}: {
  titel: string;
  tarieven: Tarief[];
  magBeheren: boolean;
}) {
  const queryClient = useQueryClient();
  const [melding, setMelding] = useState<string>();
  async function beeindig(t: Tarief) {
    try {
      await wijzigTarief(t.id, t.versie, {
        contractId: t.contractId,
        wet: t.wet,
        productCode: t.productCode,
        eenheid: t.eenheid,
        bedrag: t.bedrag,
        van: t.van,
        // Ended, never deleted: a tariff that starts today or later ends on its first day.
        tot: [gisteren(), t.van].sort()[1] ?? t.van,
      });
      setMelding(undefined);
    } catch (fout) {
      setMelding(uitkomstVan(fout).melding);
    }
    await queryClient.invalidateQueries({ queryKey: ["tarieven"] });
    await queryClient.invalidateQueries({ queryKey: ["besteding"] });
  }
  if (tarieven.length === 0) return <Paragraph>{titel}: nog geen tarieven vastgelegd.</Paragraph>;
  return (
    <TableContainer>
      <Table>
        <TableCaption>{titel}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Product</TableHeaderCell>
            <TableHeaderCell scope="col">Tarief</TableHeaderCell>
            <TableHeaderCell scope="col">Geldig</TableHeaderCell>
            {magBeheren ? <TableHeaderCell scope="col">Beheer</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tarieven.map((t) => (
            <TableRow key={t.id}>
              <TableCell>
                {WET_LABELS[t.wet]} {t.productCode}
                {t.productOmschrijving ? ` ${t.productOmschrijving}` : ""}
              </TableCell>
              <TableCell>
                {euro(t.bedrag)} per {t.eenheidOmschrijving.toLowerCase()}
              </TableCell>
              <TableCell>{periodeTekst(t.van, t.tot)}</TableCell>
              {magBeheren ? (
                <TableCell>
                  {t.tot === null ? (
                    <Button appearance="secondary-action-button" onClick={() => beeindig(t)}>
                      Tarief beëindigen
                    </Button>
                  ) : null}
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {melding ? <Paragraph role="alert">{melding}</Paragraph> : null}
    </TableContainer>
  );
}

const LEEG = { soort: "", wet: "jeugd", productCode: "", eenheid: "04", bedrag: "", van: "", tot: "" };

/** "65" or "65,50" → 6550 cent; NaN when it is not an amount. */
const naarCent = (tekst: string) => {
  const t = tekst.trim().replace(/^€\s*/, "").replace(/\./g, "").replace(",", ".");
  return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : Number.NaN;
};

function TariefVastleggen({ aanbiederId, data }: { aanbiederId: string; data: TarievenAntwoord }) {
  const queryClient = useQueryClient();
  const [v, setV] = useState({ ...LEEG, soort: data.contracten[0]?.contractId ?? "pgb" });
  const { uitkomst, fouten, gelukt, bezig, overzicht, verstuur } = useVerzending(uitkomstVan);
  function opslaan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    return verstuur(
      async () => {
        const t = await legTariefVast(aanbiederId, {
          contractId: v.soort === "pgb" ? null : v.soort,
          wet: v.wet as "wmo" | "jeugd",
          productCode: v.productCode.trim().toUpperCase(),
          eenheid: v.eenheid,
          bedrag: naarCent(v.bedrag),
          van: v.van,
          tot: v.tot || null,
        });
        setV({ ...LEEG, soort: v.soort });
        return `Het tarief voor ${t.productCode} is vastgelegd.`;
      },
      async () => {
        await queryClient.invalidateQueries({ queryKey: ["tarieven"] });
        await queryClient.invalidateQueries({ queryKey: ["besteding"] });
      },
    );
  }
  return (
    <section aria-labelledby="tarief-vastleggen">
      <Heading3 id="tarief-vastleggen">Tarief vastleggen</Heading3>
      <GeluktMelding tekst={gelukt} />
      <Foutoverzicht
        ref={overzicht}
        fouten={fouten}
        melding={uitkomst?.melding}
        velden={{
          contractId: { label: "Contract", id: "tarief-soort" },
          productCode: { label: "Productcode", id: "tarief-product" },
          eenheid: { label: "Eenheid", id: "tarief-eenheid" },
          bedrag: { label: "Bedrag", id: "tarief-bedrag" },
          van: { label: "Geldig vanaf", id: "tarief-van" },
          tot: { label: "Geldig tot en met", id: "tarief-tot" },
        }}
      />
      <form onSubmit={opslaan} noValidate className="voordeur-formulier" aria-labelledby="tarief-vastleggen">
        <Keuzeveld
          id="tarief-soort"
          label="Contract"
          waarde={v.soort}
          onChange={(soort) => setV({ ...v, soort })}
          keuzes={[
            ...data.contracten.map((c) => ({
              waarde: c.contractId,
              label: `Contract ${c.kenmerk} (zorg in natura)`,
            })),
            { waarde: "pgb", label: "Pgb-tarief (per product, voor de hele regio)" },
          ]}
          fout={fouten.contractId}
        />
        <Keuzeveld
          id="tarief-wet"
          label="Wet"
          waarde={v.wet}
          onChange={(wet) => setV({ ...v, wet })}
          keuzes={[
            { waarde: "jeugd", label: "Jeugdwet" },
            { waarde: "wmo", label: "Wmo" },
          ]}
          fout={fouten.wet}
        />
        <Tekstveld
          id="tarief-product"
          label="Productcode"
          verplicht
          beschrijving="Bijvoorbeeld 45A33"
          value={v.productCode}
          onChange={(e) => setV({ ...v, productCode: e.currentTarget.value })}
          fout={fouten.productCode}
        />
        <Keuzeveld
          id="tarief-eenheid"
          label="Eenheid"
          waarde={v.eenheid}
          onChange={(eenheid) => setV({ ...v, eenheid })}
          keuzes={data.eenheden.map((e) => ({ waarde: e.code, label: `${e.omschrijving} (${e.code})` }))}
          fout={fouten.eenheid}
        />
        <Tekstveld
          id="tarief-bedrag"
          label="Bedrag per eenheid in euro"
          verplicht
          beschrijving="Bijvoorbeeld 65,00"
          value={v.bedrag}
          onChange={(e) => setV({ ...v, bedrag: e.currentTarget.value })}
          fout={fouten.bedrag}
        />
        <Tekstveld
          id="tarief-van"
          label="Geldig vanaf"
          type="date"
          verplicht
          value={v.van}
          onChange={(e) => setV({ ...v, van: e.currentTarget.value })}
          fout={fouten.van}
        />
        <Tekstveld
          id="tarief-tot"
          label="Geldig tot en met"
          type="date"
          beschrijving="Leeg laten als het tarief doorloopt"
          value={v.tot}
          onChange={(e) => setV({ ...v, tot: e.currentTarget.value })}
          fout={fouten.tot}
        />
        <Verzendknop bezig={bezig}>Tarief vastleggen</Verzendknop>
      </form>
    </section>
  );
}

/** The tariffs of the aanbieder's contracts and the pgb tariffs; the beheerder adds and ends them (rule 27). */
export function Tarieven({ aanbiederId, magBeheren }: { aanbiederId: string; magBeheren: boolean }) {
  const tarieven = useTarieven(aanbiederId);
  return (
    <section aria-labelledby="tarieven">
      <Heading2 id="tarieven">Tarieven</Heading2>
      {tarieven.isPending ? (
        <Laden />
      ) : tarieven.isError ? (
        <LaadFout fout={tarieven.error} opnieuw={() => tarieven.refetch()} />
      ) : (
        <>
          {tarieven.data.contracten.map((c) => (
            <TariefTabel
              key={c.contractId}
              titel={`Tarieven contract ${c.kenmerk}`}
              tarieven={c.tarieven}
              magBeheren={magBeheren}
            />
          ))}
          <TariefTabel
            titel="Pgb-tarieven per product"
            tarieven={tarieven.data.pgb}
            magBeheren={magBeheren}
          />
          {magBeheren ? <TariefVastleggen aanbiederId={aanbiederId} data={tarieven.data} /> : null}
        </>
      )}
    </section>
  );
}
