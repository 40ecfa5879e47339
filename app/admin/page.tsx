import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { AdminOverview } from "@/components/admin/admin-overview";
import { adminCookie, isAdmin } from "@/lib/forms/admin";
import { clientAddress } from "@/lib/forms/client-address";
import { PageShell } from "@/components/forms/page-shell";
import { errorKind } from "@/lib/error-kind";
import { getStore } from "@/lib/store";

export const metadata: Metadata = { title: "Requests and subscribers", robots: { index: false, follow: false } };

/** Operators only: `ADMIN_TOKEN` as a Bearer header or the sign-in cookie; anything else is the site's 404. */
export default async function AdminPage() {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  // Sessions and the rate limit live in the store: while it is down, nobody is let in (one log line, no 500).
  const admin = await isAdmin(headerList.get("authorization"), cookieStore.get(adminCookie)?.value, clientAddress(headerList)).catch((error: unknown) => {
    console.error(`admin page: form storage unavailable: ${errorKind(error)}`);
    return false;
  });
  if (!admin) notFound();
  const data = await getStore()
    .then((store) => Promise.all([store.listConsultations(50), store.countSubscribers()]))
    .catch((error: unknown) => errorKind(error));
  if (typeof data === "string") {
    return (
      <PageShell title="The form store cannot be reached">
        <p>Reading the requests and subscribers failed ({data}). Pages keep working; see the server log, then reload.</p>
      </PageShell>
    );
  }
  const [consultations, counts] = data;
  return <AdminOverview consultations={consultations} counts={counts} />;
}
