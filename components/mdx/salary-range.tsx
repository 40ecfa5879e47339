import { bandRegionLabel, describeBand, getBand, salaryRangeText } from "@/lib/salary-bands";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";

/**
 * One salary band as inline text, always from lib data: "$200K–$350K+ a year (US)", or
 * "$100K–$190K a year (region not stated)" for a band whose source names no region.
 */
export function SalaryRange({ role, region }: MdxComponentProps<"SalaryRange">) {
  const band = getBand(role, region);
  if (!band) throw new Error(`<SalaryRange> has no band for ${role}${region ? ` in ${region}` : ""}`);
  return (
    <span data-salary-range={`${band.role}:${bandRegionLabel(band)}`} title={describeBand(band)}>
      {salaryRangeText(band)}
    </span>
  );
}
