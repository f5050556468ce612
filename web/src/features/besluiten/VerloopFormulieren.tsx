import { useState } from "react";
import { AFSLUIT_REDEN_LABELS } from "../../../../src/domain/besluiten/afsluiten";
import { UITKOMST_LABELS } from "../../../../src/domain/besluiten/bezwaar";
import { EVALUATIE_KEUZES, EVALUATIE_UITKOMST_LABELS } from "../../../../src/domain/evaluatie/verslag";
import { vandaagIso } from "../../lib/datum";
import { Keuzeveld, keuzesUit, Tekstvak, Tekstveld, Vinkje } from "../../lib/formulier";
import { useBesluitStap } from "./api";
import { StapFormulier } from "./StapFormulier";
import { stapVeldfouten } from "./weergave";

export function BezwaarFormulier({ zaakId }: { zaakId: string }) {
  const stap = useBesluitStap(zaakId);
  const [ontvangenOp, setOntvangenOp] = useState(vandaagIso());
  const [gronden, setGronden] = useState("");
  const [commissie, setCommissie] = useState(false);
  function verstuur() {
    stap.mutate({ soort: "bezwaar", body: { ontvangenOp, gronden, adviescommissie: commissie } });
  }
  return (
    <StapFormulier label="Bezwaar registreren" stap={stap} knop="Bezwaar registreren" verstuur={verstuur}>
      <Tekstveld
        id="bezwaar-ontvangen"
        label="Bezwaarschrift ontvangen op"
        type="date"
        verplicht
        value={ontvangenOp}
        onChange={(e) => setOntvangenOp(e.currentTarget.value)}
      />
      <Tekstvak id="bezwaar-gronden" label="Gronden van het bezwaar" waarde={gronden} onChange={setGronden} />
      <Vinkje
        id="bezwaar-commissie"
        label="Advies van de bezwaarcommissie (beslistermijn 12 weken)"
        aan={commissie}
        onChange={setCommissie}
      />
    </StapFormulier>
  );
}

export function BeslissingOpBezwaarFormulier({
  zaakId,
  bezwaar,
}: {
  zaakId: string;
  bezwaar: { id: string; versie: number; ontvangenOp: string };
}) {
  const stap = useBesluitStap(zaakId);
  const [uitkomst, setUitkomst] = useState("ongegrond");
  const [beslistOp, setBeslistOp] = useState(vandaagIso());
  const [toelichting, setToelichting] = useState("");
  function verstuur() {
    stap.mutate({
      soort: "beslissing",
      bezwaarId: bezwaar.id,
      versie: bezwaar.versie,
      body: { uitkomst: uitkomst as "ongegrond", beslistOp, toelichting },
    });
  }
  return (
    <StapFormulier
      label="Beslissen op bezwaar"
      stap={stap}
      knop="Beslissing op bezwaar versturen"
      verstuur={verstuur}
    >
      <Keuzeveld
        id="beslissing-uitkomst"
        label="Uitkomst"
        keuzes={keuzesUit(UITKOMST_LABELS)}
        waarde={uitkomst}
        onChange={setUitkomst}
      />
      <Tekstveld
        id="beslissing-datum"
        label="Beslist op"
        type="date"
        verplicht
        value={beslistOp}
        onChange={(e) => setBeslistOp(e.currentTarget.value)}
      />
      <Tekstvak
        id="beslissing-toelichting"
        label="Motivering"
        waarde={toelichting}
        onChange={setToelichting}
      />
    </StapFormulier>
  );
}

/**
 * The uniform NMD evaluatieformulier. Op- or afschalen is not an outcome here: it is a proposal the buurtteam
 * confirms (features/levering, four eyes).
 */
