import type { Metadata } from "next";
import { PrivacyNotice } from "@/components/forms/privacy-notice";
import { homeCardImage, pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

export const metadata: Metadata = pageMetadata({
  title: "Privacy: what we keep and how to leave",
  description: `What the AI Hiring Guide stores when you subscribe or ask ${site.publisher} for a consultation, why, for how long, and how to delete it.`,
  path: "/privacy",
  image: homeCardImage,
});

export default function PrivacyPage() {
  return <PrivacyNotice />;
}
