import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type ComponentType, use } from "react";
import { PaginaTitel } from "./ui";

/** The exports of a module that are components without required props: the pages. */
type Pagina<M> = {
  [K in keyof M]: M[K] extends ComponentType<Record<string, never>> ? K : never;
}[keyof M];

/** When a chunk cannot be fetched (connection lost, or Voordeur was updated and the old chunk is gone). */
function NietGeladen() {
  return (
    <>
      <PaginaTitel>Pagina niet geladen</PaginaTitel>
      <Alert type="error">
        <Paragraph>
          Deze pagina kon niet worden geladen. Misschien is Voordeur net bijgewerkt of is de verbinding weg.
        </Paragraph>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => window.location.reload()}>
            Pagina opnieuw laden
          </Button>
        </ButtonGroup>
      </Alert>
    </>
  );
}

/** Pages for residents, without a login: they never need the medewerkers' chunks. */
const PUBLIEK = ["/enquete", "/sociale-kaart", "/mijn"];

/** A promise React's `use` reads at once when it has settled (the status fields React itself also sets). */
type Gevolgd<T> = Promise<T> & { status?: "fulfilled" | "pending"; value?: T };

/**
 * The pages of one feature, loaded on first use (route-level code splitting):
 * `const pagina = lui(() => import("./paginas"))`, then `<Route element={<Pagina />} />` with
 * `const Pagina = pagina("ZaakPagina")`. All pages of a feature come from one `import()`, so they share one
 * chunk and moving within an area fetches nothing new. The Suspense around the outlet (app.tsx) shows
 * `<Laden />` while the chunk arrives; a chunk that cannot be fetched shows a page that offers a reload.
 * `voorladenOp`: path prefixes of the feature's pages. When the app starts on one of them the chunk is fetched at
 * once, beside the session check, and the page renders without suspending: React shows a resolved Suspense
 * fallback for at least 300 ms, which held up the page (and its API call) on every full load.
 * `alsRustig`: the chunk of an area used all day (the werkvoorraad and the zaak) is fetched once the browser is idle
 * after the app started elsewhere (not on the residents' survey), so its first visit does not wait for it either.
 */
export function lui<M>(
  laad: () => Promise<M>,
  { voorladenOp = [], alsRustig = false }: { voorladenOp?: readonly string[]; alsRustig?: boolean } = {},
) {
  let module: Gevolgd<M | null> | undefined;
  const haal = (): Gevolgd<M | null> => {
    if (!module) {
      const belofte: Gevolgd<M | null> = laad().then(
        (m) => m,
        () => null,
      );
      void belofte.then((m) => {
        belofte.status = "fulfilled";
        belofte.value = m;
      });
      module = belofte;
    }
    return module;
  };
  if (typeof window !== "undefined" && voorladenOp.some((pad) => window.location.pathname.startsWith(pad)))
    void haal();
  else if (
    typeof window !== "undefined" &&
    alsRustig &&
    !PUBLIEK.some((pad) => window.location.pathname.startsWith(pad))
  ) {
    const later = window.requestIdleCallback ?? ((doe: () => void) => window.setTimeout(doe, 2_000));
    later(() => void haal());
  }
  return <K extends Pagina<M>>(naam: K): ComponentType => {
    // biome-ignore lint/correctness/noComponentHookFactories: made once per page at module level, like React.lazy
    function LuiePagina() {
      const geladen = use(haal() as Promise<M | null>);
      const Inhoud = geladen ? (geladen[naam] as ComponentType) : NietGeladen;
      return <Inhoud />;
    }
    LuiePagina.displayName = String(naam);
    return LuiePagina;
  };
}
