import { retention } from "@/lib/forms/retention";
import { site } from "@/lib/site";
import { DeletionRequestForm } from "./deletion-request-form";
import { inMinutes, ttl } from "@/lib/forms/tokens";

/** /privacy: what is stored, why, for how long, and how to leave. Kept in step with lib/forms and lib/store. */
export function PrivacyNotice() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">Privacy: what we keep and how to leave</h1>
      <div className="prose prose-guide mt-6">
        <p>
          Reading the guide stores nothing about you: no analytics, no trackers, no cookies, and no requests to other
          sites. {site.publisher}, which publishes the guide, keeps data only when you send one of our two forms. It is
          never sold or shared, and mail goes out through our own mail server.
        </p>
        <h2 id="newsletter">Newsletter</h2>
        <p>
          <strong>What:</strong> your email address, the consent wording you agreed to and when, when you signed up and
          confirmed, when we last sent you a confirmation mail, and which issues of the newsletter we have sent you (so that
          none reaches you twice). <strong>Why:</strong> to send the newsletter you asked
          for, and to prove that you asked. <strong>How long:</strong> until you unsubscribe. A signup that is never
          confirmed is deleted {retention.pendingSignupDays} days after its last confirmation mail.
        </p>
        <h2 id="consultation">Consultation requests</h2>
        <p>
          <strong>What:</strong> your name, work email, company, the role you are hiring for, team size, timeline, your
          message, and the consent wording and time. <strong>Why:</strong> so that a specialist can answer you: the
          request is mailed to the agency when you send it, with a receipt to you (its reference and your choices, not
          your message). <strong>How long:</strong> on this site,
          until you delete it, and at most {retention.consultationDays / 365} years. Deleting your data here cannot reach
          those two mails once they are delivered.
        </p>
        <h2 id="abuse">Protection against abuse</h2>
        <p>
          To limit how many forms one connection can send in an hour, we keep a keyed hash of your IP address (not the
          address itself) with a count, for that hour only; then it is deleted. In the same way, to cap how many mails our
          forms send to one email address in an hour, we count them under a keyed hash of that address; deleting
          your data deletes that count too. If a form comes back with a mistake
          marked, what you typed travels back in the page address, encrypted so only this site can read it, and it
          expires after {inMinutes(ttl.draft)} minutes; it is not stored.
        </p>
        <h2 id="leave">How to leave</h2>
        <ul>
          <li>Every mail we send ends with a link to unsubscribe with one click, and to delete everything we hold about you.</li>
          <li>
            Lost the mail? Enter your address below. If we hold anything for it, we send a link that deletes it all; the
            page answers the same either way, so no one can use it to find out who is on our list.
          </li>
        </ul>
      </div>
      <DeletionRequestForm idPrefix="delete" />
    </main>
  );
}
