import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { notFound } from "next/navigation";
import { AdminOverview } from "@/components/admin/admin-overview";
import { adminCookie, isAdmin } from "@/lib/forms/admin";
import { clientAddress } from "@/lib/forms/client-address";
import { getStore } from "@/lib/store";

export const metadata: Metadata = { title: "Requests and subscribers", robots: { index: false, follow: false } };

/** Operators only: `ADMIN_TOKEN` as a Bearer header or the sign-in cookie; anything else is the site's 404. */
export default async function AdminPage() {
  const [headerList, cookieStore] = await Promise.all([headers(), cookies()]);
  if (!(await isAdmin(headerList.get("authorization"), cookieStore.get(adminCookie)?.value, clientAddress(headerList)))) notFound();
  const store = await getStore();
  const [consultations, counts] = await Promise.all([store.listConsultations(50), store.countSubscribers()]);
  return <AdminOverview consultations={consultations} counts={counts} />;
}
