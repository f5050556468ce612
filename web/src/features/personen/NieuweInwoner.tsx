/**
 * Register a new resident (POST /api/personen), with a BSN or, when there is none yet (not in the BRP, newborn,
 * arrived from abroad), with the reason. Used from Zoeken and from the IAG screen.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Paragraph } from "@utrecht/component-library-react";
import { type ComponentProps, useId, useRef, useState } from "react";
import { isGeldigBsn } from "../../../../src/domain/persoon/bsn";
import { nieuwePersoon } from "../../../../src/domain/persoon/schema";
import { api, foutmelding, isApiFout } from "../../lib/api";
import { type BrpPersoonGegevens, klantdossier } from "../../lib/contract";
import {
  Foutoverzicht,
  labelVanPad,
  Tekstveld,
  type VeldLabels,
  Verzendformulier,
  Vinkje,
} from "../../lib/formulier";
import {
  BrpFoutmelding,
  BrpKnop,
  BrpUittreksel,
  brpKop,
  GeheimhoudingMelding,
  useBrpRaadplegen,
} from "./BrpGegevens";

const LABELS: VeldLabels = {
  velden: {
    bsn: "BSN",
    zonderBsnReden: "Reden zonder BSN",
    voornamen: "Voornamen",
    voorvoegsel: "Voorvoegsel",
    geslachtsnaam: "Achternaam",
    geboortedatum: "Geboortedatum",
    adres: "Adres",
    "adres.straat": "Straat",
    "adres.huisnummer": "Huisnummer",
    "adres.huisletter": "Huisletter",
    "adres.toevoeging": "Toevoeging",
    "adres.postcode": "Postcode",
    "adres.woonplaats": "Woonplaats",
    telefoon: "Telefoonnummer",
  },
};

const LEEG = {
  bsn: "",
  zonderBsn: false,
  zonderBsnReden: "",
  voornamen: "",
  voorvoegsel: "",
  geslachtsnaam: "",
  geboortedatum: "",
  straat: "",
  huisnummer: "",
  huisletter: "",
  toevoeging: "",
  postcode: "",
  woonplaats: "",
  telefoon: "",
};

const ofNiets = (s: string) => (s.trim() === "" ? undefined : s.trim());

/** The form's values from the BRP; what the BRP does not give (a partly unknown birth date) stays as typed. */
function uitBrp(oud: typeof LEEG, p: BrpPersoonGegevens): typeof LEEG {
  const a = p.adres;
  return {
    ...oud,
    voornamen: p.voornamen ?? oud.voornamen,
    voorvoegsel: p.voorvoegsel ?? "",
    geslachtsnaam: p.geslachtsnaam ?? oud.geslachtsnaam,
    geboortedatum: p.geboortedatum ?? oud.geboortedatum,
    ...(a
      ? {
          straat: a.straat ?? "",
          huisnummer: String(a.huisnummer),
          huisletter: a.huisletter ?? "",
          toevoeging: a.toevoeging ?? "",
          postcode: a.postcode,
          woonplaats: a.woonplaats,
        }
      : {}),
  };
}

