import { bandAnchor } from "@/lib/routes";
import { RangeBar } from "../range-bar";
import { ScrollBox } from "./table";
import {
  bandRegionLabel,
  bandSources,
  formatBandRange,
  formatMoneyShort,
  formatSourceDate,
  roleLabels,
  salaryAxis,
  salaryBasisNote,
  selectBands,
  spokenBandRange,
} from "@/lib/salary-bands";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";

/**
 * Salary bands as horizontal range bars on one shared axis, drawn with CSS on the server. An open-ended
 * top fades out. The exact figures sit beside each bar as text, and a table repeats them with the source
 * and as-of date, so nothing depends on seeing the chart.
 */
export function SalaryBands({ role, region, showAnchors = false }: MdxComponentProps<"SalaryBands"> & { showAnchors?: boolean }) {
  const bands = selectBands({ role, region });
  if (bands.length === 0) return null;
  const { max: axisMax, ticks } = salaryAxis();
  const pct = (value: number) => `${(value / axisMax) * 100}%`;
  const currency = bands[0].currency;
  const sources = bandSources(bands);

  return (
    <figure className="not-prose avoid-break my-8 rounded-xl border border-border bg-bg-raised p-5" data-salary-bands>
      <figcaption className="mb-4 font-semibold">Salary bands, per year</figcaption>
      <div aria-hidden="true" className="space-y-5">
        {bands.map((band) => (
          <div key={bandAnchor(band)}>
            <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-4 text-sm">
              <span className="font-medium">
                {roleLabels[band.role]} <span className="text-fg-muted">({bandRegionLabel(band)})</span>
              </span>
              <span className="font-semibold tabular-nums">{formatBandRange(band)}</span>
            </div>
            <RangeBar range={band} axisMax={axisMax} strong={band.role === "ai-architect"} />
          </div>
        ))}
        <div className="@container relative h-5 text-xs text-fg-muted">
          {/* Under 24rem of axis every other label (the last always stays), under 12rem the ends alone: at 320 px,
              or with a larger text size, they ran into each other ("$20$K00K" at 320 px with text at 200%). A container query in rem follows enlarged text, which a media query misses:
              at 640 px with text at 200% all five were shown and "$300K$400K" ran together. */}
          {ticks.map((tick, i) => (
            <span
              key={tick}
              data-axis-label
              className={`absolute -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full ${i % 2 === 1 && i !== ticks.length - 1 ? "@max-[24rem]:hidden" : ""} ${i !== 0 && i !== ticks.length - 1 ? "@max-[12rem]:hidden" : ""}`}
              style={{ left: pct(tick) }}
            >
              {formatMoneyShort(tick, currency)}
            </span>
          ))}
        </div>
      </div>

      {/* Scrolls sideways only where it cannot fit: text enlarged on a phone. */}
      <ScrollBox name="Table: Role, Region, Per year" className="mt-5">
      <table className="w-full border-t border-border text-left text-sm">
        <caption className="sr-only">Salary bands per year, by role and region</caption>
        <thead>
          <tr className="text-fg-muted">
            <th scope="col" className="py-2 pr-3 font-medium">Role</th>
            <th scope="col" className="py-2 pr-3 font-medium">Region</th>
            <th scope="col" className="py-2 font-medium">Per year</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={bandAnchor(band)} id={showAnchors ? bandAnchor(band) : undefined} className="border-t border-border align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{roleLabels[band.role]}</th>
              <td className="py-2 pr-3">{bandRegionLabel(band)}</td>
              <td className="py-2">
                {/* Said once, in words: the row and column headers give the role and region, and "$350K+" is read
                    as "350K plus". Both forms together read the figures twice, with the role and region again. */}
                <span aria-hidden="true" className="font-semibold tabular-nums" data-band-range>{formatBandRange(band)}</span>
                <span className="sr-only">{spokenBandRange(band)}</span>
                {band.note && <span className="mt-1 block text-xs text-fg-muted">{band.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </ScrollBox>
      <p className="mt-3 text-xs text-fg-muted">
        Source:{" "}
        {sources.map((source, i) => (
          <span key={source.name}>
            {i > 0 && "; "}
            {source.url ? <a className="underline" href={source.url}>{source.name}</a> : source.name}, {formatSourceDate(source)}
          </span>
        ))}
        . {salaryBasisNote}
      </p>
    </figure>
  );
}
