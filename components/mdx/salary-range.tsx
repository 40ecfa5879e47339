import { describeBand, getBand, salaryRangeText } from "@/lib/salary-bands";
import type { MdxComponentProps } from "@/lib/schemas/mdx-props";

/** One salary band as inline text, e.g. "$200K–$350K+ a year (US)", always from lib data. */
export function SalaryRange({ role, region = "US" }: Partial<MdxComponentProps<"SalaryRange">> & Pick<MdxComponentProps<"SalaryRange">, "role">) {
  const band = getBand(role, region);
  if (!band) throw new Error(`<SalaryRange> has no band for ${role} in ${region}`);
  return (
    <span data-salary-range={`${band.role}:${band.region}`} title={describeBand(band)}>
      {salaryRangeText(band)}
    </span>
  );
}
