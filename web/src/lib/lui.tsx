import { Alert, Button, ButtonGroup, Paragraph } from "@utrecht/component-library-react";
import { type ComponentType, type LazyExoticComponent, lazy } from "react";
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

/**
 * The pages of one feature, loaded on first use (route-level code splitting):
 * `const pagina = lui(() => import("./paginas"))`, then `<Route element={<Pagina />} />` with
 * `const Pagina = pagina("ZaakPagina")`. All pages of a feature come from one `import()`, so they share one
 * chunk and moving within an area fetches nothing new. The Suspense around the outlet (app.tsx) shows
 * `<Laden />` while the chunk arrives; a chunk that cannot be fetched shows a page that offers a reload.
 */
export function lui<M>(laad: () => Promise<M>) {
  return <K extends Pagina<M>>(naam: K): LazyExoticComponent<ComponentType> =>
    lazy(() =>
      laad().then(
        (module) => ({ default: module[naam] as ComponentType }),
        () => ({ default: NietGeladen }),
      ),
    );
}
