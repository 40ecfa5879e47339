/** How far past an open-ended top ("$350K+") its bar fades out, as a share of the axis. */
const openEndFade = 0.08;

/**
 * One pay range on a shared axis (0 to `axisMax`): a bar from the low to the high figure, fading out past
 * an open-ended top. Drawn for sighted readers only: the chart around it is aria-hidden, and a table gives
 * the same figures. The salary page's chart and the planner's cost both draw their bars with it.
 */
export function RangeBar({ range, axisMax, strong, size = "md" }: { range: { low: number; high: number; openEnded?: boolean }; axisMax: number; strong: boolean; size?: "sm" | "md" }) {
  const pct = (value: number) => `${(value / axisMax) * 100}%`;
  return (
    // In forced colours (which drop fills and ring shadows) the track is outlined and the bar filled with the
    // system's text colour, so the chart does not go blank.
    <div data-chart-bar className={`relative rounded-full bg-bg-subtle ring-1 ring-border forced-colors:border forced-colors:border-[CanvasText] ${size === "sm" ? "h-3" : "h-4"}`}>
      <div
        className={`absolute inset-y-0 rounded-full forced-color-adjust-none forced-colors:bg-[CanvasText] ${strong ? "bg-accent" : "bg-fg-muted"}`}
        style={{ left: pct(range.low), width: pct(range.high - range.low) }}
      />
      {range.openEnded && (
        <div
          className={`absolute inset-y-0 rounded-r-full bg-gradient-to-r forced-color-adjust-none forced-colors:from-[CanvasText] ${strong ? "from-accent" : "from-fg-muted"} to-transparent`}
          style={{ left: pct(range.high), width: pct(axisMax * openEndFade) }}
        />
      )}
    </div>
  );
}
