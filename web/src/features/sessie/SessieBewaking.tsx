import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect } from "react";
import { Navigate, useLocation, useNavigate } from "react-router";
import { bijActiviteit, bijNietIngelogd } from "../../lib/api";
import { LaadFout, Laden } from "../../lib/ui";
import { KaleOpmaak } from "../shell/Opmaak";
import {
  type InlogStatus,
  leesEindeSessie,
  registreerActiviteit,
  SESSIE_SLEUTEL,
  useSessie,
  wisSessieTijden,
  zetEindeSessie,
} from "./sessie";

/**
 * Watches every API call: success slides the idle timer; a 401 while logged in means the session
 * expired, so the medewerker goes to the login page (keeping the page they were on).
 */
export function SessieBewaking() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => bijActiviteit(registreerActiviteit), []);

  useEffect(
    () =>
      bijNietIngelogd(() => {
        if (!queryClient.getQueryData(SESSIE_SLEUTEL)) return;
        const van = `${window.location.pathname}${window.location.search}`;
        const status: InlogStatus = { van, reden: "verlopen" };
        // AlleenIngelogd redirects with this status once the session is gone from the cache.
        zetEindeSessie(status);
        navigate("/inloggen", { replace: true, state: status });
        wisSessieTijden();
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSIE_SLEUTEL[0] });
        queryClient.setQueryData(SESSIE_SLEUTEL, null);
      }),
    [queryClient, navigate],
  );

  return null;
}

/** Shows its children only to a logged-in medewerker; others go to the login page. */
export function AlleenIngelogd({ children }: { children: ReactNode }) {
  const sessie = useSessie();
  const location = useLocation();
  if (sessie.isPending) {
    return (
      <KaleOpmaak>
        <Laden />
      </KaleOpmaak>
    );
  }
  if (sessie.isError) {
    return (
      <KaleOpmaak>
        <h1 className="utrecht-heading-1">Voordeur is niet bereikbaar</h1>
        <LaadFout fout={sessie.error} opnieuw={() => void sessie.refetch()} />
      </KaleOpmaak>
    );
  }
  if (!sessie.data) {
    const status: InlogStatus = leesEindeSessie() ?? { van: `${location.pathname}${location.search}` };
    return <Navigate to="/inloggen" replace state={status} />;
  }
  return <>{children}</>;
}
