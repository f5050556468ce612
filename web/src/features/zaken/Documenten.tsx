import { useQuery } from "@tanstack/react-query";
import { Link, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { api } from "../../lib/api";
import { documentMetadata } from "../../lib/contract";
import { datumTijd, LaadFout, Laden } from "../../lib/ui";

const kilobytes = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString("nl-NL")} kB`;

/** Letters and scans in the zaak's dossier, newest first; each opens exactly as it was stored. */
export function Documenten({ zaakId }: { zaakId: string }) {
  const documenten = useQuery({
    queryKey: ["zaken", zaakId, "documenten"],
    queryFn: ({ signal }) =>
      api(`/zaken/${encodeURIComponent(zaakId)}/documenten`, { schema: documentMetadata.array(), signal }),
  });
  if (documenten.isPending) return <Laden />;
  if (documenten.isError)
    return <LaadFout fout={documenten.error} opnieuw={() => void documenten.refetch()} />;
  if (documenten.data.length === 0) return <Paragraph>Er zijn nog geen documenten bij deze zaak.</Paragraph>;
  return (
    <UnorderedList>
      {documenten.data.map((d) => (
        <UnorderedListItem key={d.id}>
          <Link href={`/api/documenten/${encodeURIComponent(d.id)}/inhoud`} target="_blank" rel="noopener">
            {d.titel}
          </Link>{" "}
          ({d.contentType === "application/pdf" ? "PDF" : d.contentType}, {kilobytes(d.grootte)}),{" "}
          {datumTijd(d.aangemaaktOp)}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
