import {
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import {
  DOORVERWIJZING_LABELS,
  MELDGRENS_UREN,
  VERZUIM_LABELS,
} from "../../../../src/domain/leerplicht/verzuim";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  OpslaanFormulier,
  Tekstvak,
  Tekstveld,
} from "../../lib/formulier";
import { LaadFout, Laden, Uitklapper } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import {
  type LpInhoud,
  type LpOpZaak,
  type LpWeergave,
  lpUitkomst,
  startPad,
  trajectPad,
  useLeerplichtOpslaan,
  useLeerplichtOpZaak,
} from "./api";

/** One form that saves to the verzuimaanpak (lib/formulier OpslaanFormulier with this area's request). */
function LpFormulier(props: {
  zaakId: string;
  label: string;
  knop: string;
  velden: Record<string, { label: string; id: string }>;
  gelukt: string;
  verzoek: () => { pad: string; body: object; versie: number };
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const opslaan = useLeerplichtOpslaan(props.zaakId);
  const { zaakId: _zaakId, verzoek, ...rest } = props;
  return <OpslaanFormulier {...rest} uitkomst={lpUitkomst} opslaan={() => opslaan.mutateAsync(verzoek())} />;
}

function Datum(props: {
  id: string;
  waarde: string;
  fout: string | undefined;
  onChange: (d: string) => void;
}) {
  return (
    <Tekstveld
      id={props.id}
      label="Datum"
      type="date"
      verplicht
      max={vandaagIso()}
      value={props.waarde}
      fout={props.fout}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    />
  );
}

/** The school's verzuimmelding (via DUO) starts the verzuimaanpak. */
function Melding({ zaak, opZaak }: { zaak: ZaakDetail; opZaak: LpOpZaak }) {
  const [w, setW] = useState({
    datum: vandaagIso(),
    leerlingId: opZaak.leerlingen.length === 1 ? (opZaak.leerlingen[0]?.persoonId ?? "") : "",
    verzuimsoort: "",
    uren: "",
    schoolId: "",
    toelichting: "",
  });
  const zet = (veld: keyof typeof w) => (v: string) => setW((x) => ({ ...x, [veld]: v }));
  const absoluut = w.verzuimsoort === "absoluut-verzuim";
  return (
    <LpFormulier
      zaakId={zaak.id}
      label="Verzuimmelding vastleggen"
      knop="Verzuimmelding vastleggen"
      gelukt="De verzuimmelding is vastgelegd; de verzuimaanpak is gestart."
      velden={{
        datum: { label: "Datum", id: "lp-datum" },
        leerlingId: { label: "Leerling", id: "lp-leerling" },
        verzuimsoort: { label: "Soort verzuim", id: "lp-soort" },
        uren: { label: "Uren verzuim", id: "lp-uren" },
        schoolId: { label: "School", id: "lp-school" },
        toelichting: { label: "Toelichting", id: "lp-toelichting" },
      }}
      verzoek={() => ({
        pad: startPad(zaak.id),
        versie: zaak.versie,
        body: {
          datum: w.datum,
          leerlingId: w.leerlingId,
          verzuimsoort: w.verzuimsoort,
          uren: w.uren.trim() === "" || absoluut ? null : Number(w.uren),
          schoolId: absoluut || !w.schoolId ? null : w.schoolId,
          ...(w.toelichting.trim() ? { toelichting: w.toelichting } : {}),
        },
      })}
    >
      {(fouten) => (
        <>
          <Datum id="lp-datum" waarde={w.datum} fout={fouten.datum} onChange={zet("datum")} />
          <Keuzeveld
            id="lp-leerling"
            label="Leerling"
            keuzes={opZaak.leerlingen.map((l) => ({ waarde: l.persoonId, label: l.naam }))}
            waarde={w.leerlingId}
            leeg="Kies de leerling"
            fout={fouten.leerlingId}
            onChange={zet("leerlingId")}
          />
          <Keuzerondjes
            id="lp-soort"
            legenda="Soort verzuim"
            keuzes={keuzesUit(VERZUIM_LABELS)}
            waarde={w.verzuimsoort}
            fout={fouten.verzuimsoort}
            onChange={zet("verzuimsoort")}
          />
          {absoluut ? null : (
            <>
              <Keuzeveld
                id="lp-school"
                label="School"
                keuzes={opZaak.scholen.map((s) => ({ waarde: s.id, label: `${s.naam} (${s.brin})` }))}
                waarde={w.schoolId}
                leeg="Kies de school die meldt"
                fout={fouten.schoolId}
                onChange={zet("schoolId")}
              />
              <Tekstveld
                id="lp-uren"
                label="Uren verzuim"
                beschrijving={`In 4 opeenvolgende lesweken. Vanaf ${MELDGRENS_UREN} uur is het ongeoorloofd verzuim; bij luxe verzuim mag u dit leeg laten.`}
                inputMode="numeric"
                value={w.uren}
                fout={fouten.uren}
                onChange={(e) => zet("uren")(e.currentTarget.value)}
              />
            </>
          )}
          <Tekstvak
            id="lp-toelichting"
            label="Toelichting"
            waarde={w.toelichting}
            fout={fouten.toelichting}
            onChange={zet("toelichting")}
          />
        </>
      )}
    </LpFormulier>
  );
}

/** The next step, chosen from the steps the order allows now. */
function Stap({ zaak, lp, inhoud }: { zaak: ZaakDetail; lp: LpWeergave; inhoud: LpInhoud }) {
  const [w, setW] = useState({ soort: "", datum: vandaagIso(), toelichting: "" });
  const zet = (veld: keyof typeof w) => (v: string) => setW((x) => ({ ...x, [veld]: v }));
  return (
    <LpFormulier
      zaakId={zaak.id}
      label="Volgende stap vastleggen"
      knop="Stap vastleggen"
      gelukt="De stap is vastgelegd."
      velden={{
        soort: { label: "Stap", id: "lp-stap" },
        datum: { label: "Datum", id: "lp-stap-datum" },
        toelichting: { label: "Toelichting", id: "lp-stap-toelichting" },
      }}
      verzoek={() => ({
        pad: trajectPad(lp.id, "stappen"),
        versie: lp.versie,
        body: {
          soort: w.soort,
          datum: w.datum,
          ...(w.toelichting.trim() ? { toelichting: w.toelichting } : {}),
        },
      })}
    >
      {(fouten) => (
        <>
          <Keuzerondjes
            id="lp-stap"
            legenda="Stap"
            keuzes={inhoud.volgendeStappen.map((s) => ({ waarde: s.soort, label: s.label }))}
            waarde={w.soort}
            fout={fouten.soort}
            onChange={zet("soort")}
          />
          <Datum id="lp-stap-datum" waarde={w.datum} fout={fouten.datum} onChange={zet("datum")} />
          <Tekstvak
            id="lp-stap-toelichting"
            label="Toelichting"
            waarde={w.toelichting}
            fout={fouten.toelichting}
            onChange={zet("toelichting")}
          />
        </>
      )}
    </LpFormulier>
  );
}

/** Onderliggende problematiek: hand over to Veilig Opgroeien or start the Meldcode. */
function Doorverwijzing({ zaak, lp, opZaak }: { zaak: ZaakDetail; lp: LpWeergave; opZaak: LpOpZaak }) {
  const [w, setW] = useState({ soort: "", datum: vandaagIso(), casemanagerId: "", toelichting: "" });
  const zet = (veld: keyof typeof w) => (v: string) => setW((x) => ({ ...x, [veld]: v }));
  return (
    <LpFormulier
      zaakId={zaak.id}
      label="Onderliggende problematiek doorverwijzen"
      knop="Doorverwijzen"
      gelukt="De doorverwijzing is vastgelegd."
      velden={{
        soort: { label: "Doorverwijzing", id: "lp-dv-soort" },
        datum: { label: "Datum", id: "lp-dv-datum" },
        casemanagerId: { label: "Casemanager Veilig Opgroeien", id: "lp-dv-cm" },
        toelichting: { label: "Onderliggende problematiek", id: "lp-dv-toelichting" },
      }}
      verzoek={() => ({
        pad: trajectPad(lp.id, "doorverwijzingen"),
        versie: lp.versie,
        body:
          w.soort === "veilig-opgroeien"
            ? { soort: w.soort, datum: w.datum, casemanagerId: w.casemanagerId, toelichting: w.toelichting }
            : { soort: w.soort, datum: w.datum, toelichting: w.toelichting },
      })}
    >
      {(fouten) => (
        <>
          <Keuzerondjes
            id="lp-dv-soort"
            legenda="Doorverwijzing"
            keuzes={keuzesUit(DOORVERWIJZING_LABELS)}
            waarde={w.soort}
            fout={fouten.soort}
            onChange={zet("soort")}
          />
          {w.soort === "veilig-opgroeien" ? (
            <Keuzeveld
              id="lp-dv-cm"
              label="Casemanager Veilig Opgroeien"
              keuzes={opZaak.casemanagers.map((c) => ({ waarde: c.id, label: c.naam }))}
              waarde={w.casemanagerId}
              leeg="Kies de casemanager"
              fout={fouten.casemanagerId}
              onChange={zet("casemanagerId")}
            />
          ) : null}
          <Datum id="lp-dv-datum" waarde={w.datum} fout={fouten.datum} onChange={zet("datum")} />
          <Tekstvak
            id="lp-dv-toelichting"
            label="Onderliggende problematiek"
            waarde={w.toelichting}
            fout={fouten.toelichting}
            onChange={zet("toelichting")}
          />
        </>
      )}
    </LpFormulier>
  );
}

function Aanpak({ zaak, lp, opZaak }: { zaak: ZaakDetail; lp: LpWeergave; opZaak: LpOpZaak }) {
  const inhoud = lp.inhoud;
  if (!inhoud) return <Paragraph>De leerplichtambtenaar werkt aan deze zaak.</Paragraph>;
  const l = inhoud.leerling;
  return (
    <>
      <UnorderedList>
        <UnorderedListItem>
          Leerling: {l.naam}
          {l.geboortedatum ? `, geboren ${kortDatum(l.geboortedatum)}` : ""}. {l.plichtLabel}
          {l.plichtTot ? ` tot en met ${kortDatum(l.plichtTot)}` : ""} ({l.plichtBron}).
        </UnorderedListItem>
        <UnorderedListItem>
          18 jaar op {kortDatum(l.achttienOp)}: dan neemt de trajectbegeleider van het RMC het over (signaal
          vanaf {kortDatum(l.rmcSignaalVanaf)}).
        </UnorderedListItem>
        <UnorderedListItem>
          {inhoud.verzuimLabel}
          {inhoud.uren !== null ? `, ${inhoud.uren} uur` : ""}
          {inhoud.school ? `, gemeld door ${inhoud.school.naam} (${inhoud.school.brin})` : ""}.
        </UnorderedListItem>
      </UnorderedList>
      <Heading3>Stappen</Heading3>
      <OrderedList>
        {inhoud.stappen.map((s) => (
          <OrderedListItem key={`${s.soort}-${s.datum}`}>
            {kortDatum(s.datum)}: {s.label}
            {s.toelichting ? `. ${s.toelichting}` : ""} (vastgelegd door {s.vastgelegdDoor})
          </OrderedListItem>
        ))}
      </OrderedList>
      {inhoud.afgerond ? <Paragraph>De verzuimaanpak is afgerond.</Paragraph> : null}
      {lp.kanVastleggen ? (
        <Uitklapper titel="Volgende stap vastleggen">
          <Stap key={inhoud.stappen.length} zaak={zaak} lp={lp} inhoud={inhoud} />
        </Uitklapper>
      ) : null}
      <Heading3>Onderliggende problematiek</Heading3>
      {inhoud.doorverwijzingen.length === 0 ? <Paragraph>Niet doorverwezen.</Paragraph> : null}
      <UnorderedList>
        {inhoud.doorverwijzingen.map((d) => (
          <UnorderedListItem key={`${d.soort}-${d.datum}`}>
            {kortDatum(d.datum)}: {d.label}
            {d.casemanager ? ` (${d.casemanager})` : ""}. {d.toelichting} (vastgelegd door {d.vastgelegdDoor})
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {lp.kanVastleggen ? (
        <Uitklapper titel="Onderliggende problematiek doorverwijzen">
          <Doorverwijzing key={inhoud.doorverwijzingen.length} zaak={zaak} lp={lp} opZaak={opZaak} />
        </Uitklapper>
      ) : null}
    </>
  );
}

/**
 * The Leerplicht tab of a leerplicht zaak (seed 004 §5.2): the school's verzuimmelding, then contact with the
 * school, waarschuwingsgesprek, officiële waarschuwing, terugkoppeling, MPO, and HALT or proces-verbaal; at every
 * step onderliggende problematiek can be handed over to Veilig Opgroeien or the Meldcode.
 */
export function LeerplichtOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const opZaak = useLeerplichtOpZaak(zaak.id);
  return (
    <section aria-labelledby="leerplicht-kop">
      <Heading2 id="leerplicht-kop">Verzuimaanpak</Heading2>
      {opZaak.isPending ? <Laden /> : null}
      {opZaak.isError ? <LaadFout fout={opZaak.error} opnieuw={() => void opZaak.refetch()} /> : null}
      {opZaak.data?.traject ? <Aanpak zaak={zaak} lp={opZaak.data.traject} opZaak={opZaak.data} /> : null}
      {opZaak.data && !opZaak.data.traject ? (
        opZaak.data.kanStarten.mogelijk ? (
          <Melding zaak={zaak} opZaak={opZaak.data} />
        ) : (
          <Paragraph>Er is nog geen verzuimmelding vastgelegd. {opZaak.data.kanStarten.reden}</Paragraph>
        )
      ) : null}
    </section>
  );
}
