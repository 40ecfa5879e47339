import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ownServerPorts } from "../support/e2e-server";
import { linkFromMail, postForm, startServer, tempDataDir, uniqueEmail } from "./forms-helpers";

/**
 * A server whose form store cannot be opened (DATA_DIR is not a folder it can write): pages keep working, the
 * forms answer 503, and the pages a mail's links open say what is wrong. Servers on this port, one at a time.
 */
const port = ownServerPorts.storeDown;

test("a server whose DATA_DIR cannot be written says so at start, serves every page, and answers form posts with 503, nothing stored", async () => {
  test.setTimeout(60_000);
  // A confirmation link from a server with the same secret, to open while the store is down.
  const secret = { FORM_SECRET: "settings test secret, long enough" };
  const working = tempDataDir("working");
  const before = await startServer(port, { DATA_DIR: working, ...secret });
  const email = uniqueEmail("store-down");
  expect((await postForm(`${before.origin}/api/subscribe`, { email, consent: "yes" })).status).toBe(303);
  const confirmLink = new URL(await linkFromMail(email, "/subscribe/confirm", `${working}/outbox`));
  const leaveToken = new URL(await linkFromMail(email, "/unsubscribe", `${working}/outbox`)).searchParams.get("token")!;
  await before.stop();

  const file = `${tempDataDir("unwritable")}/a-file`;
  writeFileSync(file, "");
  const server = await startServer(port, { DATA_DIR: `${file}/data`, ...secret });
  try {
    // The reader who opens the link from the mail gets a page that says what is wrong; the log one line.
    const confirmPage = await fetch(`${server.origin}${confirmLink.pathname}${confirmLink.search}`);
    expect(confirmPage.status).toBe(200);
    expect(await confirmPage.text()).toContain("We cannot check this link just now");
    await expect.poll(() => server.stderr()).toContain("confirmation page: form storage unavailable");
    expect(server.stderr()).not.toMatch(/\n\s+at /);
    await expect.poll(() => server.stderr(), { message: "the start-up log" }).toContain("Form storage did not open");
    expect(server.stderr()).toContain("ENOTDIR");
    expect(server.stderr()).toContain("SMTP_URL is not set"); // startServer clears SMTP_URL: mail goes to the outbox
    expect((await fetch(`${server.origin}/vetting`)).status).toBe(200);
    const response = await postForm(`${server.origin}/api/subscribe`, { email: uniqueEmail("nodir"), consent: "yes" });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("Nothing was stored");
    // A deletion or an unsubscribe that fails must not say "Nothing was stored": the reader would take it as done.
    const deletion = await postForm(`${server.origin}/api/delete-my-data`, { token: leaveToken });
    expect(deletion.status).toBe(503);
    const deletionPage = await deletion.text();
    expect(deletionPage).toContain("your data may still be here");
    expect(deletionPage).not.toContain("Nothing was stored");
    const unsubscribe = await postForm(`${server.origin}/api/unsubscribe`, { token: leaveToken });
    expect(unsubscribe.status).toBe(503);
    expect(await unsubscribe.text()).toContain("You may still be on the list");
    expect((await fetch(`${server.origin}/subscribe`)).status).toBe(200);

    // The operator fixes DATA_DIR while the server runs: the next request that needs the store opens it, and the log
    // says so (it had kept "did not open" as its last word, the start's checks never run).
    rmSync(file);
    mkdirSync(file);
    await expect.poll(async () => (await fetch(`${server.origin}/api/health`)).status).toBe(200);
    await expect.poll(() => server.stdout()).toMatch(/✓ Form storage ready: SQLite at .+ \(after \d+ s\)/);
  } finally {
    await server.stop();
  }
});

test("a server that started while its store was down, with no FORM_SECRET (the key is then kept in the store), answers a mail's links, a signup's result page and a form's draft with a page, not a 500", async () => {
  test.setTimeout(60_000);
  const file = `${tempDataDir("unwritable-no-secret")}/a-file`;
  writeFileSync(file, "");
  const server = await startServer(port, { DATA_DIR: `${file}/data`, FORM_SECRET: "" });
  try {
    // Any token: the key to open it is what cannot be had.
    const token = `AQ${"x".repeat(80)}`;
    const pages: [string, string][] = [
      [`/subscribe/confirm?token=${token}`, "We cannot check this link just now"],
      [`/unsubscribe?token=${token}`, "Delete all my data"],
      [`/subscribe/sent?t=${token}`, "We cannot show this page just now"],
      [`/consultation?draft=${token}`, 'name="message"'],
    ];
    for (const [path, text] of pages) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200); // was 500, with a stack trace in the log for each
      expect(await response.text(), path).toContain(text);
    }
    await expect.poll(() => server.stderr()).toContain("confirmation page: form storage unavailable: Error (ENOTDIR)");
    expect(server.stderr()).toContain("signup result page: form storage unavailable");
    expect(server.stderr()).not.toMatch(/\n\s+at /);
  } finally {
    await server.stop();
  }
});
