import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { Navigate, useNavigate } from "react-router";
import { isApiFout } from "../../lib/api";
import { Keuzeveld } from "../../lib/formulier";
import { LaadFout, Laden } from "../../lib/ui";
import { useKiesNamens, usePortaalSessie, useUitloggen } from "./api";

/** Only for a logged-in resident; otherwise to the login page. Shows who is logged in and for whom they act. */
export function AlleenInwoner({ children }: { children: ReactNode }) {
  const sessie = usePortaalSessie();
  const kies = useKiesNamens();
  const uitloggen = useUitloggen();
  const navigate = useNavigate();
  if (sessie.isPending) return <Laden />;
  if (sessie.isError) {
    if (isApiFout(sessie.error) && sessie.error.status === 401)
      return <Navigate to="/mijn/inloggen" replace />;
    return <LaadFout fout={sessie.error} opnieuw={() => void sessie.refetch()} />;
  }
  const s = sessie.data;
  return (
    <>
      <div className="voordeur-mijn-balk">
        <Paragraph>
          Ingelogd als <strong>{s.naam}</strong>, gemeente {s.gemeente.naam}
          {s.methode === "demo" ? " (demo-inlog)" : ""}
        </Paragraph>
        {s.keuzes.length > 1 ? (
          <Keuzeveld
            id="namens"
            label="Voor wie regelt u dit?"
            keuzes={s.keuzes.map((k) => ({
              waarde: k.persoonId,
              label: k.grond === "uzelf" ? `Voor uzelf (${k.naam})` : `Voor ${k.naam}`,
            }))}
            waarde={s.namens.persoonId}
            onChange={(persoonId) => kies.mutate(persoonId, { onSuccess: () => navigate("/mijn") })}
          />
        ) : null}
        <Button
          appearance="secondary-action-button"
          onClick={() => uitloggen.mutate(undefined, { onSettled: () => navigate("/mijn/inloggen") })}
        >
          Uitloggen
        </Button>
      </div>
      {s.namens.grond !== "uzelf" ? (
        <Alert type="info">
          <Paragraph>U regelt dit nu voor {s.namens.naam}.</Paragraph>
        </Alert>
      ) : null}
      {children}
    </>
  );
}
