import type { Metadata } from "next";
import { cache } from "react";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { newsletterStateFor } from "@/lib/forms/confirm";
import { inDays, ttl } from "@/lib/forms/tokens";
import { pagePaths } from "@/lib/routes";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the link stands for, read once per request for the page and its title alike. */
const linkState = cache((token: string) => newsletterStateFor(token));

/**
 * Whether to say "You are unsubscribed": the unsubscribe endpoint's redirect adds `status=unsubscribed`, but anyone
 * can write that into a link, so it is said only when the link's address is indeed off the list.
 */
const unsubscribedBy = async (token: string, status: unknown) => status === "unsubscribed" && (await linkState(token)) === "not-subscribed";

/** A link that cannot be used, said as soon as it opens (as the confirmation page does), with the way to a new one. */
const deadLink = {
  expired: ["This link has expired", `The links in our mails work for ${inDays(ttl.unsubscribe)} days. Use the link in a newer mail from us, or ask for a new one: nothing has changed.`],
  invalid: ["This link is not valid", "It may have been cut short when it was copied. Open it exactly as it is in the mail, or ask for a new one: nothing has changed."],
} as const;

/**
 * Where a link leads first. A consultation receipt's link (`about=request`) and the deletion link mailed from
 * /privacy (`about=delete`) go to someone who came to delete, and may never have subscribed: the page leads with
 * deleting. Every other mail's link is about the newsletter.
 */
const deletionFirst = {
  request: { title: "Delete your request and your data", form: "Everything sent with this address", instead: "Does this address also get our newsletter, and you only want that to stop? Unsubscribe instead: your request stays." },
  delete: { title: "Delete your data", form: "Everything we hold for this address", instead: "Do you only want the newsletter to stop? Unsubscribe instead: anything else you sent us stays." },
} as const;
const leadsWithDeletion = (about: unknown): about is keyof typeof deletionFirst => about === "request" || about === "delete";

/**
 * The page's heading, which its tab repeats: why the link cannot be used, what the page offers first, or what has
 * happened ("You are unsubscribed", not "Unsubscribe" over it).
 */
async function headingFor({ token, status, about }: Awaited<Props["searchParams"]>) {
  if (typeof token !== "string" || !token) return "Unsubscribe";
  const state = await linkState(token);
  if (state === "expired" || state === "invalid") return deadLink[state][0];
  if (await unsubscribedBy(token, status)) return "You are unsubscribed";
  if (leadsWithDeletion(about)) return deletionFirst[about].title;
  return state === "not-subscribed" ? "This address gets no newsletter" : "Unsubscribe from the newsletter";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: await headingFor(await searchParams), robots: { index: false } };
}

const buttonClass = "rounded-lg px-5 py-2.5 font-semibold";
const newLinkClass = "font-semibold text-accent underline underline-offset-4";

/**
 * Where the link in every mail leads. Opening it changes nothing (mail scanners open links); each action is a
 * button that posts the token.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const { token, status, about } = params;
  const title = await headingFor(params);
  if (typeof token !== "string" || !token) {
    return (
      <PageShell withoutFooterSignup title={title}>
        <p>
          Use the link at the end of any mail from us. Lost it? Ask for a new one on the{" "}
          <AppLink className="text-accent underline underline-offset-2" href={pagePaths.privacyLeave}>privacy page</AppLink>.
        </p>
      </PageShell>
    );
  }
  const state = await linkState(token);
  if (state === "expired" || state === "invalid") {
    return (
      <PageShell withoutFooterSignup eyebrow="Your data" title={title}>
        <p>{deadLink[state][1]}</p>
        <p>
          <AppLink className={newLinkClass} href={pagePaths.privacyLeave}>Ask for a new link on the privacy page</AppLink>
        </p>
      </PageShell>
    );
  }
  const done = await unsubscribedBy(token, status);
  // A link opened again after unsubscribing, or from a receipt to an address that never subscribed: no button
  // that would stop nothing.
  const subscribed = !done && state !== "not-subscribed";
  const deletion = (heading: string) => (
    <form method="post" action="/api/delete-my-data" className="mt-8 rounded-lg border border-border p-5 text-base first:mt-0">
      <h2 className="text-xl font-semibold">{heading}</h2>
      <p className="mt-2">
        Removes your newsletter signup and every consultation request sent with this address, at once and for good.
      </p>
      <input type="hidden" name="token" value={token} />
      <button type="submit" className={`mt-4 border-2 border-error text-error ${buttonClass}`}>
        Delete all my data
      </button>
    </form>
  );
  if (leadsWithDeletion(about) && !done) {
    const texts = deletionFirst[about];
    return (
      <PageShell withoutFooterSignup eyebrow="Your data" title={title}>
        {deletion(texts.form)}
        {subscribed && (
          <form method="post" action="/api/unsubscribe" className="mt-8 text-base">
            <input type="hidden" name="token" value={token} />
            <p>{texts.instead}</p>
            <button type="submit" className={`mt-3 border border-border-strong hover:border-accent ${buttonClass}`}>
              Unsubscribe from the newsletter
            </button>
          </form>
        )}
      </PageShell>
    );
  }
  return (
    <PageShell withoutFooterSignup eyebrow="Newsletter" title={title}>
      {done ? (
        <p>We will not send you the newsletter again. Signing up again later is always possible.</p>
      ) : !subscribed ? (
        <p>It is not on the list (any more), so there is nothing to unsubscribe. Signing up again later is always possible.</p>
      ) : (
        <form method="post" action="/api/unsubscribe">
          <input type="hidden" name="token" value={token} />
          <p>One click, and no further newsletters reach this address.</p>
          <button type="submit" className={`mt-4 bg-accent text-on-accent hover:bg-accent-hover ${buttonClass}`}>
            Unsubscribe
          </button>
        </form>
      )}
      {deletion("Delete all your data")}
    </PageShell>
  );
}