export function NieuweInwoner({
  onGeregistreerd,
}: {
  onGeregistreerd: (persoon: { id: string; naam: string }) => void;
}) {
  const [v, setV] = useState(LEEG);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [melding, setMelding] = useState<string>();
  const overzicht = useRef<HTMLDivElement>(null);
  const id = useId();
  const veldId = (pad: string) => `${id}-${pad.replace(".", "-")}`;
  const client = useQueryClient();
  const registreer = useMutation({
    mutationFn: (body: unknown) => api("/personen", { method: "POST", body, schema: klantdossier }),
  });
  const brp = useBrpRaadplegen();
  const [overgenomen, setOvergenomen] = useState<{ kop: string; geheimhouding: boolean } | null>(null);
  function haalUitBrp() {
    const bsn = v.bsn.replace(/\D/g, "");
    if (!isGeldigBsn(bsn)) {
      toon([{ veld: "bsn", melding: "Vul eerst een geldig BSN in om de BRP te raadplegen" }]);
      return;
    }
    setFouten({});
    setMelding(undefined);
    setOvergenomen(null);
    brp.mutate(
      { doel: "aanmelding", bsn },
      { onSuccess: () => requestAnimationFrame(() => document.getElementById(`${id}-brp-kop`)?.focus()) },
    );
  }
  function neemOver(p: BrpPersoonGegevens, opgehaaldOp: string) {
    setV((oud) => uitBrp(oud, p));
    setOvergenomen({ kop: brpKop(opgehaaldOp), geheimhouding: p.geheimhouding });
    brp.reset();
    requestAnimationFrame(() => document.getElementById(veldId("voornamen"))?.focus());
  }
  const zet = (veld: keyof typeof LEEG) => (e: { currentTarget: { value: string } }) => {
    // Read the value now: the event's currentTarget is gone when the state updater runs.
    const waarde = e.currentTarget.value;
    setV((oud) => ({ ...oud, [veld]: waarde }));
  };

  function toon(lijst: { veld: string; melding: string }[], tekst?: string) {
    const uit: Record<string, string> = {};
    for (const f of lijst) if (!(f.veld in uit)) uit[f.veld] = f.melding;
    setFouten(uit);
    setMelding(tekst);
    requestAnimationFrame(() => overzicht.current?.focus());
  }

  function verstuur() {
    const body = {
      ...(v.zonderBsn
        ? { zonderBsnReden: ofNiets(v.zonderBsnReden) }
        : { bsn: ofNiets(v.bsn.replace(/\D/g, "")) }),
      voornamen: v.voornamen.trim(),
      voorvoegsel: ofNiets(v.voorvoegsel),
      geslachtsnaam: v.geslachtsnaam.trim(),
      geboortedatum: v.geboortedatum,
      adres: {
        straat: ofNiets(v.straat),
        huisnummer: v.huisnummer.trim() === "" ? undefined : Number(v.huisnummer),
        huisletter: ofNiets(v.huisletter),
        toevoeging: ofNiets(v.toevoeging),
        postcode: v.postcode.trim(),
        woonplaats: v.woonplaats.trim(),
      },
      telefoon: ofNiets(v.telefoon),
      ...(overgenomen?.geheimhouding ? { geheimhouding: true } : {}),
    };
    const lokaal = nieuwePersoon.safeParse(body);
    if (!lokaal.success) {
      const lijst = lokaal.error.issues.map((i) => ({
        veld: i.path.map(String).join("."),
        melding: i.message,
      }));
      // Without a BSN the missing reason is the field to fix, not the BSN.
      toon(
        v.zonderBsn
          ? lijst.map((f) =>
              f.veld === "bsn"
                ? { ...f, veld: "zonderBsnReden", melding: "Geef aan waarom er geen BSN is" }
                : f,
            )
          : lijst,
      );
      return;
    }
    registreer.mutate(lokaal.data, {
      onSuccess: (persoon) => {
        setFouten({});
        setMelding(undefined);
        setV(LEEG);
        setOvergenomen(null);
        void client.invalidateQueries({ queryKey: ["personen"] });
        onGeregistreerd(persoon);
      },
      onError: (fout) =>
        toon(
          isApiFout(fout) ? fout.errors : [],
          isApiFout(fout) && fout.errors.length > 0 ? undefined : foutmelding(fout),
        ),
    });
  }

  const velden = Object.fromEntries(
    Object.keys(fouten).map((pad) => [pad, { label: labelVanPad(pad, LABELS, "Inwoner"), id: veldId(pad) }]),
  );
  const veld = (pad: string, label: string, extra: Partial<ComponentProps<typeof Tekstveld>> = {}) => {
    const sleutel = (pad.startsWith("adres.") ? pad.slice(6) : pad) as keyof typeof LEEG;
    return (
      <Tekstveld
        id={veldId(pad)}
        label={label}
        value={String(v[sleutel])}
        onChange={zet(sleutel)}
        fout={fouten[pad]}
        {...extra}
      />
    );
  };

  return (
    <Verzendformulier
      label="Nieuwe inwoner registreren"
      knop="Inwoner registreren"
      bezig={registreer.isPending}
      verstuur={verstuur}
    >
      <Foutoverzicht ref={overzicht} fouten={fouten} velden={velden} melding={melding} />
      <Vinkje
        id={veldId("zonderBsn")}
        label="Er is (nog) geen BSN bekend"
        aan={v.zonderBsn}
        onChange={(zonderBsn) => setV((oud) => ({ ...oud, zonderBsn }))}
      />
      {v.zonderBsn
        ? veld("zonderBsnReden", "Reden zonder BSN", {
            verplicht: true,
            beschrijving:
              "Bijvoorbeeld: nog niet ingeschreven in de BRP, pas geboren, net uit het buitenland.",
          })
        : veld("bsn", "BSN", { verplicht: true, inputMode: "numeric", autoComplete: "off" })}
      {v.zonderBsn ? null : <BrpKnop bezig={brp.isPending} onClick={haalUitBrp} />}
      {brp.isError ? <BrpFoutmelding fout={brp.error} /> : null}
      {brp.data ? (
        <BrpUittreksel
          antwoord={brp.data}
          kopId={`${id}-brp-kop`}
          overnemen={{
            tekst: "Gegevens overnemen in het formulier",
            onOvernemen: () => brp.data && neemOver(brp.data.persoon, brp.data.opgehaaldOp),
            onNiet: () => brp.reset(),
          }}
        />
      ) : null}
      {overgenomen ? (
        <>
          <Paragraph role="status">
            {overgenomen.kop} overgenomen. Controleer de gegevens en kies dan "Inwoner registreren".
          </Paragraph>
          {overgenomen.geheimhouding ? <GeheimhoudingMelding /> : null}
        </>
      ) : null}
      {veld("voornamen", "Voornamen", { verplicht: true })}
      {veld("voorvoegsel", "Voorvoegsel")}
      {veld("geslachtsnaam", "Achternaam", { verplicht: true })}
      {veld("geboortedatum", "Geboortedatum", { verplicht: true, type: "date" })}
      {veld("adres.postcode", "Postcode", { verplicht: true, autoComplete: "postal-code" })}
      {veld("adres.huisnummer", "Huisnummer", { verplicht: true, inputMode: "numeric" })}
      {veld("adres.huisletter", "Huisletter")}
      {veld("adres.toevoeging", "Toevoeging")}
      {veld("adres.straat", "Straat")}
      {veld("adres.woonplaats", "Woonplaats", { verplicht: true })}
      {veld("telefoon", "Telefoonnummer", { type: "tel" })}
    </Verzendformulier>
  );
}
