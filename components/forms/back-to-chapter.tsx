import { AppLink } from "@/components/app-link";
import { getChapterBySlug } from "@/lib/chapters";
import { pagePaths } from "@/lib/routes";
import { navLabel } from "@/lib/schemas/article";

/**
 * The way back after a signup: to the chapter whose signup box the reader used (`from`, a one-segment path
 * checked by returnPath), else, with `orGuide`, to the guide's contents. A `from` that names no chapter
 * (edited by hand, or the chapter is gone) gives no chapter link: the field never sends a reader off the site.
 */
export async function BackToChapter({ from, orGuide = false }: { from?: string; orGuide?: boolean }) {
  const chapter = from ? await getChapterBySlug(from.slice(1)) : undefined;
  if (!chapter && !orGuide) return null;
  return (
    <p>
      <AppLink className="font-semibold text-accent underline underline-offset-4" href={chapter ? from! : pagePaths.contents}>
        {chapter ? `Back to “${navLabel(chapter.frontmatter)}”` : "Back to the guide"}
      </AppLink>
    </p>
  );
}
