/** What a page's JavaScript chunks hold (issue 12: the next/image runtime only where a page uses <Figure>). */
import { scriptSources, type AssetLoader } from "./bytes";

/**
 * Whether a page's first-load scripts hold the next/image runtime: its component writes the `data-nimg`
 * attribute on every image it renders, a string nothing else in the framework carries.
 */
export async function loadsNextImage(html: string, load: AssetLoader): Promise<boolean> {
  for (const src of scriptSources(html)) if ((await load(src)).includes("data-nimg")) return true;
  return false;
}
