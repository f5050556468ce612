import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type ReactNode, useState } from "react";
import { datumVoluit } from "../../../../src/domain/documenten/brief";
import {
  DREIGING_LABELS,
  DREIGINGEN,
  TREDE_LABELS,
  TREDEN,
} from "../../../../src/domain/schuldhulp/schuldhulp";
import {
  DWANGSOM_UITZONDERING_LABELS,
  DWANGSOM_UITZONDERINGEN,
} from "../../../../src/domain/termijnen/dwangsom";
import type { ZaakDetail } from "../../lib/contract";
import { vandaagIso } from "../../lib/datum";
import { bedragTekst, naarEurocent } from "../../lib/euro";
import {
  Keuzeveld,
  keuzesUit,
  OpslaanFormulier,
  Tekstvak,
  Tekstveld,
  uitkomstVanWeigering,
} from "../../lib/formulier";
import { LaadFout, Laden } from "../../lib/ui";
import { Termijnen } from "../zaken/Termijnen";
import { type SchuldhulpOpZaak as Sectie, useSectie, useSectieOpslaan } from "./api";

type Inhoud = NonNullable<Sectie["inhoud"]>;

type Velden = Record<string, { label: string; id: string }>;

/** One form that saves one change of a section on the zaak's versie (lib/formulier OpslaanFormulier). */
function SectieFormulier({
  zaakId,
  verzoek,
  ...rest
}: {
  zaakId: string;
  label: string;
  knop: string;
  velden: Velden;
  gelukt: string;
  verzoek: () => { deel: string; methode: "POST" | "PUT"; body: object; versie: number };
  children: (fouten: Record<string, string>) => ReactNode;
}) {
  const opslaan = useSectieOpslaan(zaakId);
  return (
    <OpslaanFormulier
      {...rest}
      uitkomst={uitkomstVanWeigering}
      opslaan={() => opslaan.mutateAsync(verzoek())}
    />
  );
}

