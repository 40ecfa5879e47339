import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/forms/page-shell";
import { controlClass } from "@/components/forms/fields";
import { adminToken } from "@/lib/forms/admin";

export const metadata: Metadata = { title: "Sign in", robots: { index: false, follow: false } };

// Read ADMIN_TOKEN at request time, not at build time.
export const dynamic = "force-dynamic";

/** Operator sign-in. Without ADMIN_TOKEN there is no admin area at all: a 404, like /admin. */
export default function AdminSignInPage() {
  if (!adminToken()) notFound();
  return (
    <PageShell title="Sign in">
      <form method="post" action="/api/admin/sign-in" className="max-w-md space-y-3 text-base">
        <label htmlFor="admin-token" className="block font-medium">
          Admin token
        </label>
        <input id="admin-token" name="token" type="password" required autoComplete="current-password" className={controlClass} />
        <button type="submit" className="max-w-full rounded-lg bg-accent px-5 py-2.5 font-semibold text-on-accent hover:bg-accent-hover">
          Sign in
        </button>
      </form>
    </PageShell>
  );
}
