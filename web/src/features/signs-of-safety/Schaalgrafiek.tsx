/**
 * The veiligheidsschaal over time as a small line chart (recharts, loaded lazily: the zaak page's chunk stays
 * small). One line per party, told apart by line style and marker, not by colour alone; the same figures are
 * always in the table beside it (Schaaltabel), which is what assistive technology reads.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { datumKort, PARTIJ_LABELS, PARTIJEN } from "../../../../src/domain/signs-of-safety/signs-of-safety";
import type { SosInhoud } from "./api";

const STIJL = {
  gezin: { stroke: "#1f4e79", strokeDasharray: undefined, dot: { r: 5 } },
  netwerk: { stroke: "#7a3e00", strokeDasharray: "8 4", dot: { r: 5, strokeWidth: 3, fill: "#fff" } },
  professional: { stroke: "#2f5f2f", strokeDasharray: "2 3", dot: { r: 3 } },
} as const;

export default function Schaalgrafiek({ schaal }: { schaal: SosInhoud["schaal"] }) {
  const punten = schaal.map((r) => ({
    datum: datumKort(r.datum),
    ...Object.fromEntries(r.scores.map((s) => [s.partij, s.score])),
  }));
  return (
    <figure
      className="sos-grafiek"
      aria-label="Veiligheidsschaal in de tijd (grafiek; dezelfde cijfers staan in de tabel)"
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={punten} accessibilityLayer margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#ccc" />
          <XAxis dataKey="datum" tick={{ fill: "#333" }} />
          <YAxis
            domain={[0, 10]}
            ticks={[0, 2, 4, 6, 8, 10]}
            allowDecimals={false}
            tick={{ fill: "#333" }}
            width={32}
          />
          <Tooltip />
          <Legend />
          {PARTIJEN.map((p) => (
            <Line
              key={p}
              type="linear"
              dataKey={p}
              name={PARTIJ_LABELS[p]}
              stroke={STIJL[p].stroke}
              strokeWidth={2}
              strokeDasharray={STIJL[p].strokeDasharray}
              dot={STIJL[p].dot}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
