import { Paragraph } from "@utrecht/component-library-react";
import { Link, useSearchParams } from "react-router";

export function paginaUit(waarde: string | null): number {
  const getal = Number(waarde);
  return Number.isInteger(getal) && getal >= 1 ? getal : 1;
}

/** Previous/next links for a paginated list; the page number lives in the URL (?pagina=). */
export function Paginering({
  pagina,
  perPagina,
  totaal,
}: {
  pagina: number;
  perPagina: number;
  totaal: number;
}) {
  const [params] = useSearchParams();
  const aantalPaginas = Math.max(1, Math.ceil(totaal / perPagina));
  if (aantalPaginas <= 1) return null;
  const naarPagina = (nummer: number) => {
    const volgende = new URLSearchParams(params);
    volgende.set("pagina", String(nummer));
    return `?${volgende.toString()}`;
  };
  return (
    <nav aria-label="Paginering" className="voordeur-paginering">
      {pagina > 1 ? (
        <Link className="utrecht-link utrecht-link--html-a" to={naarPagina(pagina - 1)} rel="prev">
          Vorige pagina
        </Link>
      ) : null}
      <Paragraph>
        Pagina {pagina} van {aantalPaginas}
      </Paragraph>
      {pagina < aantalPaginas ? (
        <Link className="utrecht-link utrecht-link--html-a" to={naarPagina(pagina + 1)} rel="next">
          Volgende pagina
        </Link>
      ) : null}
    </nav>
  );
}
