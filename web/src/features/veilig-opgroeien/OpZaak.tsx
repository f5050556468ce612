import {
  Heading3,
  Heading4,
  OrderedList,
  OrderedListItem,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { BESLISSINGEN_MET_ADVIES } from "../../../../src/domain/veilig-opgroeien/advies";
import { CONCLUSIE_LABELS, type StapSoort } from "../../../../src/domain/veilig-opgroeien/traject";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import {
  DatumTotVandaag,
  Keuzerondjes,
  Keuzeveld,
  keuzesUit,
  Tekstvak,
  Tekstveld,
} from "../../lib/formulier";
import { datumTijd, Uitklapper } from "../../lib/ui";
import { kortDatum } from "../zaken/weergave";
import {
  type Adviesvraag,
  startPad,
  trajectPad,
  useVeiligOpgroeienOpZaak,
  type VoInhoud,
  type VoOpZaak,
  type VoWeergave,
} from "./api";
import { VoFormulier } from "./Formulier";

const dagen = (n: number) => (n === 0 ? "laatste dag" : `nog ${n} ${n === 1 ? "dag" : "dagen"}`);

/** The joint assessment: starts the traject, or records a new one. */
function Beoordeling({ zaak, opZaak }: { zaak: ZaakDetail; opZaak: VoOpZaak }) {
  const [w, setW] = useState({
    datum: vandaagIso(),
    procesregisseurId: "",
    casemanagerId: "",
    conclusie: "",
    toelichting: "",
  });
  const zet = (veld: keyof typeof w) => (v: string) => setW((x) => ({ ...x, [veld]: v }));
  const traject = opZaak.traject;
  const keuzes = (lijst: { id: string; naam: string }[]) =>
    lijst.map((m) => ({ waarde: m.id, label: m.naam }));
  return (
    <VoFormulier
      zaakId={zaak.id}
      label="Veiligheidsbeoordeling vastleggen"
      knop="Beoordeling vastleggen"
      gelukt="De veiligheidsbeoordeling is vastgelegd."
      velden={{
        datum: { label: "Datum van de beoordeling", id: "vo-datum" },
        procesregisseurId: { label: "Procesregisseur", id: "vo-procesregisseur" },
        casemanagerId: { label: "Casemanager Veilig Opgroeien", id: "vo-casemanager" },
        conclusie: { label: "Conclusie", id: "vo-conclusie" },
        toelichting: { label: "Toelichting", id: "vo-toelichting" },
      }}
      verzoek={() => ({
        pad: traject ? trajectPad(traject.id, "beoordelingen") : startPad(zaak.id),
        versie: traject ? traject.versie : zaak.versie,
        body: w,
      })}
    >
      {(fouten) => (
        <>
          <DatumTotVandaag
            id="vo-datum"
            label="Datum van de beoordeling"
            waarde={w.datum}
            fout={fouten.datum}
            onChange={zet("datum")}
          />
          {(
            [
              [
                "procesregisseurId",
                "vo-procesregisseur",
                "Procesregisseur",
                opZaak.kandidaten.procesregisseurs,
              ],
              [
                "casemanagerId",
                "vo-casemanager",
                "Casemanager Veilig Opgroeien",
                opZaak.kandidaten.casemanagers,
              ],
            ] as const
          ).map(([veld, id, label, lijst]) => (
            <Keuzeveld
              key={veld}
              id={id}
              label={label}
              keuzes={keuzes(lijst)}
              waarde={w[veld]}
              leeg={`Kies de ${label.toLowerCase()}`}
              fout={fouten[veld]}
              onChange={zet(veld)}
            />
          ))}
          <Keuzerondjes
            id="vo-conclusie"
            legenda="Conclusie"
            keuzes={keuzesUit(CONCLUSIE_LABELS)}
            waarde={w.conclusie}
            fout={fouten.conclusie}
            onChange={zet("conclusie")}
          />
          <Tekstvak
            id="vo-toelichting"
            label="Toelichting"
            waarde={w.toelichting}
            fout={fouten.toelichting}
            onChange={zet("toelichting")}
          />
        </>
      )}
    </VoFormulier>
  );
}

/** The next step of the gedwongen kader, with the fields that step needs. */
function Stap({ zaakId, vo, inhoud }: { zaakId: string; vo: VoWeergave; inhoud: VoInhoud }) {
  const [soort, setSoort] = useState<string>(inhoud.volgendeStappen[0]?.soort ?? "");
  const [w, setW] = useState({
    datum: vandaagIso(),
    gronden: "",
    tot: "",
    gecertificeerdeInstelling: "",
    toelichting: "",
  });
  const zet = (veld: keyof typeof w) => (v: string) => setW((x) => ({ ...x, [veld]: v }));
  const s = soort as StapSoort;
  const uiterlijk = s === "ots-verlengd" ? inhoud.ots?.verlengenUiterlijk : null;
  return (
    <VoFormulier
      zaakId={zaakId}
      label="Stap in het gedwongen kader vastleggen"
      knop="Stap vastleggen"
      gelukt="De stap is vastgelegd."
      velden={{
        soort: { label: "Stap", id: "vo-stap" },
        beslissing: { label: "Stap", id: "vo-stap" },
        datum: { label: "Datum", id: "vo-stap-datum" },
        gronden: { label: "Gronden van het verzoek", id: "vo-gronden" },
        tot: { label: "Einddatum", id: "vo-tot" },
        gecertificeerdeInstelling: { label: "Gecertificeerde instelling", id: "vo-gi" },
        toelichting: { label: "Toelichting", id: "vo-stap-toelichting" },
      }}
      verzoek={() => ({
        pad: trajectPad(vo.id, "stappen"),
        versie: vo.versie,
        body: {
          soort,
          datum: w.datum,
          ...(s === "vto-ingediend" ? { gronden: w.gronden } : {}),
          ...(s === "ots-uitgesproken" || s === "ots-verlengd" ? { tot: w.tot } : {}),
          ...(s === "ots-uitgesproken" ? { gecertificeerdeInstelling: w.gecertificeerdeInstelling } : {}),
          ...(w.toelichting ? { toelichting: w.toelichting } : {}),
        },
      })}
    >
      {(fouten) => (
        <>
          <Keuzeveld
            id="vo-stap"
            label="Stap"
            keuzes={inhoud.volgendeStappen.map((v) => ({ waarde: v.soort, label: v.label }))}
            waarde={soort}
            fout={fouten.soort ?? fouten.beslissing}
            onChange={setSoort}
          />
          <DatumTotVandaag
            id="vo-stap-datum"
            label={s === "ots-verlengd" ? "Datum van de beslissing tot verlengen" : "Datum"}
            waarde={w.datum}
            fout={fouten.datum}
            onChange={zet("datum")}
          />
          {s === "vto-ingediend" ? (
            <Tekstvak
              id="vo-gronden"
              label="Gronden van het verzoek"
              waarde={w.gronden}
              fout={fouten.gronden}
              onChange={zet("gronden")}
            />
          ) : null}
          {s === "ots-uitgesproken" ? (
            <Tekstveld
              id="vo-gi"
              label="Gecertificeerde instelling"
              verplicht
              value={w.gecertificeerdeInstelling}
              fout={fouten.gecertificeerdeInstelling}
              onChange={(e) => zet("gecertificeerdeInstelling")(e.currentTarget.value)}
            />
          ) : null}
          {s === "ots-uitgesproken" || s === "ots-verlengd" ? (
            <Tekstveld
              id="vo-tot"
              label={s === "ots-verlengd" ? "Verlengen tot" : "Einddatum van de ondertoezichtstelling"}
              type="date"
              verplicht
              value={w.tot}
              max={uiterlijk ?? undefined}
              fout={fouten.tot}
              beschrijving={
                uiterlijk
                  ? `Uiterlijk ${kortDatum(uiterlijk)}: telkens ten hoogste een jaar (BW 1:260 lid 1).`
                  : "Ten hoogste een jaar na de uitspraak (BW 1:258)."
              }
              onChange={(e) => zet("tot")(e.currentTarget.value)}
            />
          ) : null}
          <Tekstvak
            id="vo-stap-toelichting"
            label="Toelichting (niet verplicht)"
            waarde={w.toelichting}
            fout={fouten.toelichting}
            onChange={zet("toelichting")}
          />
        </>
      )}
    </VoFormulier>
  );
}

function Beschermtafel({ zaakId, vo }: { zaakId: string; vo: VoWeergave }) {
  const [w, setW] = useState({ datum: vandaagIso(), deelnemers: "", uitkomst: "" });
  return (
    <VoFormulier
      zaakId={zaakId}
      label="Beschermtafel vastleggen"
      knop="Beschermtafel vastleggen"
      gelukt="De Beschermtafel is vastgelegd."
      velden={{
        datum: { label: "Datum van de Beschermtafel", id: "vo-bt-datum" },
        deelnemers: { label: "Deelnemers", id: "vo-bt-deelnemers" },
        uitkomst: { label: "Uitkomst", id: "vo-bt-uitkomst" },
      }}
      verzoek={() => ({ pad: trajectPad(vo.id, "beschermtafels"), versie: vo.versie, body: w })}
    >
      {(fouten) => (
        <>
          <DatumTotVandaag
            id="vo-bt-datum"
            label="Datum van de Beschermtafel"
            waarde={w.datum}
            fout={fouten.datum}
            onChange={(datum) => setW({ ...w, datum })}
          />
          <Tekstveld
            id="vo-bt-deelnemers"
            label="Deelnemers"
            verplicht
            value={w.deelnemers}
            fout={fouten.deelnemers}
            onChange={(e) => setW({ ...w, deelnemers: e.currentTarget.value })}
          />
          <Tekstvak
            id="vo-bt-uitkomst"
            label="Uitkomst"
            waarde={w.uitkomst}
            fout={fouten.uitkomst}
            onChange={(uitkomst) => setW({ ...w, uitkomst })}
          />
        </>
      )}
    </VoFormulier>
  );
}

/** One text field saved to the traject: the advice request's question, the advice, the decision after it. */
export function EenTekst(props: {
  zaakId: string | null;
  vo: { id: string; versie: number };
  pad: string;
  veld: string;
  label: string;
  knop: string;
  gelukt: string;
  extra?: { beslissing: string };
}) {
  const [tekst, setTekst] = useState("");
  const id = `vo-${props.pad.replaceAll("/", "-")}-${props.veld}`;
  return (
    <VoFormulier
      zaakId={props.zaakId}
      label={props.knop}
      knop={props.knop}
      gelukt={props.gelukt}
      velden={{ [props.veld]: { label: props.label, id } }}
      verzoek={() => ({
        pad: trajectPad(props.vo.id, props.pad),
        versie: props.vo.versie,
        body: { ...props.extra, [props.veld]: tekst },
      })}
    >
      {(fouten) => (
        <Tekstvak id={id} label={props.label} waarde={tekst} fout={fouten[props.veld]} onChange={setTekst} />
      )}
    </VoFormulier>
  );
}

function AdviesVragen({ zaakId, vo }: { zaakId: string; vo: VoWeergave }) {
  const [beslissing, setBeslissing] = useState<string>(BESLISSINGEN_MET_ADVIES[0].code);
  return (
    <>
      <Keuzeveld
        id="vo-beslissing"
        label="Beslissing waarover u advies vraagt"
        keuzes={BESLISSINGEN_MET_ADVIES.map((b) => ({ waarde: b.code, label: b.label }))}
        waarde={beslissing}
        onChange={setBeslissing}
      />
      <EenTekst
        zaakId={zaakId}
        vo={vo}
        pad="adviesvragen"
        veld="vraag"
        label="Vraag aan de gedragswetenschapper"
        knop="Advies vragen"
        gelukt="De adviesvraag staat bij de gedragswetenschapper."
        extra={{ beslissing }}
      />
    </>
  );
}

/** A request with its advice and the decision after it (shown on the zaak and on the Adviesvragen page). */
export function AdviesvraagTekst({ vraag }: { vraag: Adviesvraag }) {
  return (
    <>
      <Paragraph>
        <strong>{vraag.beslissingLabel}</strong>{" "}
        <StatusBadge status={vraag.besluit ? "neutral" : vraag.advies ? "success" : "warning"}>
          {vraag.besluit ? "Besloten" : vraag.advies ? "Advies gegeven" : "Wacht op advies"}
        </StatusBadge>
      </Paragraph>
      <Paragraph>
        Vraag van {vraag.gevraagdDoor} ({datumTijd(vraag.gevraagdOp)}): {vraag.vraag}
      </Paragraph>
      {vraag.advies ? (
        <Paragraph>
          Advies van {vraag.advies.door} ({datumTijd(vraag.advies.op)}): {vraag.advies.tekst}
        </Paragraph>
      ) : null}
      {vraag.besluit ? (
        <Paragraph>
          Beslissing van {vraag.besluit.door} ({datumTijd(vraag.besluit.op)}): {vraag.besluit.tekst}
        </Paragraph>
      ) : null}
    </>
  );
}

function Inhoud({
  zaak,
  opZaak,
  vo,
  inhoud,
}: {
  zaak: ZaakDetail;
  opZaak: VoOpZaak;
  vo: VoWeergave;
  inhoud: VoInhoud;
}) {
  const ots = inhoud.ots;
  const otsLoopt = inhoud.fase === "ots" && ots && ots.dagenResterend >= 0;
  return (
    <>
      <Heading4>Veiligheidsbeoordeling</Heading4>
      <UnorderedList>
        {inhoud.beoordelingen.map((b) => (
          <UnorderedListItem key={`${b.datum}-${b.conclusie}-${b.toelichting}`}>
            {kortDatum(b.datum)}, {b.procesregisseur} en {b.casemanager}: <strong>{b.conclusieLabel}</strong>.{" "}
            {b.toelichting}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {inhoud.beoordelingen.at(-1)?.conclusie === "vrijwillig-kader" ? (
        <Paragraph>Stel samen met het gezin een plan op (tab Plan).</Paragraph>
      ) : null}
      {vo.kanVastleggen ? (
        <Uitklapper titel="Nieuwe veiligheidsbeoordeling">
          <Beoordeling zaak={zaak} opZaak={opZaak} />
        </Uitklapper>
      ) : null}
      <Heading4>Gedwongen kader</Heading4>
      <Paragraph>
        <StatusBadge status={otsLoopt ? "warning" : "neutral"}>{inhoud.faseLabel}</StatusBadge>
        {ots && otsLoopt ? (
          <>
            {" "}
            Ondertoezichtstelling door {ots.gecertificeerdeInstelling} loopt tot{" "}
            <strong>{kortDatum(ots.tot)}</strong> ({dagen(ots.dagenResterend)}).
            {ots.verlengenUiterlijk
              ? ` Verlengen kan tot uiterlijk ${kortDatum(ots.verlengenUiterlijk)}, beslist vóór ${kortDatum(ots.tot)}.`
              : ""}
          </>
        ) : null}
        {ots && !otsLoopt && !ots.beeindigdOp
          ? ` De ondertoezichtstelling is afgelopen op ${kortDatum(ots.tot)}.`
          : null}
      </Paragraph>
      {inhoud.stappen.length > 0 ? (
        <OrderedList>
          {inhoud.stappen.map((s) => (
            <OrderedListItem key={`${s.soort}-${s.datum}-${s.tot ?? ""}`}>
              {kortDatum(s.datum)}: {s.label}
              {s.gecertificeerdeInstelling ? `, uitgevoerd door ${s.gecertificeerdeInstelling}` : ""}
              {s.tot ? `, tot ${kortDatum(s.tot)}` : ""}
              {s.gronden ? `. Gronden: ${s.gronden}` : ""}
              {s.toelichting ? `. ${s.toelichting}` : ""} (vastgelegd door {s.vastgelegdDoor})
            </OrderedListItem>
          ))}
        </OrderedList>
      ) : null}
      {vo.kanVastleggen && inhoud.volgendeStappen.length > 0 ? (
        <Uitklapper titel="Stap vastleggen">
          <Stap key={`${inhoud.fase}-${inhoud.stappen.length}`} zaakId={zaak.id} vo={vo} inhoud={inhoud} />
        </Uitklapper>
      ) : null}
      <Heading4>Beschermtafel</Heading4>
      {inhoud.beschermtafels.length === 0 ? <Paragraph>Geen Beschermtafel vastgelegd.</Paragraph> : null}
      <UnorderedList>
        {inhoud.beschermtafels.map((b) => (
          <UnorderedListItem key={`${b.datum}-${b.deelnemers}`}>
            {kortDatum(b.datum)} met {b.deelnemers}: {b.uitkomst}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {vo.kanVastleggen ? (
        <Uitklapper titel="Beschermtafel vastleggen">
          <Beschermtafel zaakId={zaak.id} vo={vo} />
        </Uitklapper>
      ) : null}
      <Heading4>Advies van de gedragswetenschapper</Heading4>
      {inhoud.adviesvragen.length === 0 ? <Paragraph>Nog geen advies gevraagd.</Paragraph> : null}
      {inhoud.adviesvragen.map((v) => (
        <div key={v.id} className="voordeur-blok">
          <AdviesvraagTekst vraag={v} />
          {vo.kanVastleggen && v.advies && !v.besluit ? (
            <Uitklapper titel="Beslissing na het advies vastleggen">
              <EenTekst
                zaakId={zaak.id}
                vo={vo}
                pad={`adviesvragen/${v.id}/besluit`}
                veld="besluit"
                label="Beslissing"
                knop="Beslissing vastleggen"
                gelukt="De beslissing is vastgelegd."
              />
            </Uitklapper>
          ) : null}
        </div>
      ))}
      {vo.kanVastleggen ? (
        <Uitklapper titel="Advies vragen aan de gedragswetenschapper">
          <AdviesVragen zaakId={zaak.id} vo={vo} />
        </Uitklapper>
      ) : null}
    </>
  );
}

/**
 * Veilig Opgroeien on the zaak's Overzicht (seed 004 §8): whoever may read the zaak sees that Veilig Opgroeien is
 * involved (policy rule 22); Veilig Opgroeien, the Regiegroep and the teamleider see the joint assessment, the
 * gedwongen kader with the OTS end date and the days left, the Beschermtafels and the advice requests.
 */
export function VeiligOpgroeienOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const opZaak = useVeiligOpgroeienOpZaak(zaak.id);
  if (!opZaak.data) return null;
  const { traject: vo, kanStarten } = opZaak.data;
  if (!vo && !kanStarten.mogelijk) return null;
  return (
    <section aria-labelledby="veilig-opgroeien-kop">
      <Heading3 id="veilig-opgroeien-kop">Veilig Opgroeien</Heading3>
      {vo?.inhoud ? <Inhoud zaak={zaak} opZaak={opZaak.data} vo={vo} inhoud={vo.inhoud} /> : null}
      {vo && !vo.inhoud ? (
        <Paragraph>
          Veilig Opgroeien is betrokken bij deze zaak. De inhoud is alleen zichtbaar voor Veilig Opgroeien, de
          Regiegroep en de teamleider.
        </Paragraph>
      ) : null}
      {!vo ? (
        <Uitklapper titel="Veiligheid samen beoordelen">
          <Beoordeling zaak={zaak} opZaak={opZaak.data} />
        </Uitklapper>
      ) : null}
    </section>
  );
}