export function EvaluatieFormulier({ zaakId }: { zaakId: string }) {
  const stap = useBesluitStap(zaakId);
  const [datum, setDatum] = useState(vandaagIso());
  const [resultaatBereikt, setResultaatBereikt] = useState("deels");
  const [resultaatToelichting, setResultaatToelichting] = useState("");
  const [vervolgbehoefte, setVervolgbehoefte] = useState("");
  const [tevredenheid, setTevredenheid] = useState("");
  const [planAanpassen, setPlanAanpassen] = useState(false);
  const [planToelichting, setPlanToelichting] = useState("");
  const [uitkomst, setUitkomst] = useState("voortzetten");
  const fouten = stapVeldfouten(stap);

  function verstuur() {
    stap.mutate({
      soort: "evaluatie",
      body: {
        datum,
        resultaatBereikt: resultaatBereikt as "deels",
        resultaatToelichting,
        vervolgbehoefte,
        tevredenheid: tevredenheid ? Number(tevredenheid) : null,
        planAanpassen,
        planToelichting,
        uitkomst: uitkomst as "voortzetten",
      },
    });
  }
  return (
    <StapFormulier label="Evaluatieverslag" stap={stap} knop="Evaluatie vastleggen" verstuur={verstuur}>
      <Tekstveld
        id="evaluatie-datum"
        fout={fouten.datum}
        label="Datum evaluatie"
        type="date"
        verplicht
        value={datum}
        onChange={(e) => setDatum(e.currentTarget.value)}
      />
      <Keuzeveld
        id="evaluatie-resultaat"
        label="Is het resultaat bereikt?"
        keuzes={[
          { waarde: "ja", label: "Ja" },
          { waarde: "deels", label: "Deels" },
          { waarde: "nee", label: "Nee" },
        ]}
        waarde={resultaatBereikt}
        onChange={setResultaatBereikt}
      />
      <Tekstvak
        id="evaluatie-resultaat-toelichting"
        fout={fouten.resultaatToelichting}
        label="Bereikt resultaat in de afgelopen periode"
        waarde={resultaatToelichting}
        onChange={setResultaatToelichting}
      />
      <Tekstvak
        id="evaluatie-vervolg"
        fout={fouten.vervolgbehoefte}
        label="Gemotiveerde vervolgbehoefte"
        waarde={vervolgbehoefte}
        onChange={setVervolgbehoefte}
      />
      <Keuzeveld
        id="evaluatie-tevredenheid"
        label="Tevredenheid van de inwoner"
        leeg="Niet gevraagd"
        keuzes={[1, 2, 3, 4, 5].map((n) => ({ waarde: String(n), label: `${n} van 5` }))}
        waarde={tevredenheid}
        onChange={setTevredenheid}
      />
      <Vinkje
        id="evaluatie-plan"
        label="Het plan moet worden aangepast"
        aan={planAanpassen}
        onChange={setPlanAanpassen}
      />
      {planAanpassen ? (
        <Tekstvak
          id="evaluatie-plan-toelichting"
          fout={fouten.planToelichting}
          label="Wat moet er veranderen?"
          waarde={planToelichting}
          onChange={setPlanToelichting}
        />
      ) : null}
      <Keuzeveld
        id="evaluatie-uitkomst"
        fout={fouten.uitkomst}
        label="Uitkomst"
        beschrijving="Op- of afschalen? Doe een voorstel bij Levering en evaluatie; een collega van het buurtteam bevestigt het."
        keuzes={keuzesUit(EVALUATIE_UITKOMST_LABELS, EVALUATIE_KEUZES)}
        waarde={uitkomst}
        onChange={setUitkomst}
      />
    </StapFormulier>
  );
}

export function AfsluitFormulier({ zaakId }: { zaakId: string }) {
  const stap = useBesluitStap(zaakId);
  const [datum, setDatum] = useState(vandaagIso());
  const [reden, setReden] = useState("doelen-bereikt");
  const [toelichting, setToelichting] = useState("");
  const [enquete, setEnquete] = useState("link");
  const fouten = stapVeldfouten(stap);
  function verstuur() {
    stap.mutate({
      soort: "afsluiting",
      body: { datum, reden: reden as "doelen-bereikt", toelichting, enquete: enquete as "link" },
    });
  }
  return (
    <StapFormulier
      label="Zaak afsluiten"
      stap={stap}
      knop="Zaak afsluiten en afsluitbrief versturen"
      verstuur={verstuur}
    >
      <Tekstveld
        id="afsluiten-datum"
        fout={fouten.datum}
        label="Afsluitdatum"
        type="date"
        verplicht
        value={datum}
        onChange={(e) => setDatum(e.currentTarget.value)}
      />
      <Keuzeveld
        id="afsluiten-reden"
        fout={fouten.reden}
        label="Reden van afsluiten"
        keuzes={keuzesUit(AFSLUIT_REDEN_LABELS)}
        waarde={reden}
        onChange={setReden}
      />
      <Tekstvak
        id="afsluiten-toelichting"
        fout={fouten.toelichting}
        label="Toelichting (niet verplicht)"
        waarde={toelichting}
        onChange={setToelichting}
      />
      <Keuzeveld
        id="afsluiten-enquete"
        fout={fouten.enquete}
        label="Cliëntervaringsonderzoek"
        keuzes={[
          { waarde: "link", label: "Uitnodiging met link" },
          { waarde: "papier", label: "Uitnodiging op papier (met code)" },
          { waarde: "geen", label: "Geen uitnodiging" },
        ]}
        waarde={enquete}
        onChange={setEnquete}
      />
    </StapFormulier>
  );
}
