import { axisEnd, bandLabel, formatBandRange, formatMoneyShort, formatSourceDate, mixesRegions, roleLabels } from "@/lib/salary-bands";
import type { PlanRules } from "@/lib/schemas/plan";
import type { MarketNote } from "@/lib/schemas/salary-band";
import type { CostLine, TeamCost } from "@/lib/tools/plan-cost";
import { newHiresText } from "@/lib/tools/plan-text";
import { ScrollBox } from "../mdx/table";
import { RangeBar } from "../range-bar";

function lineName(line: CostLine): string {
  const role = `${line.count} × ${roleLabels[line.role]}`;
  if (line.existing) return `${role} (already on your team)`;
  if (line.partlyExisting) return `${role} (counting those you employ)`;
  return line.range ? role : `${role} (fractional)`;
}

/**
 * What the recommended team is paid a year (salaries only, and it says so): a small range chart (hidden from screen readers, which get
 * the table), a table with each line's band and the total, and, in words, what the guide has no
 * figure for. Every figure is labelled with its band and region, with its source and as-of date.
 */
export function PlanCost({ cost, labels, marketNotes }: { cost: TeamCost; labels: PlanRules["labels"]; marketNotes: readonly MarketNote[] }) {
  const priced = cost.lines.filter((line) => line.range);
  const axisMax = cost.total ? axisEnd(cost.total.high) : 1;
  // A total of bands from different regions is a rough guide, and says so beside the figure.
  const mixedRegions = mixesRegions(cost.bands);
  return (
    <section aria-labelledby="plan-cost-title" className="avoid-break mt-8 rounded-xl border border-border bg-bg-raised p-4 sm:p-5" data-plan-cost>
      <h3 id="plan-cost-title" className="font-semibold">Yearly salaries of this team</h3>
      {cost.total && (
        <div aria-hidden="true" className="mt-4 space-y-3 text-sm">
          {/* A total bar only when it adds lines up: with one priced line it drew the same bar twice. */}
          {[
            ...priced.map((line) => ({ name: lineName(line), range: line.range!, total: false })),
            ...(priced.length > 1 ? [{ name: "Team total", range: cost.total, total: true }] : []),
            ...(cost.newHires && cost.newHires.high > 0 ? [{ name: "New hires", range: cost.newHires, total: true }] : []),
          ].map((row) => (
            <div key={row.name}>
              <div className="mb-1 flex flex-wrap justify-between gap-x-3">
                <span className={row.total ? "font-semibold" : ""}>{row.name}</span>
                <span className="font-semibold tabular-nums">{formatBandRange(row.range)}</span>
              </div>
              <RangeBar range={row.range} axisMax={axisMax} strong={row.total || priced.length === 1} size="sm" />
            </div>
          ))}
          <div className="flex justify-between text-xs text-fg-muted tabular-nums">
            <span>{formatMoneyShort(0, cost.total.currency)}</span>
            <span>{formatMoneyShort(axisMax, cost.total.currency)}</span>
          </div>
        </div>
      )}
      <ScrollBox name="Table: Who, Band, A year" className="mt-4">
      <table className="w-full border-t border-border text-left text-sm">
        <caption className="sr-only">Yearly salary range of the recommended team, by role</caption>
        <thead>
          <tr className="text-fg-muted">
            <th scope="col" className="py-2 pr-3 font-medium">Who</th>
            <th scope="col" className="py-2 pr-3 font-medium">Band</th>
            <th scope="col" className="py-2 font-medium">A year</th>
          </tr>
        </thead>
        <tbody>
          {cost.lines.map((line) => (
            <tr key={line.role} className="border-t border-border align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{lineName(line)}</th>
              <td className="py-2 pr-3">{line.band ? `${bandLabel(line.band)}: ${formatBandRange(line.band)} each` : "No figure in the guide"}</td>
              <td className="py-2 tabular-nums" data-cost-line={line.role}>{line.range ? formatBandRange(line.range) : "Not priced"}</td>
            </tr>
          ))}
          {cost.total && (
            <tr className="border-t-2 border-border-strong">
              <th scope="row" className="py-2 pr-3 font-semibold">Team total</th>
              <td className="py-2 pr-3">
                Sum of the lines above{mixedRegions && `, whose bands may not cover the same region (${cost.bands.map(bandLabel).join("; ")}): a rough guide only`}
              </td>
              <td className="py-2 font-semibold tabular-nums" data-cost-total>{formatBandRange(cost.total)}</td>
            </tr>
          )}
          {cost.newHires && (
            <tr className="border-t border-border">
              <th scope="row" className="py-2 pr-3 font-semibold">New hires</th>
              <td className="py-2 pr-3">Team total less the people already on your team</td>
              <td className="py-2 font-semibold tabular-nums" data-cost-new-hires>{newHiresText(cost.newHires)}</td>
            </tr>
          )}
        </tbody>
      </table>
      </ScrollBox>
      <div className="mt-3 space-y-2 text-sm">
        {/* A budget is more than salaries: said beside the figure a reader copies into one. */}
        <p>{labels.salariesOnly}</p>
        {cost.unpriced.includes("ai-architect") && <p>{labels.fractionalCost}</p>}
        <p>
          {labels.offshoreCost} {marketNotes.map((note) => note.text).join(" ")}
        </p>
      </div>
      <p className="mt-3 text-xs text-fg-muted">
        {/* Only beside a figure that has one: a plan priced on the engineers' band alone had explained a "+" it did not show. */}
        {cost.bands.some((band) => band.openEnded) && "A “+” means the band has no stated top. "}
        {cost.bands.map((band, i) => (
          <span key={bandLabel(band)}>
            {i > 0 && " "}
            Source for {bandLabel(band)}: {band.source.url ? <a className="underline" href={band.source.url}>{band.source.name}</a> : band.source.name}, {formatSourceDate(band.source)}.
          </span>
        ))}
      </p>
    </section>
  );
}