/** The Schuldhulp tab (Wgs art. 4 and 4a, the plan van aanpak): content per policy rule 24. */
export function SchuldhulpOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const sectie = useSectie(zaak.id, "schuldhulp");
  if (sectie.isPending) return <Laden />;
  if (sectie.isError) return <LaadFout fout={sectie.error} opnieuw={() => void sectie.refetch()} />;
  const s = sectie.data;
  if (!s.inhoud)
    return (
      <section aria-labelledby="schuldhulp-kop">
        <Heading2 id="schuldhulp-kop">Schuldhulp</Heading2>
        <Paragraph>
          {s.bestaat ? "Er loopt schuldhulp op deze zaak. " : ""}De inhoud is alleen zichtbaar voor de
          vakgroep Schuldhulp, de Regiegroep, de teamleider en de behandelaar van de zaak.
        </Paragraph>
      </section>
    );
  const inhoud = s.inhoud;
  return (
    <>
      <section aria-labelledby="wgs-kop">
        <Heading2 id="wgs-kop">Hulpvraag, eerste gesprek en toegang</Heading2>
        {inhoud.spoed ? (
          <Paragraph>
            <span className="voordeur-spoed">
              <span aria-hidden="true">⚠ </span>Spoed
            </span>
            {inhoud.dreigingLabel}: het eerste gesprek binnen 3 werkdagen (Wgs art. 4 lid 2).
          </Paragraph>
        ) : null}
        <Termijnen
          termijnen={inhoud.termijnen}
          titel="Termijnen van de Wet gemeentelijke schuldhulpverlening"
        />
        {s.kanVastleggen.mogelijk ? (
          <WgsFormulier zaak={zaak} versie={s.versie} inhoud={inhoud} />
        ) : (
          <Paragraph>{s.kanVastleggen.reden}</Paragraph>
        )}
      </section>
      <section aria-labelledby="plan-kop">
        <Heading2 id="plan-kop">Plan van aanpak</Heading2>
        <Paragraph>
          Eerst lichtere hulp: een geldcoach of financieel regisseur. Een schuldhulptraject, budgetbeheer of
          beschermingsbewind alleen als dat niet genoeg is; wie een stap overslaat, schrijft op waarom.
        </Paragraph>
        {inhoud.treden.length === 0 ? (
          <Paragraph>Er is nog geen hulp ingezet.</Paragraph>
        ) : (
          <UnorderedList>
            {inhoud.treden.map((t) => (
              <UnorderedListItem key={`${t.trede}-${t.gestartOp}-${t.vastgelegdDoor}`}>
                {datumVoluit(t.gestartOp)}: {t.label} (vastgelegd door {t.vastgelegdDoor})
                {t.motivatie ? `. Motivatie: ${t.motivatie}` : ""}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {s.kanVastleggen.mogelijk ? <TredeFormulier zaakId={zaak.id} versie={s.versie} /> : null}
      </section>
    </>
  );
}

function WgsFormulier({ zaak, versie, inhoud }: { zaak: ZaakDetail; versie: number; inhoud: Inhoud }) {
  const [hulpvraagOp, setHulpvraagOp] = useState(inhoud.hulpvraagOp ?? zaak.meldingsdatum);
  const [dreiging, setDreiging] = useState<string>(inhoud.dreiging ?? "");
  const [eersteGesprekOp, setEersteGesprekOp] = useState(inhoud.eersteGesprekOp ?? "");
  const [uitkomst, setUitkomst] = useState<string>(inhoud.toegang?.uitkomst ?? "");
  const [toegangOp, setToegangOp] = useState(inhoud.toegang?.op ?? "");
  const vandaag = vandaagIso();
  return (
    <SectieFormulier
      zaakId={zaak.id}
      label="Hulpvraag en eerste gesprek vastleggen"
      knop="Opslaan"
      gelukt="De gegevens zijn opgeslagen; de termijnen zijn bijgewerkt."
      velden={{
        hulpvraagOp: { label: "Datum van de hulpvraag", id: "wgs-hulpvraag" },
        dreiging: { label: "Wat dreigt er?", id: "wgs-dreiging" },
        eersteGesprekOp: { label: "Eerste gesprek gevoerd op", id: "wgs-gesprek" },
        toegang: { label: "Beschikking over de toegang", id: "wgs-uitkomst" },
      }}
      verzoek={() => ({
        deel: "schuldhulp/wgs",
        methode: "PUT",
        versie,
        body: {
          hulpvraagOp,
          dreiging: dreiging || null,
          eersteGesprekOp: eersteGesprekOp || null,
          toegang: uitkomst || toegangOp ? { op: toegangOp, uitkomst } : null,
        },
      })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="wgs-hulpvraag"
            label="Datum van de hulpvraag"
            type="date"
            verplicht
            max={vandaag}
            value={hulpvraagOp}
            fout={fouten.hulpvraagOp}
            onChange={(e) => setHulpvraagOp(e.currentTarget.value)}
          />
          <Keuzeveld
            id="wgs-dreiging"
            label="Wat dreigt er?"
            beschrijving="Dreigt een van deze? Dan is het spoed: het eerste gesprek binnen 3 werkdagen (Wgs art. 4 lid 2)."
            keuzes={keuzesUit(DREIGING_LABELS, DREIGINGEN)}
            leeg="Niets hiervan (eerste gesprek binnen 4 weken)"
            waarde={dreiging}
            fout={fouten.dreiging}
            onChange={setDreiging}
          />
          <Tekstveld
            id="wgs-gesprek"
            label="Eerste gesprek gevoerd op"
            type="date"
            max={vandaag}
            value={eersteGesprekOp}
            fout={fouten.eersteGesprekOp}
            onChange={(e) => setEersteGesprekOp(e.currentTarget.value)}
          />
          <Keuzeveld
            id="wgs-uitkomst"
            label="Beschikking over de toegang"
            beschrijving="Na het eerste gesprek (Wgs art. 4a lid 1), binnen de termijn van de verordening."
            keuzes={[
              { waarde: "toegelaten", label: "Toegelaten tot de schuldhulpverlening" },
              { waarde: "afgewezen", label: "Afgewezen" },
            ]}
            leeg="Nog geen beschikking"
            waarde={uitkomst}
            fout={fouten.toegang}
            onChange={setUitkomst}
          />
          {uitkomst ? (
            <Tekstveld
              id="wgs-toegang-op"
              label="Datum van de beschikking"
              type="date"
              verplicht
              max={vandaag}
              value={toegangOp}
              onChange={(e) => setToegangOp(e.currentTarget.value)}
            />
          ) : null}
        </>
      )}
    </SectieFormulier>
  );
}

function TredeFormulier({ zaakId, versie }: { zaakId: string; versie: number }) {
  const [trede, setTrede] = useState("");
  const [gestartOp, setGestartOp] = useState(vandaagIso());
  const [motivatie, setMotivatie] = useState("");
  return (
    <SectieFormulier
      zaakId={zaakId}
      label="Hulp inzetten"
      knop="Hulp inzetten"
      gelukt="De hulp is toegevoegd aan het plan van aanpak."
      velden={{
        trede: { label: "Welke hulp", id: "trede-keuze" },
        gestartOp: { label: "Gestart op", id: "trede-start" },
        motivatie: { label: "Motivatie", id: "trede-motivatie" },
      }}
      verzoek={() => ({
        deel: "schuldhulp/treden",
        methode: "POST",
        versie,
        body: { trede, gestartOp, motivatie: motivatie.trim() || null },
      })}
    >
      {(fouten) => (
        <>
          <Heading3>Hulp inzetten</Heading3>
          <Keuzeveld
            id="trede-keuze"
            label="Welke hulp"
            keuzes={keuzesUit(TREDE_LABELS, TREDEN)}
            leeg="Kies de hulp"
            waarde={trede}
            fout={fouten.trede}
            onChange={setTrede}
          />
          <Tekstveld
            id="trede-start"
            label="Gestart op"
            type="date"
            verplicht
            max={vandaagIso()}
            value={gestartOp}
            fout={fouten.gestartOp}
            onChange={(e) => setGestartOp(e.currentTarget.value)}
          />
          <Tekstvak
            id="trede-motivatie"
            label="Motivatie"
            beschrijving="Verplicht als u lichtere hulp overslaat: waarom is die niet genoeg?"
            waarde={motivatie}
            fout={fouten.motivatie}
            onChange={setMotivatie}
          />
        </>
      )}
    </SectieFormulier>
  );
}

const STAND_LABELS: Record<string, string> = {
  "nog-niet-verschuldigd": "Nog niet verschuldigd",
  loopt: "Dwangsom loopt",
  "maximum-bereikt": "Maximum bereikt",
  gestopt: "Gestopt: er is beslist",
  "niet-verschuldigd": "Niet verschuldigd",
};

/** Ingebrekestelling and dwangsom bij niet tijdig beslissen (Awb 4:17), on any zaak with a beslistermijn. */
export function DwangsomOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const sectie = useSectie(zaak.id, "dwangsom");
  if (sectie.isPending) return <Laden />;
  if (sectie.isError) return <LaadFout fout={sectie.error} opnieuw={() => void sectie.refetch()} />;
  const s = sectie.data;
  if (!s.beslistermijn && !s.ingebrekestelling) return null;
  const d = s.dwangsom;
  return (
    <section aria-labelledby="dwangsom-kop">
      <Heading2 id="dwangsom-kop">Ingebrekestelling en dwangsom</Heading2>
      {s.beslistermijn ? (
        <Paragraph>
          Beslistermijn: uiterlijk {datumVoluit(s.beslistermijn.uiterlijkeDatum)} ({s.beslistermijn.bron}).
        </Paragraph>
      ) : null}
      {d ? (
        <>
          <Paragraph>
            {d.stand === "loopt" || d.stand === "maximum-bereikt" ? (
              <span className="voordeur-spoed">
                <span aria-hidden="true">⚠ </span>
                {STAND_LABELS[d.stand]}: {bedragTekst(d.bedrag * 100)}
              </span>
            ) : (
              <strong>{STAND_LABELS[d.stand]}. </strong>
            )}
            {d.uitleg}
          </Paragraph>
          {d.stand === "loopt" ? (
            <Paragraph>
              Vandaag komt er {bedragTekst(d.bedragPerDagNu * 100)} bij. De dwangsom stopt op de dag van het
              besluit, en na 42 dagen (hoogstens € 1.442).
            </Paragraph>
          ) : null}
        </>
      ) : (
        <Paragraph>Er is geen ingebrekestelling ontvangen.</Paragraph>
      )}
      {s.kanVastleggen.mogelijk ? (
        <IngebrekestellingFormulier zaakId={zaak.id} versie={s.versie} huidig={s.ingebrekestelling} />
      ) : null}
    </section>
  );
}

function IngebrekestellingFormulier({
  zaakId,
  versie,
  huidig,
}: {
  zaakId: string;
  versie: number;
  huidig: { ontvangenOp: string; uitzondering: string | null } | null;
}) {
  const [ontvangenOp, setOntvangenOp] = useState(huidig?.ontvangenOp ?? vandaagIso());
  const [uitzondering, setUitzondering] = useState(huidig?.uitzondering ?? "");
  return (
    <SectieFormulier
      zaakId={zaakId}
      label="Ingebrekestelling vastleggen"
      knop="Ingebrekestelling vastleggen"
      gelukt="De ingebrekestelling is vastgelegd."
      velden={{
        ontvangenOp: { label: "Ontvangen op", id: "ig-ontvangen" },
        uitzondering: { label: "Geen dwangsom omdat", id: "ig-uitzondering" },
      }}
      verzoek={() => ({
        deel: "ingebrekestelling",
        methode: "PUT",
        versie,
        body: { ontvangenOp, uitzondering: uitzondering || null },
      })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="ig-ontvangen"
            label="Ontvangen op"
            type="date"
            verplicht
            max={vandaagIso()}
            beschrijving="De dag waarop de schriftelijke ingebrekestelling binnenkwam (Awb art. 4:17 lid 3 en 4)."
            value={ontvangenOp}
            fout={fouten.ontvangenOp}
            onChange={(e) => setOntvangenOp(e.currentTarget.value)}
          />
          <Keuzeveld
            id="ig-uitzondering"
            label="Geen dwangsom omdat"
            keuzes={keuzesUit(DWANGSOM_UITZONDERING_LABELS, DWANGSOM_UITZONDERINGEN)}
            leeg="Er geldt geen uitzondering"
            waarde={uitzondering}
            fout={fouten.uitzondering}
            onChange={setUitzondering}
          />
        </>
      )}
    </SectieFormulier>
  );
}

/** The Participatiewet voorschot (art. 52 lid 1) on a werk zaak, with its letter (shown only on a werk zaak). */
export function VoorschotOpZaak({ zaak }: { zaak: ZaakDetail }) {
  const sectie = useSectie(zaak.id, "voorschotten");
  if (sectie.isPending) return <Laden />;
  if (sectie.isError) return <LaadFout fout={sectie.error} opnieuw={() => void sectie.refetch()} />;
  const s = sectie.data;
  return (
    <section aria-labelledby="voorschot-kop">
      <Heading2 id="voorschot-kop">Voorschot op de bijstand</Heading2>
      {s.termijn ? <Termijnen termijnen={[s.termijn]} titel="Termijn voor het voorschot" /> : null}
      {s.voorschotten.length > 0 ? (
        <UnorderedList>
          {s.voorschotten.map((v) => (
            <UnorderedListItem key={v.id}>
              {datumVoluit(v.verleendOp)}: {bedragTekst(v.bedragCent)} ({v.procent.toLocaleString("nl-NL")} %
              van de norm van {bedragTekst(v.normCent)}), door {v.vastgelegdDoor}; brief verstuurd.
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : (
        <Paragraph>Er is nog geen voorschot verleend.</Paragraph>
      )}
      {s.kanVastleggen.mogelijk ? (
        <VoorschotFormulier zaakId={zaak.id} versie={s.versie} />
      ) : (
        <Paragraph>{s.kanVastleggen.reden}</Paragraph>
      )}
    </section>
  );
}

function VoorschotFormulier({ zaakId, versie }: { zaakId: string; versie: number }) {
  const [verleendOp, setVerleendOp] = useState(vandaagIso());
  const [bedrag, setBedrag] = useState("");
  const [norm, setNorm] = useState("");
  return (
    <SectieFormulier
      zaakId={zaakId}
      label="Voorschot verlenen"
      knop="Voorschot verlenen en brief versturen"
      gelukt="Het voorschot is verleend en de brief is verstuurd."
      velden={{
        verleendOp: { label: "Verleend op", id: "vs-op" },
        bedragCent: { label: "Bedrag", id: "vs-bedrag" },
        bedrag: { label: "Bedrag", id: "vs-bedrag" },
        normCent: { label: "Bijstandsnorm per maand", id: "vs-norm" },
      }}
      verzoek={() => ({
        deel: "voorschotten",
        methode: "POST",
        versie,
        body: { verleendOp, bedragCent: naarEurocent(bedrag), normCent: naarEurocent(norm) },
      })}
    >
      {(fouten) => (
        <>
          <Tekstveld
            id="vs-op"
            label="Verleend op"
            type="date"
            verplicht
            max={vandaagIso()}
            value={verleendOp}
            fout={fouten.verleendOp}
            onChange={(e) => setVerleendOp(e.currentTarget.value)}
          />
          <Tekstveld
            id="vs-norm"
            label="Bijstandsnorm per maand"
            verplicht
            inputMode="decimal"
            beschrijving="In euro, bijvoorbeeld 1.401,50"
            value={norm}
            fout={fouten.normCent}
            onChange={(e) => setNorm(e.currentTarget.value)}
          />
          <Tekstveld
            id="vs-bedrag"
            label="Bedrag"
            verplicht
            inputMode="decimal"
            beschrijving="Minstens 90 % van de norm (Participatiewet art. 52 lid 1)."
            value={bedrag}
            fout={fouten.bedragCent ?? fouten.bedrag}
            onChange={(e) => setBedrag(e.currentTarget.value)}
          />
        </>
      )}
    </SectieFormulier>
  );
}
