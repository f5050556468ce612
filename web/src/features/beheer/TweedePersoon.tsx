import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { AppLink, GeenToegangMelding } from "../../lib/ui";
import { heeftRol, useIngelogd } from "../sessie/sessie";
import { useRolverzoeken } from "./api";

/** Who decides on requests for access: a teamleider or a beheerder (the API checks the rest). */
export function isTweedePersoon(sessie: Parameters<typeof heeftRol>[0]): boolean {
  return heeftRol(sessie, "teamleider") || heeftRol(sessie, "beheerder");
}

export function AlleenTweedePersoon({ children }: { children: ReactNode }) {
  const sessie = useIngelogd();
  if (!isTweedePersoon(sessie)) return <GeenToegangMelding />;
  return <>{children}</>;
}

/** On the start page of a teamleider or beheerder: requests for access that wait for their decision. */
export function OpenRolverzoeken() {
  const sessie = useIngelogd();
  const tweede = isTweedePersoon(sessie);
  const open = useRolverzoeken("open", 1, tweede);
  const aantal = open.data?.items.filter((v) => v.magGoedkeuren).length ?? 0;
  if (!tweede || aantal === 0) return null;
  return (
    <Alert type="info">
      <Paragraph>
        {aantal === 1
          ? "Er wacht 1 verzoek om toegang op uw beslissing."
          : `Er wachten ${aantal} verzoeken om toegang op uw beslissing.`}{" "}
        <AppLink to="/beheer/verzoeken-om-toegang">Naar de verzoeken om toegang</AppLink>
      </Paragraph>
    </Alert>
  );
}
