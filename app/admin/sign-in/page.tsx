import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/forms/page-shell";
import { controlClass, FieldError } from "@/components/forms/fields";
import { adminToken } from "@/lib/forms/admin";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** After a wrong token (the sign-in's answer adds `wrong=1`), the tab says so first, as the site's other forms do. */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { wrong } = await searchParams;
  return { title: wrong === "1" ? "Error: Sign in" : "Sign in", robots: { index: false, follow: false } };
}

// Read ADMIN_TOKEN at request time, not at build time.
export const dynamic = "force-dynamic";

const wrongToken = "That is not the admin token. Check it and try again.";

/** Operator sign-in. Without ADMIN_TOKEN there is no admin area at all: a 404, like /admin. */
export default async function AdminSignInPage({ searchParams }: Props) {
  if (!adminToken()) notFound();
  const wrong = (await searchParams).wrong === "1";
  return (
    <PageShell title="Sign in">
      <form method="post" action="/api/admin/sign-in" className="max-w-md space-y-3 text-base">
        <label htmlFor="admin-token" className="block font-medium">
          Admin token
        </label>
        <input
          id="admin-token"
          name="token"
          type="password"
          required
          autoComplete="current-password"
          aria-invalid={wrong || undefined}
          aria-describedby="admin-token-error"
          className={controlClass}
        />
        <FieldError id="admin-token-error" name="token" message={wrong ? wrongToken : undefined} />
        <button type="submit" className="max-w-full rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-hover">
          Sign in
        </button>
      </form>
    </PageShell>
  );
}
