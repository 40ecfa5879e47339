import type { Metadata } from "next";
import { cache } from "react";
import { AppLink } from "@/components/app-link";
import { PageShell } from "@/components/forms/page-shell";
import { newsletterStateFor } from "@/lib/forms/confirm";
import { pagePaths } from "@/lib/routes";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Whether the link's address gets the newsletter, read once per request for the page and its title alike. */
const subscribedFor = cache(async (token: string) => (await newsletterStateFor(token)) !== "not-subscribed");

/**
 * Whether to say "You are unsubscribed": the unsubscribe endpoint's redirect adds `status=unsubscribed`, but anyone
 * can write that into a link, so it is said only when the link's address is indeed off the list.
 */
const unsubscribedBy = async (token: string, status: unknown) => status === "unsubscribed" && !(await subscribedFor(token));

/**
 * The page's heading, which its tab repeats: what the page offers first (a consultation receipt's link leads with
 * deleting the request), or what has happened ("You are unsubscribed", not "Unsubscribe" over it).
 */
async function headingFor({ token, status, about }: Awaited<Props["searchParams"]>) {
  if (typeof token !== "string" || !token) return "Unsubscribe";
  if (await unsubscribedBy(token, status)) return "You are unsubscribed";
  if (about === "request") return "Delete your request and your data";
  return (await subscribedFor(token)) ? "Unsubscribe from the newsletter" : "This address gets no newsletter";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: await headingFor(await searchParams), robots: { index: false } };
}

const buttonClass = "rounded-lg px-5 py-2.5 font-semibold";

/**
 * Where the link in every mail leads. Opening it changes nothing (mail scanners open links); each action is a
 * button that posts the token. The token is checked by the endpoints, which say when it is invalid or expired.
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
  const done = await unsubscribedBy(token, status);
  // A link opened again after unsubscribing, or from a receipt to an address that never subscribed: no button
  // that would stop nothing.
  const subscribed = done ? false : await subscribedFor(token);
  // Under the consultation receipt's own title ("Delete your request and your data") it says what goes with it.
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
  // From a consultation receipt (`about=request`): its reader may never have subscribed, so deleting comes first.
  if (about === "request" && !done) {
    return (
      <PageShell withoutFooterSignup eyebrow="Your data" title={title}>
        {deletion("Everything sent with this address")}
        {subscribed && (
          <form method="post" action="/api/unsubscribe" className="mt-8 text-base">
            <input type="hidden" name="token" value={token} />
            <p>Does this address also get our newsletter, and you only want that to stop? Unsubscribe instead: your request stays.</p>
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
